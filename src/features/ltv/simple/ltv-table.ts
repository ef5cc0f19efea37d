/** LTV estimates (per group or per cohort) as a chart table: raw values for CSV, formatted for display. */
import type { LtvEstimate } from '../../../core/index.ts';
import type { ChartTable } from '../../../ui/chart-table.ts';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  moneyHeader,
  t,
} from '../../../ui/i18n/index.ts';

export interface LabelledEstimate extends LtvEstimate {
  label: string;
}

const round = (v: number | null, digits: number) =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;
const show = (v: number | null, format: (v: number) => string) => (v === null ? '—' : format(v));

/**
 * An estimate in one sentence, for a bar's tooltip and accessible name: the group, its LTV
 * and customers (with LTV/CAC when `withCac` and known), or why there is no LTV.
 */
export function ltvSentence(r: LabelledEstimate, withCac = false): string {
  if (r.ltv === null) {
    return t('ltv.tip.none', {
      group: r.label,
      customers: formatNumber(r.customers),
      reason: r.message ?? '',
    });
  }
  const main = t('ltv.tip.group', {
    group: r.label,
    ltv: formatMoney(r.ltv),
    customers: formatNumber(r.customers),
  });
  return withCac && r.ltvToCac !== null
    ? `${main}; ${t('ltv.tip.cac', { ratio: formatNumber(r.ltvToCac, 2) })}`
    : main;
}

/** One row per estimate: label, customers, AMPU, churn, LTV, discounted LTV, CAC, LTV/CAC, note. */
export function ltvTable(
  labelHeader: string,
  rows: LabelledEstimate[],
  hasCac: boolean,
): ChartTable {
  const header = [
    labelHeader,
    t('ltv.col.customers'),
    moneyHeader(t('ltv.col.ampu')),
    t('ltv.col.churn'),
    moneyHeader(t('ltv.col.ltv')),
    moneyHeader(t('ltv.col.ltvDiscounted')),
    ...(hasCac ? [moneyHeader(t('ltv.col.cac')), t('ltv.col.ltvToCac')] : []),
    t('ltv.col.note'),
  ];
  return {
    header,
    rows: rows.map((e) => [
      e.label,
      e.customers,
      round(e.ampu, 2),
      round(e.churnRate, 6),
      round(e.ltv, 2),
      round(e.ltvDiscounted, 2),
      ...(hasCac ? [round(e.cac, 2), round(e.ltvToCac, 3)] : []),
      e.message ?? '',
    ]),
    display: rows.map((e) => [
      e.label,
      formatNumber(e.customers),
      show(e.ampu, formatMoney),
      show(e.churnRate, (v) => formatPercent(v, 2)),
      show(e.ltv, formatMoney),
      show(e.ltvDiscounted, formatMoney),
      ...(hasCac
        ? [show(e.cac, formatMoney), show(e.ltvToCac, (v) => `${formatNumber(v, 2)}×`)]
        : []),
      e.message ?? '',
    ]),
  };
}
