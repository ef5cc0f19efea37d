/**
 * Timing of the CLV engine on synthetic data: 100 000 customers, 1 000 000 transactions
 * (seeded, so every run sees the same data). Prints the median of 5 runs; asserts nothing.
 * Run: npx tsx tests/bench/models.bench.ts
 */
import type { DayNumber, TransactionColumns } from '../../src/core/model.ts';
import {
  conditionalExpectedPurchasesAll,
  conditionalExpectedValueAll,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  predictCustomers,
  probabilityAliveAll,
  probabilityNoPurchaseAll,
} from '../../src/core/models/index.ts';
import { gammaDraw, prng } from './synthetic-summary.ts';

const CUSTOMERS = 100_000;
const ROWS = 1_000_000;
const END = 730 as DayNumber;
const RUNS = Number(process.env.RUNS ?? 5);

/**
 * BG/NBD customers (λ ~ Gamma(r = 0.6, α = 9 days), p ~ Beta(1, 6)), first purchase in the
 * first year, observed for two years; then thinned (or cut) to exactly ROWS transactions —
 * thinning a Poisson process keeps it Poisson.
 */
function synthetic(): TransactionColumns {
  const random = prng(42);
  const customers: number[] = [];
  const days: number[] = [];
  for (let c = 0; c < CUSTOMERS; c++) {
    const lambda = gammaDraw(random, 0.6) / 9;
    const a = gammaDraw(random, 1);
    const p = a / (a + gammaDraw(random, 6));
    let t = Math.floor(random() * 365);
    customers.push(c);
    days.push(t);
    for (;;) {
      t += -Math.log(random() || 1e-300) / lambda;
      if (t > END) break;
      customers.push(c);
      days.push(Math.floor(t));
      if (random() < p) break;
    }
  }
  const keepShare = Math.min(1, (ROWS - CUSTOMERS) / (days.length - CUSTOMERS));
  const customer = new Int32Array(ROWS);
  const day = new Int32Array(ROWS);
  const amount = new Float64Array(ROWS);
  let row = 0;
  for (let i = 0; i < days.length && row < ROWS; i++) {
    const first = i === 0 || customers[i] !== customers[i - 1];
    if (!first && random() > keepShare) continue;
    customer[row] = customers[i]!;
    day[row] = days[i]!;
    amount[row] = 5 + 50 * gammaDraw(random, 2) * (0.5 + (customers[i]! % 7) / 7);
    row++;
  }
  const columns = {
    customer,
    day,
    amount,
    customerIds: Array.from({ length: CUSTOMERS }, (_, i) => `c${i}`),
  };
  return row === ROWS
    ? columns
    : {
        ...columns,
        customer: customer.slice(0, row),
        day: day.slice(0, row),
        amount: amount.slice(0, row),
      };
}

function median(values: number[]): number {
  const sorted = [...values].sort((u, v) => u - v);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(label: string, run: () => T): T {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  console.log(`${label.padEnd(44)} ${median(times).toFixed(1).padStart(8)} ms (median of ${RUNS})`);
  return result!;
}

const columns = synthetic();
console.log(
  `${CUSTOMERS} customers, ${columns.day.length} transactions, unit week, end day ${END}`,
);
const summary = time('summary', () => customerSummary(columns, { unit: 'week', end: END }));
const bg = time('BG/NBD fit', () => fitBgNbd(summary));
const gg = time('Gamma-Gamma fit', () => fitGammaGamma(summary));
console.log(
  `  BG/NBD ${JSON.stringify(bg.params)} converged=${bg.converged} iterations=${bg.iterations}`,
);
console.log(`  Gamma-Gamma ${JSON.stringify(gg.params)} converged=${gg.converged}`);
time('predictions: P(alive), E[purchases 52w], P(none), E[value]', () => {
  const pAlive = probabilityAliveAll(bg.params, summary);
  conditionalExpectedPurchasesAll(bg.params, summary, 52, pAlive);
  probabilityNoPurchaseAll(bg.params, summary, 52, pAlive);
  return conditionalExpectedValueAll(gg.params, summary);
});
time('predictCustomers, CLV 12 monthly periods', () =>
  predictCustomers(summary, bg.params, gg.params, {
    horizonPeriods: 12,
    periodLength: 365.25 / 12 / 7,
    discountPerPeriod: 0.01,
    margin: 0.3,
  }),
);
time('predictCustomers, CLV 52 weekly periods', () =>
  predictCustomers(summary, bg.params, gg.params, {
    horizonPeriods: 52,
    periodLength: 1,
    discountPerPeriod: 0.002,
    margin: 0.3,
  }),
);
