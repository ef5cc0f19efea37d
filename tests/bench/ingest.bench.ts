/**
 * Import pipeline in Node on the 1M-row benchmark file: detect, then decode → parse →
 * validate in 4 MB slices as the import worker does, with each stage's share. Also a
 * naive split() of the same text as the floor a hand-written scanner could approach, and the
 * pipeline's ratio to it within each run. Median of 3 runs. Asserts nothing.   npx tsx tests/bench/ingest.bench.ts
 */
import { readFileSync } from 'node:fs';
import {
  RowReader,
  TransactionBuilder,
  createDecoder,
  detectSettings,
} from '../../src/core/index.ts';
import { benchCsv } from './generate-csv.ts';

const SLICE = 4 << 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bytes = new Uint8Array(readFileSync(benchCsv()));
const { settings, headers } = detectSettings(bytes.subarray(0, 1 << 20), false);
console.log(`ingest: ${(bytes.length / 1e6).toFixed(1)} MB, detected ${JSON.stringify(settings)}`);

const runs: Record<string, number[]> = {
  decode: [],
  parse: [],
  validate: [],
  total: [],
  naive: [],
};
for (let run = 0; run < 3; run++) {
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  const time = { decode: 0, parse: 0, validate: 0 };
  const t0 = performance.now();
  for (let offset = 0; offset < bytes.length; offset += SLICE) {
    const final = offset + SLICE >= bytes.length;
    let t = performance.now();
    const text = decoder.decode(bytes.subarray(offset, offset + SLICE), final);
    time.decode += performance.now() - t;
    t = performance.now();
    const rows = reader.push(text, final);
    time.parse += performance.now() - t;
    t = performance.now();
    builder.addRows(rows);
    while (builder.takeChunk(65_536));
    time.validate += performance.now() - t;
  }
  builder.flush();
  runs.total!.push(performance.now() - t0);
  for (const key of ['decode', 'parse', 'validate'] as const) runs[key]!.push(time[key]);
  if (builder.rowCount !== 1_000_000) throw new Error(`expected 1M rows, got ${builder.rowCount}`);

  const text = new TextDecoder().decode(bytes);
  const t1 = performance.now();
  let fields = 0;
  for (const line of text.split('\n')) fields += line.split(';').length;
  runs.naive!.push(performance.now() - t1);
  if (fields === 0) throw new Error('nothing split');
}
const total = median(runs.total!);
for (const [name, values] of Object.entries(runs)) {
  const share =
    name === 'total' || name === 'naive'
      ? ''
      : ` (${((median(values) / total) * 100).toFixed(0)} %)`;
  console.log(`  ${name.padEnd(9)} ${median(values).toFixed(0).padStart(6)} ms${share}`);
}
const ratios = runs.total!.map((t, i) => t / runs.naive![i]!);
console.log(
  `  total / naive, same run: ${median(ratios).toFixed(1)}× [${ratios.map((r) => r.toFixed(1)).join(', ')}]`,
);
