/** Tables and tooltip rows of the churn charts, from the worker's series (one row per period). */
import {
  parsePeriod,
  periodEnd,
  type ChurnPeriod,
  type Grain,
  type GrowthPeriod,
} from '../../core/index.ts';
import type { ChartTable } from '../../ui/chart-table.ts';
import { formatNumber, formatPercent, t } from '../../ui/i18n/index.ts';

const rate = (v: number | null) => (v === null ? '–' : formatPercent(v, 1));

/**
 * How many leading periods of a series cannot show a loss yet: under the window W, a customer
 * is lost at the end of p only if they bought on or before end(p) − W, and nobody bought
 * before the data's first day. Those periods' churn rate is 0 by construction, not a finding.
 */
export function warmupPeriods(
  labels: readonly string[],
  grain: Grain,
  firstDay: number,
  window: number,
): number {
  let n = 0;
  for (const label of labels) {
    if (periodEnd(parsePeriod(label, grain), grain) - window >= firstDay) break;
    n++;
  }
  return n;
}

/** Tooltip rows of a period of the churn series. */
export function describeChurn(p: ChurnPeriod): [string, string][] {
  return [
    [t('churn.rate'), rate(p.churnRate)],
    [t('churn.activeAtStart'), formatNumber(p.activeAtStart)],
    [t('churn.lost'), formatNumber(p.lost)],
    [t('churn.new'), formatNumber(p.new)],
    [t('churn.reactivated'), formatNumber(p.reactivated)],
    [t('churn.activeAtEnd'), formatNumber(p.activeAtEnd)],
  ];
}

/** The churn series as a table (both line charts' alternative view and CSV). */
export function churnTable(periods: ChurnPeriod[]): ChartTable {
  const header = [
    t('churn.period'),
    t('churn.activeAtStart'),
    t('churn.lost'),
    t('churn.rate'),
    t('churn.retention'),
    t('churn.new'),
    t('churn.reactivated'),
    t('churn.activeAtEnd'),
    t('churn.complete'),
  ];
  const rows = periods.map((p) => [
    p.period,
    p.activeAtStart,
    p.lost,
    p.churnRate,
    p.retention,
    p.new,
    p.reactivated,
    p.activeAtEnd,
    p.complete ? t('common.yes') : t('common.no'),
  ]);
  const display = rows.map((row) =>
    row.map((cell, c) =>
      c === 3 || c === 4
        ? rate(cell as number | null)
        : typeof cell === 'number'
          ? formatNumber(cell)
          : String(cell),
    ),
  );
  return { header, rows, display };
}

/** Growth accounting as a table. */
export function growthTable(periods: GrowthPeriod[]): ChartTable {
  const header = [
    t('churn.period'),
    t('churn.new'),
    t('churn.retained'),
    t('churn.resurrected'),
    t('churn.lost'),
    t('churn.quickRatio'),
    t('churn.complete'),
  ];
  const rows = periods.map((p) => [
    p.period,
    p.new,
    p.retained,
    p.resurrected,
    p.lost,
    p.quickRatio,
    p.complete ? t('common.yes') : t('common.no'),
  ]);
  const display = rows.map((row) =>
    row.map((cell, c) =>
      cell === null
        ? '–'
        : typeof cell === 'number'
          ? formatNumber(cell, c === 5 ? 2 : 0)
          : String(cell),
    ),
  );
  return { header, rows, display };
}
