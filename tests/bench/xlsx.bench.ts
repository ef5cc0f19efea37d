/**
 * Timing of the Excel reader: a 200 000-row workbook (built by the test helper, deflated, date
 * cells with a time of day, 40 000 customer ids as shared strings, a title and a total row)
 * → the sheet's CSV text, then the whole CLI import of it (unpack + the CSV path). Prints the
 * median of RUNS runs, wall and CPU time (steadier on a busy machine) and the peak RSS; asserts
 * nothing. Run: npx tsx tests/bench/xlsx.bench.ts (XLSX=path reads another workbook).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { forgetWorkbook, workbookCsv } from '../../src/cli/xlsx.ts';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import { buildXlsx, type XCell } from '../support/xlsx-writer.ts';

const ROWS = 200_000;
const RUNS = Number(process.env.RUNS ?? 3);

function generate(path: string): void {
  const rows: XCell[][] = [
    ['Orders 2023'],
    [],
    ['Customer ID', 'Order date', 'Amount', 'Product', 'Channel'],
  ];
  const products = ['Beans', 'Grinder', 'Filters', 'Machine', 'Cups'];
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(Date.UTC(2023, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    const amount = Math.round(((i * 7919) % 100_000) / 10) / 100 + 1;
    rows.push([
      `C${String(i % 40_000).padStart(6, '0')}`,
      { date, time: '12:30' },
      amount,
      products[i % 5]!,
      i % 3 ? 'web' : 'shop',
    ]);
  }
  rows.push(['Total', null, null, null, null]);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    path,
    buildXlsx({
      sheets: [
        { name: 'Notes', rows: [['x']] },
        { name: 'Orders', rows },
      ],
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function time(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const [t, c] = [performance.now(), cpu()];
  await work();
  return { wall: performance.now() - t, cpu: cpu() - c };
}

const path = process.env.XLSX ?? 'bench-results/orders-200k.xlsx';
if (process.argv[2] === '--generate') {
  generate(path);
  process.exit(0);
}
// Written by another process, so that the peak memory below is the reader's.
if (!process.env.XLSX && !existsSync(path)) {
  execFileSync('npx', ['tsx', 'tests/bench/xlsx.bench.ts', '--generate'], { stdio: 'inherit' });
}
const unpack: { wall: number; cpu: number }[] = [];
const whole: { wall: number; cpu: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  forgetWorkbook();
  unpack.push(await time(() => workbookCsv(path)));
  forgetWorkbook();
  whole.push(await time(() => loadTransactionsFile(path)));
}
const show = (xs: { wall: number; cpu: number }[]) =>
  `${median(xs.map((x) => x.wall)).toFixed(0)} ms wall, ${median(xs.map((x) => x.cpu)).toFixed(0)} ms CPU`;
console.log(`workbook → CSV text     ${show(unpack)}`);
console.log(`whole import (CLI load) ${show(whole)}`);
console.log(`peak RSS                ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
