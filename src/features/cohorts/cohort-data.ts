/**
 * What the cohort charts show, derived from the worker's matrix (a few thousand cells at
 * most, never transactions): values as percent or absolute, the mean row, labels, the table.
 */
import type { CohortMatrix, CohortMetric, CohortRow } from '../../core/index.ts';
import type { ChartTable } from '../../ui/chart-table.ts';
import {
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  moneyHeader,
  t,
} from '../../ui/i18n/index.ts';

/** Cell k of a row as shown: percent of the cohort size (customers) or of the k = 0 value. */
export function shownValue(row: CohortRow, k: number, metric: CohortMetric, percent: boolean) {
  const value = row.values[k];
  if (value === undefined) return null;
  if (!percent) return value;
  const base = metric === 'customers' ? row.size : row.values[0]!;
  return base === 0 ? null : value / base;
}

/** Whether the mean row is a size-weighted mean (percent, per customer) or a mean of totals. */
export function meanIsPerCohort(metric: CohortMetric, percent: boolean): boolean {
  return !percent && (metric === 'customers' || metric === 'revenue');
}

/**
 * The mean row in the units of the cells. Percent: the engine's weighted mean (customers), or
 * it relative to its k = 0 (revenue). Absolute totals: the mean cell over the cohorts that
 * have period k (= weighted mean × mean size). Per-customer revenue: the weighted mean.
 */
export function meanValues(matrix: CohortMatrix, percent: boolean): number[] {
  const { weightedMean, metric } = matrix;
  if (percent) {
    if (metric === 'customers') return weightedMean;
    const base = weightedMean[0] ?? 0;
    return weightedMean.map((v) => (base === 0 ? NaN : v / base));
  }
  if (!meanIsPerCohort(metric, percent)) return weightedMean;
  return weightedMean.map((_, k) => {
    let sum = 0;
    let rows = 0;
    for (const row of matrix.cohorts) {
      if (row.values.length > k) {
        sum += row.values[k]!;
        rows++;
      }
    }
    return rows === 0 ? NaN : sum / rows;
  });
}

/** A shown value as text: percent, money, or a count. */
export function formatValue(value: number | null, metric: CohortMetric, percent: boolean) {
  if (value === null || Number.isNaN(value)) return '–';
  if (percent) return formatPercent(value, 1);
  return metric === 'customers' ? formatNumber(value) : formatMoney(value);
}

/** A chart axis tick: short, money in the data set's currency. */
export function formatTick(value: number, metric: CohortMetric, percent: boolean) {
  return percent || metric === 'customers'
    ? formatShort(value, metric, percent)
    : formatMoneyCompact(value);
}

/** A short version for inside a heat-map cell (money without its sign: the legend has it). */
export function formatShort(value: number | null, metric: CohortMetric, percent: boolean) {
  if (value === null || Number.isNaN(value)) return '';
  if (percent) return formatPercent(value, 0);
  if (metric === 'customers') return formatNumber(value);
  return Math.abs(value) >= 10_000
    ? formatNumber(value / 1000, 0) + 'k'
    : formatNumber(value, value < 100 ? 1 : 0);
}

/** A row's label: the cohort, with the split group when there is one. */
export function rowLabel(row: CohortRow): string {
  return row.group === undefined ? row.cohort : `${row.cohort} · ${row.group}`;
}

/** Label of period c + k of a row ('' beyond the data). */
export function periodOf(matrix: CohortMatrix, row: CohortRow, k: number): string {
  return matrix.periods[matrix.periods.indexOf(row.cohort) + k] ?? '';
}

/**
 * The colour domain's top: the 95th percentile of the shown values at k ≥ 1. k = 0 is 100 %
 * in percent mode (or the whole cohort) and tiny split groups reach 100 % by chance; either
 * would wash out every other cell. Cells above it get the darkest colour.
 */
export function colourMax(matrix: CohortMatrix, percent: boolean): number {
  const values: number[] = [];
  for (const row of matrix.cohorts) {
    for (let k = 1; k < row.values.length; k++) {
      const v = shownValue(row, k, matrix.metric, percent);
      if (v !== null && Number.isFinite(v)) values.push(v);
    }
  }
  if (values.length === 0) {
    for (const row of matrix.cohorts) values.push(shownValue(row, 0, matrix.metric, percent) ?? 0);
  }
  return quantile(values, 0.95) || 1;
}

/** The nearest-rank p-quantile of some numbers (0 for none). */
function quantile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Where an arrow, Home or End key moves the active heat-map cell (rows have different lengths). */
export function moveCell(
  key: string,
  cell: { r: number; k: number },
  rowLength: (r: number) => number,
  rows: number,
): { r: number; k: number } | undefined {
  const { r, k } = cell;
  const clampK = (row: number, kk: number) => Math.max(0, Math.min(rowLength(row) - 1, kk));
  switch (key) {
    case 'ArrowRight':
      return { r, k: clampK(r, k + 1) };
    case 'ArrowLeft':
      return { r, k: clampK(r, k - 1) };
    case 'ArrowDown':
      return { r: Math.min(rows - 1, r + 1), k: clampK(Math.min(rows - 1, r + 1), k) };
    case 'ArrowUp':
      return { r: Math.max(0, r - 1), k: clampK(Math.max(0, r - 1), k) };
    case 'Home':
      return { r, k: 0 };
    case 'End':
      return { r, k: rowLength(r) - 1 };
    default:
      return undefined;
  }
}

/** The matrix as a table (the chart's alternative view and its CSV): one row per cohort. */
export function cohortTable(matrix: CohortMatrix, percent: boolean): ChartTable {
  const split = matrix.cohorts.some((r) => r.group !== undefined);
  const width = matrix.weightedMean.length;
  // Money cells carry the currency in their column headers (the CSV's too).
  const money = matrix.metric !== 'customers' && !percent;
  const ks = Array.from({ length: width }, (_, k) =>
    money ? moneyHeader(t('cohorts.kLabel', { k })) : t('cohorts.kLabel', { k }),
  );
  const header = [
    t('cohorts.cohort'),
    ...(split ? [t('cohorts.group')] : []),
    t('cohorts.size'),
    ...ks,
  ];
  const rows: (string | number | null)[][] = [];
  const display: string[][] = [];
  const mean = meanValues(matrix, percent);
  const meanLabel = meanIsPerCohort(matrix.metric, percent)
    ? t('cohorts.meanPerCohort')
    : t('cohorts.mean');
  rows.push([
    meanLabel,
    ...(split ? [''] : []),
    null,
    ...mean.map((v) => (Number.isNaN(v) ? null : v)),
  ]);
  display.push([
    meanLabel,
    ...(split ? [''] : []),
    '',
    ...mean.map((v) => formatValue(v, matrix.metric, percent)),
  ]);
  for (const row of matrix.cohorts) {
    const values = ks.map((_, k) => shownValue(row, k, matrix.metric, percent));
    rows.push([row.cohort, ...(split ? [row.group ?? ''] : []), row.size, ...values]);
    display.push([
      row.cohort,
      ...(split ? [row.group ?? ''] : []),
      formatNumber(row.size),
      ...values.map((v, k) =>
        k < row.values.length ? formatValue(v, matrix.metric, percent) : '',
      ),
    ]);
  }
  return { header, rows, display };
}
