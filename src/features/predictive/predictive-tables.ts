/** The predictive charts' data as tables: the charts' alternative view and their CSV export. */
import type { ChartTable } from '../../ui/chart-table.ts';
import type { ListTable } from '../../ui/list-table.ts';
import { formatMoney, formatNumber, formatPercent, moneyHeader, t } from '../../ui/i18n/index.ts';
import { binLabel, frequencyLabel, moneyBinLabel } from './charts/labels.ts';
import type { HoldoutSummary, PredictedCustomer, PredictiveReport } from './types.ts';

const money = (v: number) => (Number.isFinite(v) ? formatMoney(v) : '—');

/** The customers of a value × risk cell, for the customer table: P(alive), purchases, CLV. */
export function predictedTable(rows: readonly PredictedCustomer[], hasClv: boolean): ListTable {
  const row = (i: number) => rows[i]!;
  return {
    count: rows.length,
    widths: '1fr 1.4fr 0.7fr 0.9fr 0.7fr 0.8fr 0.9fr',
    columns: [
      { label: t('customers.id'), show: (i) => row(i).id },
      { label: t('customers.name'), show: (i) => row(i).name ?? '' },
      {
        label: t('predictive.col.repeat'),
        numeric: true,
        show: (i) => formatNumber(row(i).frequency),
      },
      { label: t('predictive.col.revenue'), numeric: true, show: (i) => money(row(i).revenue) },
      {
        label: t('predictive.col.pAlive'),
        numeric: true,
        show: (i) => formatPercent(row(i).pAlive),
      },
      {
        label: t('predictive.col.expected'),
        numeric: true,
        show: (i) => formatNumber(row(i).expectedPurchases, 2),
      },
      {
        label: t('predictive.col.clv'),
        numeric: true,
        show: (i) => (hasClv ? money(row(i).clv) : '—'),
      },
    ],
    csv: () => ({
      header: [
        'customer_id',
        'name',
        'repeat_purchases',
        moneyHeader('revenue'),
        'p_alive',
        'expected_purchases',
        moneyHeader('clv'),
      ],
      rows: rows.map((r) => [
        r.id,
        r.name ?? '',
        r.frequency,
        Math.round(r.revenue * 100) / 100,
        Number(r.pAlive.toFixed(6)),
        Number(r.expectedPurchases.toFixed(6)),
        Number.isFinite(r.clv) ? Math.round(r.clv * 100) / 100 : '',
      ]),
    }),
  };
}

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
