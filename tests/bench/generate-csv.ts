/**
 * Writes the benchmark's transaction file: 1 000 000 rows (~25 MB), `;`-separated with
 * decimal commas and dd.mm.yyyy dates, 100 000 customers over 3 years, fixed seed.
 * Reused when it already exists.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BENCH_ROWS = 1_000_000;

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Path of the generated file (created on first use). */
export function benchCsv(rows = BENCH_ROWS): string {
  const path = join(tmpdir(), `tenure-bench-${rows}.csv`);
  if (existsSync(path)) return path;
  const next = random(42);
  const start = Date.UTC(2022, 0, 1);
  const lines = ['Клиент;Дата;Сумма;Канал'];
  const channels = ['web', 'shop', 'phone'];
  for (let i = 0; i < rows; i++) {
    const date = new Date(start + Math.floor(next() * 3 * 365) * 86_400_000);
    const day = String(date.getUTCDate()).padStart(2, '0');
    const month = String(date.getUTCMonth() + 1).padStart(2, '0');
    const amount = (next() * 300 - 15).toFixed(2).replace('.', ',');
    const customer = `K${Math.floor(next() * 100_000)}`;
    lines.push(`${customer};${day}.${month}.${date.getUTCFullYear()};${amount};${channels[i % 3]}`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
