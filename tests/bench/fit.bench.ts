/**
 * BG/NBD and Gamma-Gamma fit times on summaries drawn from the models (tests/bench/
 * synthetic-summary.ts: BG/NBD r 0.55, α 7.5, a 0.65, b 3.2; T uniform 20–104 weeks;
 * Gamma-Gamma p 4, q 3, γ 25) at 2 000, 100 000 and 1 000 000 customers, and the discounted
 * CLV over 52 weekly periods for 100 000 customers. Median of RUNS (default 3); prints only.
 * Run: npx tsx tests/bench/fit.bench.ts
 */
import { performance } from 'node:perf_hooks';
import {
  conditionalExpectedValueAll,
  discountedClv,
  fitBgNbd,
  fitGammaGamma,
  type CustomerSummary,
} from '../../src/core/models/index.ts';
import { syntheticSummary } from './synthetic-summary.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? '2000,100000,1000000').split(',').map(Number);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall-clock and CPU milliseconds of RUNS runs (CPU shows the work when the machine is shared). */
function timed<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const times: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = run();
    cpu.push(process.cpuUsage(cpuStart).user / 1000);
    times.push(performance.now() - start);
  }
  return { ms: median(times), cpuMs: median(cpu), result };
}

/**
 * lifetimes 0.11.3 `.fit()` seconds on the same generator's sizes, measured once on this machine
 * kind (issue "Model fitting"); Python's registry is not reachable here, so not re-run.
 */
const LIFETIMES: Record<number, [number, number]> = {
  2_000: [0.07, 0.022],
  100_000: [0.861, 0.21],
  1_000_000: [7.31, 1.87],
};

const fmt = (v: number, d = 4) => v.toFixed(d);

for (const size of SIZES) {
  const summary: CustomerSummary = syntheticSummary(size);
  const bg = timed(() => fitBgNbd(summary));
  const gg = timed(() => fitGammaGamma(summary));
  const { r, alpha, a, b } = bg.result.params;
  const { p, q, gamma } = gg.result.params;
  const reference = LIFETIMES[size];
  const ratio = (ms: number, seconds: number | undefined) =>
    seconds === undefined
      ? ''
      : `, lifetimes ${(seconds * 1000).toFixed(0)} ms → ${((seconds * 1000) / ms).toFixed(1)}×`;
  console.log(
    `${size.toLocaleString('en')} customers\n` +
      `  BG/NBD      ${bg.ms.toFixed(0)} ms wall, ${bg.cpuMs.toFixed(0)} ms CPU${ratio(bg.ms, reference?.[0])} · ` +
      `r ${fmt(r)} α ${fmt(alpha)} a ${fmt(a)} b ${fmt(b)} · ${bg.result.iterations} iterations, ` +
      `|∇| ${bg.result.gradientNorm.toExponential(1)}, converged ${bg.result.converged}\n` +
      `  Gamma-Gamma ${gg.ms.toFixed(0)} ms wall, ${gg.cpuMs.toFixed(0)} ms CPU${ratio(gg.ms, reference?.[1])} · ` +
      `p ${fmt(p)} q ${fmt(q)} γ ${fmt(gamma)} · ${gg.result.iterations} iterations, ` +
      `|∇| ${gg.result.gradientNorm.toExponential(1)}, converged ${gg.result.converged}\n` +
      `  together    ${(bg.ms + gg.ms).toFixed(0)} ms wall (budget at 1M: 1 500 ms)`,
  );
  if (size === 100_000) {
    const clv = timed(() =>
      discountedClv(
        bg.result.params,
        summary,
        conditionalExpectedValueAll(gg.result.params, summary),
        { horizonPeriods: 52, periodLength: 1, discountPerPeriod: 0.01, margin: 1 },
      ),
    );
    console.log(
      `  discounted CLV, 52 weekly periods: ${clv.ms.toFixed(0)} ms wall, ${clv.cpuMs.toFixed(0)} ms CPU (budget 100 ms)`,
    );
  }
}
