import { ByteScanner, TransactionBuilder, detectSettings } from './src/core/ingest/index.ts';
import { readFileSync } from 'node:fs';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const { settings, headers } = detectSettings(bytes.subarray(0, 1 << 20), false);
const times: number[] = [];
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  const b = new TransactionBuilder(settings, headers);
  const s = new ByteScanner(settings, headers.length, b);
  const size = 4 << 20;
  for (let at = 0; at <= bytes.length; at += size) s.push(bytes.slice(at, at + size), at + size > bytes.length);
  times.push(performance.now() - t0);
}
console.log(times.map((t) => t.toFixed(0)).join(' '), 'min', Math.min(...times).toFixed(0));
