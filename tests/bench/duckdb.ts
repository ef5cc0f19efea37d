/**
 * DuckDB-WASM cold, for the import bench's comparison (issue 13: "≤ 0.5× DuckDB-WASM cold on
 * the same file"). A new headless Chromium on a fresh on-disk profile opens a blank page served
 * from this machine (no CDN: the duckdb-wasm dist files and the Apache Arrow build it imports
 * come from node_modules through a local HTTP server). Its library is loaded before the pick,
 * as the app's bundle is; from the input's `change` event on: start (select the bundle, start
 * the worker, fetch and compile the .wasm, connect), load (register the picked File,
 * `CREATE TABLE tx AS SELECT … FROM read_csv(…)` with the file's dialect and column types given,
 * not sniffed), cohort (the SQL below, matrix read back into the page). Timed in the page.
 *
 * The cohort is the app's (docs/ARCHITECTURE.md, metrics/cohorts.ts): monthly, classic,
 * 'customers': a customer's cohort is the month of their first row (refunds count), cell
 * (c, k) = customers of cohort c with a row in month c + k.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as DuckDB from '@duckdb/duckdb-wasm';
import { launchOnDisk, rendererMemory } from './chromium-profile.ts';

export interface DuckdbRun {
  /** The bundle selectBundle picked ('eh' or 'mvp'), and DuckDB's version. */
  bundle: string;
  version: string;
  startMs: number;
  loadMs: number;
  cohortMs: number;
  /** From the pick to the matrix read back. */
  totalMs: number;
  rows: number;
  /** [cohort 'YYYY-MM', months since, customers], non-zero cells only. */
  cells: [string, number, number][];
  /** Peak resident set of the page's renderer (its worker included), MB. */
  peakMb: number;
}

/**
 * Months as integers (year × 12 + month − 1), each customer's first by GROUP BY and a hash
 * join: the fastest of the formulations tried on the 1M-row file in native DuckDB on one thread
 * (~200 ms, against ~300–370 ms for a window `min() OVER (PARTITION BY customer)` over DATE
 * months, the same window over integers, or a join on `date_trunc` months), so DuckDB is not
 * handicapped by the SQL. Its result equals the ceiling's matrix cell by cell.
 */
export const COHORT_SQL = `
WITH active AS (
  SELECT customer, (year(day) * 12 + month(day) - 1)::INTEGER AS m FROM tx GROUP BY ALL),
firsts AS (SELECT customer, min(m) AS c FROM active GROUP BY customer),
cells AS (
  SELECT c, m - c AS k, count(*)::INTEGER AS customers
  FROM active JOIN firsts USING (customer) GROUP BY ALL)
SELECT printf('%04d-%02d', c // 12, c % 12 + 1) AS cohort, k, customers FROM cells
ORDER BY c, k`;

/** The CSV → table statement with the bench file's dialect (tests/bench/generate-csv.ts). */
export function loadSql(clean: boolean): string {
  const dialect = clean
    ? `delim = ',', decimal_separator = '.', dateformat = '%Y-%m-%d'`
    : `delim = ';', decimal_separator = ',', dateformat = '%d.%m.%Y'`;
  return `CREATE TABLE tx AS SELECT * FROM read_csv('bench.csv', header = true, ${dialect},
  columns = {'customer': 'VARCHAR', 'day': 'DATE', 'amount': 'DOUBLE', 'channel': 'VARCHAR'})`;
}

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser.mjs'));
// The Arrow build duckdb-browser.mjs imports (its own dependency), as a classic script that
// sets globalThis.Arrow, and a module re-exporting its names for the page's import map.
const arrowPath = createRequire(join(dist, 'x.js')).resolve('apache-arrow/Arrow.esnext.min');
const arrowShim = Object.keys(require(arrowPath) as object)
  .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
  .map((name) => `export const ${name} = globalThis.Arrow.${name};`)
  .join('\n');
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script src="/arrow.js"></script>
<script type="importmap">{"imports":{"apache-arrow":"/arrow-shim.mjs"}}</script>
</head><body><input type="file" id="duckdb-input"></body></html>`;
const DIST_FILES = [
  'duckdb-browser.mjs',
  'duckdb-browser-eh.worker.js',
  'duckdb-browser-mvp.worker.js',
  'duckdb-eh.wasm',
  'duckdb-mvp.wasm',
];

/** Serves the page, Arrow and the duckdb-wasm dist files on 127.0.0.1 (a free port). */
async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const files = new Map<string, () => string | Buffer>([
    ['/', () => PAGE],
    ['/arrow.js', () => readFileSync(arrowPath)],
    ['/arrow-shim.mjs', () => arrowShim],
    ...DIST_FILES.map((f): [string, () => Buffer] => [`/${f}`, () => readFileSync(join(dist, f))]),
  ]);
  const cache = new Map<string, string | Buffer>();
  const types: Record<string, string> = { wasm: 'application/wasm', '/': 'text/html' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const read = files.get(path);
    if (!read) return void response.writeHead(404).end();
    if (!cache.has(path)) cache.set(path, read());
    const body = cache.get(path)!;
    response.writeHead(200, {
      'content-type': types[path.split('.').at(-1)!] ?? 'text/javascript; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

type PageRun = Omit<DuckdbRun, 'peakMb'>;

/**
 * Page side: loads the library, then arms the pick — on `change`, DuckDB starts and the
 * result lands in `window.duckdb`. No nested named functions (tsx's name helpers do not exist
 * in the page).
 */
async function armInPage(sql: { load: string; cohort: string }): Promise<void> {
  const origin = location.origin;
  const lib = (await import(/* @vite-ignore */ `${origin}/duckdb-browser.mjs`)) as typeof DuckDB;
  const input = document.getElementById('duckdb-input') as HTMLInputElement;
  const w = window as unknown as { duckdb: Promise<PageRun> };
  input.addEventListener('change', () => {
    w.duckdb = (async () => {
      const t0 = performance.now();
      const bundles = {
        mvp: {
          mainModule: `${origin}/duckdb-mvp.wasm`,
          mainWorker: `${origin}/duckdb-browser-mvp.worker.js`,
        },
        eh: {
          mainModule: `${origin}/duckdb-eh.wasm`,
          mainWorker: `${origin}/duckdb-browser-eh.worker.js`,
        },
      };
      const bundle = await lib.selectBundle(bundles);
      const db = new lib.AsyncDuckDB(new lib.VoidLogger(), new Worker(bundle.mainWorker!));
      await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
      const connection = await db.connect();
      const t1 = performance.now();
      const file = input.files![0]!;
      const protocol = lib.DuckDBDataProtocol.BROWSER_FILEREADER;
      await db.registerFileHandle('bench.csv', file, protocol, true);
      await connection.query(sql.load);
      const t2 = performance.now();
      const matrix = (await connection.query(sql.cohort)).toArray() as {
        cohort: string;
        k: number;
        customers: number;
      }[];
      const cells = matrix.map((r): [string, number, number] => [r.cohort, r.k, r.customers]);
      const t3 = performance.now();
      const count = await connection.query('SELECT count(*)::INTEGER AS n FROM tx');
      return {
        bundle: bundle.mainModule.includes('-eh.') ? 'eh' : 'mvp',
        version: await db.getVersion(),
        startMs: t1 - t0,
        loadMs: t2 - t1,
        cohortMs: t3 - t2,
        totalMs: t3 - t0,
        rows: Number(count.getChild('n')!.get(0)),
        cells,
      };
    })();
  });
}

/**
 * One cold DuckDB-WASM run on `file` in a new browser on a fresh on-disk profile (`cohortSql`:
 * to time another formulation of the same matrix).
 */
export async function duckdbCold(
  file: string,
  clean: boolean,
  cohortSql = COHORT_SQL,
): Promise<DuckdbRun> {
  const server = await serve();
  const browser = await launchOnDisk();
  try {
    // Offline: any request that is not to the local server (a CDN, an extension) is reported.
    const requests: string[] = [];
    browser.context.on('request', (request) => requests.push(request.url()));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url);
    await page.evaluate(armInPage, { load: loadSql(clean), cohort: cohortSql });
    await page.waitForTimeout(500); // settled, as the app's page before its pick
    await page.locator('#duckdb-input').setInputFiles(file);
    const run = await page.evaluate(
      () => (window as unknown as { duckdb: Promise<PageRun> }).duckdb,
    );
    const peakMb = rendererMemory(browser.profile).peakMb;
    const elsewhere = requests.filter((url) => !url.startsWith(`${server.url}/`));
    if (elsewhere.length)
      console.log(`DuckDB page requested beyond 127.0.0.1: ${elsewhere.join(', ')}`);
    return { ...run, peakMb };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Compares DuckDB's cells with the ceiling's matrix (tests/bench/ceiling.ts: cell
 * first × span + k, months counted from `lo` = months since 2000-01 of the data's first).
 */
export function compareMatrix(
  run: DuckdbRun,
  ceiling: { lo: number; span: number; matrix: number[]; customers: number },
): string {
  const expected = ceiling.matrix.filter((v) => v > 0).length;
  let sizes = 0;
  const wrong: string[] = [];
  for (const [cohort, k, customers] of run.cells) {
    const [year, month] = cohort.split('-').map(Number) as [number, number];
    const first = (year - 2000) * 12 + month - 1 - ceiling.lo;
    const want = ceiling.matrix[first * ceiling.span + k];
    if (want !== customers) wrong.push(`${cohort}+${k}: ${customers} (ceiling ${want})`);
    if (k === 0) sizes += customers;
  }
  if (wrong.length || run.cells.length !== expected || sizes !== ceiling.customers) {
    return `DuckDB matrix DIFFERS from the ceiling's: ${run.cells.length} cells (ceiling ${expected}), cohort sizes sum ${sizes} (ceiling ${ceiling.customers} customers); ${wrong.slice(0, 3).join('; ')}`;
  }
  return `DuckDB matrix = ceiling's: ${expected} cells, ${sizes} customers in ${run.cells.filter((c) => c[1] === 0).length} cohorts`;
}
