/** The predictive charts' data as tables: the charts' alternative view and their CSV export. */
import type { ChartTable } from '../../ui/chart-table.ts';
import { formatMoney, formatNumber, formatPercent, moneyHeader, t } from '../../ui/i18n/index.ts';
import { binLabel, frequencyLabel, moneyBinLabel } from './charts/labels.ts';
import type { HoldoutSummary, PredictiveReport } from './types.ts';

export function histogramTable(report: PredictiveReport): ChartTable {
  const rows = report.histogram.map((b) => [
    b.from,
    b.to,
    b.customers,
    Math.round(b.clv * 100) / 100,
  ]);
  return {
    header: [
      moneyHeader(t('predictive.hist.from')),
      moneyHeader(t('predictive.hist.to')),
      t('predictive.totals.customers'),
      moneyHeader(t('predictive.col.clv')),
    ],
    rows,
    display: report.histogram.map((b) => [
      formatMoney(b.from),
      formatMoney(b.to),
      formatNumber(b.customers),
      formatMoney(b.clv),
    ]),
  };
}

export function histogramCategories(report: PredictiveReport): string[] {
  return report.histogram.map(moneyBinLabel);
}

export function matrixTable(report: PredictiveReport, unitLabel: string): ChartTable {
  const m = report.matrix;
  const rows: (string | number | null)[][] = [];
  const display: string[][] = [];
  m.frequency.forEach((f, i) =>
    m.sinceLast.forEach((s, j) => {
      const value = m.pAlive[i]![j] ?? null;
      const customers = m.customers[i]![j]!;
      rows.push([
        frequencyLabel(f),
        binLabel(s),
        customers,
        value === null ? null : Number(value.toFixed(6)),
      ]);
      display.push([
        frequencyLabel(f),
        binLabel(s),
        formatNumber(customers),
        value === null ? '—' : formatPercent(value),
      ]);
    }),
  );
  return {
    header: [
      t('predictive.matrix.yAxis'),
      t('predictive.matrix.xAxis', { unit: unitLabel }),
      t('predictive.totals.customers'),
      t('predictive.col.pAlive'),
    ],
    rows,
    display,
  };
}

export function diagnosticsTable(report: PredictiveReport): ChartTable {
  const label = (f: number) => (f === 7 ? '7+' : String(f));
  return {
    header: [t('predictive.diag.x'), t('predictive.diag.actual'), t('predictive.diag.model')],
    rows: report.diagnostics.map((d) => [label(d.frequency), d.actual, Number(d.model.toFixed(2))]),
    display: report.diagnostics.map((d) => [
      label(d.frequency),
      formatNumber(d.actual),
      formatNumber(d.model, 1),
    ]),
  };
}

export function holdoutTable(h: HoldoutSummary): ChartTable {
  const label = (f: number) => (f === 7 ? '7+' : String(f));
  return {
    header: [
      t('predictive.diag.x'),
      t('predictive.totals.customers'),
      t('predictive.holdout.actual'),
      t('predictive.holdout.predicted'),
    ],
    rows: h.byFrequency.map((b) => [
      label(b.frequency),
      b.customers,
      Number(b.actual.toFixed(4)),
      Number(b.predicted.toFixed(4)),
    ]),
    display: h.byFrequency.map((b) => [
      label(b.frequency),
      formatNumber(b.customers),
      formatNumber(b.actual, 2),
      formatNumber(b.predicted, 2),
    ]),
  };
}
