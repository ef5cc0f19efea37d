/**
 * Writes the benchmark's transaction files: 1 000 000 rows, 100 000 customers over 3 years,
 * fixed seed. `messy` (~25 MB): `;`-separated with decimal commas and dd.mm.yyyy dates and a
 * Cyrillic header; `clean` (~22 MB): comma-separated, ISO dates, decimal points. The same
 * rows in both. Reused when it already exists.
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
export function benchCsv(rows = BENCH_ROWS, style: 'messy' | 'clean' = 'messy'): string {
  const clean = style === 'clean';
  const path = join(tmpdir(), `tenure-bench-${rows}${clean ? '-clean' : ''}.csv`);
  if (existsSync(path)) return path;
  const next = random(42);
  const start = Date.UTC(2022, 0, 1);
  const lines = [clean ? 'customer_id,date,amount,channel' : 'Клиент;Дата;Сумма;Канал'];
  const channels = ['web', 'shop', 'phone'];
  for (let i = 0; i < rows; i++) {
    const date = new Date(start + Math.floor(next() * 3 * 365) * 86_400_000);
    const day = String(date.getUTCDate()).padStart(2, '0');
    const month = String(date.getUTCMonth() + 1).padStart(2, '0');
    const amount = (next() * 300 - 15).toFixed(2);
    const customer = `K${Math.floor(next() * 100_000)}`;
    const year = date.getUTCFullYear();
    lines.push(
      clean
        ? `${customer},${year}-${month}-${day},${amount},${channels[i % 3]}`
        : `${customer};${day}.${month}.${year};${amount.replace('.', ',')};${channels[i % 3]}`,
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
