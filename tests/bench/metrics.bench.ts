/**
 * Benchmark of the descriptive metrics: 1 000 000 transactions, 100 000 customers over
 * 3 years, monthly grain. Prints the median of 5 runs per metric, "cold" (the per-customer
 * timeline is rebuilt: a fresh columns object defeats its cache) and "warm" (timeline
 * cached, as when a screen recomputes a view). Asserts nothing.
 *
 *   npx tsx tests/bench/metrics.bench.ts
 */
import {
  churnSeries,
  cohortMatrix,
  concentration,
  customerTimeline,
  growthAccounting,
  ltvReport,
  rfmScores,
  suggestWindow,
} from '../../src/core/metrics/index.ts';
import { dayNumber, type TransactionColumns } from '../../src/core/model.ts';

const ROWS = 1_000_000;
const CUSTOMERS = 100_000;
const START = dayNumber(2021, 1, 1);
const DAYS = 3 * 365;

/** A small deterministic generator (mulberry32) so runs are comparable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Customers join uniformly over the 3 years and buy after joining; rows sorted by day, as exports are. */
function generate(): TransactionColumns {
  const rand = random(42);
  const firstDay = Int32Array.from({ length: CUSTOMERS }, () => Math.floor(rand() * DAYS));
  const customer = new Int32Array(ROWS);
  const day = new Int32Array(ROWS);
  const amount = new Float64Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const c = r < CUSTOMERS ? r : Math.floor(rand() * CUSTOMERS);
    const f = firstDay[c]!;
    customer[r] = c;
    day[r] = START + (r < CUSTOMERS ? f : f + Math.floor(rand() * (DAYS - f)));
    amount[r] = rand() < 0.03 ? -20 : Math.round(rand() * 20000) / 100;
  }
  const order = Array.from(day.keys()).sort((a, b) => day[a]! - day[b]!);
  return {
    customer: Int32Array.from(order, (r) => customer[r]!),
    day: Int32Array.from(order, (r) => day[r]!),
    amount: Float64Array.from(order, (r) => amount[r]!),
    customerIds: Array.from({ length: CUSTOMERS }, (_, i) => `C${i}`),
  };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const columns = generate();
const asOf = START + DAYS - 1;
const cases: [string, (c: TransactionColumns) => unknown][] = [
  ['customer timeline (index)', (c) => customerTimeline(c)],
  ['cohort matrix, customers', (c) => cohortMatrix(c, { grain: 'month', metric: 'customers' })],
  [
    'cohort matrix, rolling',
    (c) => cohortMatrix(c, { grain: 'month', metric: 'customers', mode: 'rolling' }),
  ],
  ['cohort matrix, revenue', (c) => cohortMatrix(c, { grain: 'month', metric: 'revenue' })],
  ['churn series (W = 90)', (c) => churnSeries(c, { window: 90, grain: 'month' })],
  ['suggestWindow', (c) => suggestWindow(c)],
  ['growth accounting', (c) => growthAccounting(c, { grain: 'month' })],
  ['RFM', (c) => rfmScores(c, { asOf })],
  [
    'LTV report (+ by cohort)',
    (c) => ltvReport(c, { grain: 'month', window: 90, margin: 0.3, discount: 0.01 }),
  ],
  ['concentration', (c) => concentration(c)],
];

console.log(
  `metrics bench: ${ROWS} rows, ${CUSTOMERS} customers, ${DAYS} days, monthly grain; median of 5 (ms)`,
);
console.log(`${'metric'.padEnd(30)}${'cold'.padStart(10)}${'warm'.padStart(10)}`);
for (const [name, run] of cases) {
  run({ ...columns }); // JIT warm-up
  const cold = median(Array.from({ length: 5 }, () => time(() => run({ ...columns }))));
  const warm = median(Array.from({ length: 5 }, () => time(() => run(columns))));
  console.log(`${name.padEnd(30)}${cold.toFixed(1).padStart(10)}${warm.toFixed(1).padStart(10)}`);
}
