/**
 * Timing of the contact plan engine: 100 000 customers, 1 000 000 transactions over two
 * years (seeded), plan from the day after the data over 90 days, lead 7, cooldown 14, with no
 * capacity limit and with 500 contacts a day. Prints the median of 5 runs of the plan alone
 * (purchase days and priorities given, as the worker holds them) and of the timeline it needs
 * on a cold column set; wall and CPU time (CPU time is steadier on a busy machine); asserts
 * nothing. Run: npx tsx tests/bench/contacts.bench.ts
 */
import { contactPlan, type ContactPriority } from '../../src/core/contacts/index.ts';
import { customerTimeline } from '../../src/core/metrics/index.ts';
import type { TransactionColumns } from '../../src/core/model.ts';

const CUSTOMERS = 100_000;
const ROWS = 1_000_000;
const RUNS = Number(process.env.RUNS ?? 5);

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function columns(): TransactionColumns {
  const random = prng(15);
  const customer = new Int32Array(ROWS);
  const day = new Int32Array(ROWS);
  const amount = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    customer[i] = Math.floor(random() * CUSTOMERS);
    day[i] = Math.floor(random() * 730);
    amount[i] = 10 + random() * 90;
  }
  return {
    customer,
    day,
    amount,
    customerIds: Array.from({ length: CUSTOMERS }, (_, i) => `c${i}`),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const random = prng(7);
const priority: ContactPriority = {
  clv: Float64Array.from({ length: CUSTOMERS }, () => random() * 1000),
  pAlive: Float64Array.from({ length: CUSTOMERS }, () => random()),
};
const timelineMs: number[] = [];
let timeline = customerTimeline(columns());
for (let r = 0; r < RUNS; r++) {
  const cold = columns();
  const t0 = performance.now();
  timeline = customerTimeline(cold);
  timelineMs.push(performance.now() - t0);
}
console.log(`timeline (1M rows, 100k customers): ${median(timelineMs).toFixed(1)} ms`);
for (const capacity of [Infinity, 500]) {
  const ms: number[] = [];
  const cpu: number[] = [];
  let plan = contactPlan(timeline, priority, {
    from: 730,
    days: 90,
    lead: 7,
    capacity,
    cooldown: 14,
  });
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    plan = contactPlan(timeline, priority, {
      from: 730,
      days: 90,
      lead: 7,
      capacity,
      cooldown: 14,
    });
    ms.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  const pushed = plan.pushed.reduce((n, p) => n + (p > 0 ? 1 : 0), 0);
  console.log(
    `plan, capacity ${capacity}: ${median(ms).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU — ${plan.customer.length} contacts, ` +
      `${pushed} pushed, ${plan.unscheduled} unscheduled, ${plan.cooldownDropped} cooldown-dropped, ` +
      `${plan.lapsed.length} lapsed, ${plan.noRhythm.length} no rhythm`,
  );
}
