/**
 * What the Predictive CLV screen draws, aggregated in the worker from the per-customer
 * predictions: CLV distribution, top customers, P(alive) matrix, fit diagnostics and the
 * value × risk grid. Every function here is pure over a CustomerModel.
 */
import { expectedFrequencyCounts, type ValueRiskTiers } from '../../src/core/index.ts';
import type { CustomerModel } from './predictive-model.ts';
import type {
  AliveMatrix,
  ClvBin,
  FrequencyDiagnostic,
  PredictiveReport,
  TopCustomer,
} from './protocol/index.ts';
import { valueRiskGrid } from './value-risk.ts';

/** Bin edges 0, 1, 2, 5, 10, 20, 50, … (1-2-5 steps) up to the first edge above `max`. */
function clvEdges(max: number): number[] {
  const edges = [0];
  for (let scale = 1; edges[edges.length - 1]! <= max; scale *= 10) {
    for (const step of [1, 2, 5]) {
      edges.push(step * scale);
      if (step * scale > max) break;
    }
  }
  return edges;
}

/** CLV histogram on 1-2-5 edges; customers with CLV below 0 fall in the first bin. */
function clvHistogram(clv: Float64Array): ClvBin[] {
  let max = 0;
  for (const v of clv) if (v > max) max = v;
  const edges = clvEdges(max);
  const bins = edges
    .slice(0, -1)
    .map((from, i) => ({ from, to: edges[i + 1]!, customers: 0, clv: 0 }));
  for (const v of clv) {
    if (!Number.isFinite(v)) continue;
    let i = 0;
    while (i < bins.length - 1 && v >= bins[i]!.to) i++;
    bins[i]!.customers++;
    bins[i]!.clv += v;
  }
  // Leading empty bins (all customers above 1, say) only stretch the axis.
  const first = bins.findIndex((b) => b.customers > 0);
  return first > 0 ? bins.slice(first) : bins;
}

/** The n customers with the highest CLV (or expected purchases when there is no CLV). */
function topCustomers(m: CustomerModel, n: number): TopCustomer[] {
  const { clv, expectedPurchases } = m.predictions;
  const key = Number.isFinite(clv[0]) ? clv : expectedPurchases;
  const order = Array.from({ length: key.length }, (_, i) => i);
  order.sort((a, b) => key[b]! - key[a]! || a - b);
  return order.slice(0, n).map((row) => customerRow(m, row));
}

export function customerRow(m: CustomerModel, row: number): TopCustomer {
  const p = m.predictions;
  return {
    row,
    id: m.ids[row]!,
    name: m.names[row] ?? null,
    frequency: m.summary.x[row]!,
    revenue: m.revenue[row]!,
    pAlive: p.pAlive[row]!,
    expectedPurchases: p.expectedPurchases[row]!,
    expectedValue: p.expectedValue[row]!,
    clv: p.clv[row]!,
  };
}

const FREQUENCY_BINS = [0, 1, 2, 3, 4, 5, 7, 10, 15, 25];

/** A round bin width giving about `count` bins over [0, max]. */
function niceWidth(max: number, count: number): number {
  const raw = Math.max(max / count, 1e-9);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= raw) ?? 10;
  return step * power;
}

/**
 * Mean P(alive) of the customers by frequency (repeat purchases) × time since their last
 * purchase (T − t_x), the view of lifetimes' `plot_probability_alive_matrix` on the real
 * customers rather than on a grid at one T. Empty cells are null.
 */
function aliveMatrix(m: CustomerModel): AliveMatrix {
  const { x, tx, T } = m.summary;
  const pAlive = m.predictions.pAlive;
  let maxX = 0;
  let maxSince = 0;
  for (let i = 0; i < x.length; i++) {
    maxX = Math.max(maxX, x[i]!);
    maxSince = Math.max(maxSince, T[i]! - tx[i]!);
  }
  const fromX = FREQUENCY_BINS.filter((f, i) => i === 0 || f <= maxX);
  const frequency = fromX.map((from, i) => ({
    from,
    to: i + 1 < fromX.length ? fromX[i + 1]! - 1 : maxX > from ? null : from,
  }));
  const width = niceWidth(maxSince, 10);
  const columns = Math.max(1, Math.ceil((maxSince + 1e-9) / width));
  const sinceLast = Array.from({ length: columns }, (_, j) => ({
    from: j * width,
    to: (j + 1) * width,
  }));
  const sums = fromX.map(() => new Array<number>(columns).fill(0));
  const customers = fromX.map(() => new Array<number>(columns).fill(0));
  for (let i = 0; i < x.length; i++) {
    let f = fromX.length - 1;
    while (f > 0 && x[i]! < fromX[f]!) f--;
    const s = Math.min(columns - 1, Math.floor((T[i]! - tx[i]!) / width));
    sums[f]![s]! += pAlive[i]!;
    customers[f]![s]!++;
  }
  return {
    frequency,
    sinceLast,
    customers,
    pAlive: sums.map((row, f) =>
      row.map((sum, s) => (customers[f]![s]! ? sum / customers[f]![s] : null)),
    ),
  };
}

/** Actual vs BG/NBD-expected customers by repeat purchases 0 … 6 and 7+ (FHL 2005 fig. 3). */
function frequencyDiagnostics(m: CustomerModel): FrequencyDiagnostic[] {
  const last = 7;
  const expected = expectedFrequencyCounts(m.fit.bgnbd.params, m.summary.T, last);
  const actual = new Array<number>(last + 1).fill(0);
  for (const x of m.summary.x) actual[Math.min(x, last)]!++;
  return actual.map((count, frequency) => ({
    frequency,
    actual: count,
    model: expected[frequency]!,
  }));
}

/** The whole report for the screen (`tiers`: the model's, for the grid). */
export function predictiveReport(m: CustomerModel, tiers: () => ValueRiskTiers): PredictiveReport {
  const p = m.predictions;
  let expectedPurchases = 0;
  let clv = 0;
  let alive = 0;
  let revenue = 0;
  let aliveRepeat = 0;
  let repeatCustomers = 0;
  for (let i = 0; i < p.pAlive.length; i++) {
    expectedPurchases += p.expectedPurchases[i]!;
    clv += p.clv[i]!;
    alive += p.pAlive[i]!;
    revenue += m.revenue[i]!;
    // In BG/NBD a one-time buyer cannot have dropped out yet (P(alive) = 1): the mean over
    // repeat buyers is the figure that says how many are still around.
    if (m.summary.x[i]! > 0) {
      aliveRepeat += p.pAlive[i]!;
      repeatCustomers++;
    }
  }
  const n = p.pAlive.length;
  const hasClv = m.fit.gammaGamma !== null;
  return {
    fit: m.fit,
    horizon: m.params.horizon,
    customers: n,
    totals: {
      expectedPurchases,
      clv,
      meanPAlive: alive / n,
      meanPAliveRepeat: repeatCustomers > 0 ? aliveRepeat / repeatCustomers : null,
      repeatCustomers,
      revenue,
    },
    histogram: hasClv ? clvHistogram(p.clv) : [],
    top: topCustomers(m, 20),
    matrix: aliveMatrix(m),
    diagnostics: frequencyDiagnostics(m),
    grid: hasClv ? valueRiskGrid(m, tiers()) : null,
  };
}
