/**
 * Checks every record a backup would write before anything is written.
 *
 * A restore writes exactly what its preview shows: the data sets listed in the summary, each
 * whole and consistent (status 'ready', typed columns of equal length, indexes inside their
 * dictionaries, chunk, row and customer counts equal to the summary, the stored totals equal to
 * totals recomputed from the rows), plus workspace records of known kinds (mappings and a
 * whitelist of settings). Anything else refuses the whole file with a plain reason.
 */
import { mergeSummaries, summarizeTransactions, EMPTY_SUMMARY } from '../core/index.ts';
import type { TransactionSummary } from '../core/index.ts';
import { settingVerdict } from './backup-settings.ts';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Typed arrays a backup may hold, by name (looked up as own properties only). */
export const TYPED = {
  Int32Array,
  Float64Array,
  Uint8Array,
  Float32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
} as const;
export type TypedName = keyof typeof TYPED;

export function isTypedName(name: unknown): name is TypedName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(TYPED, name);
}

/** Settings a backup may carry, with the check of each value. */
type Rec = Record<string, unknown>;

function damaged(detail: string): never {
  throw new BackupError(`The backup file is damaged or was altered: ${detail}.`);
}

const isObject = (v: unknown): v is Rec => !!v && typeof v === 'object' && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isCount = (v: unknown): v is number => isInt(v) && v >= 0;
const isNum = (v: unknown): v is number => typeof v === 'number';
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
/** A dictionary: non-empty strings, each once (as an import builds it). */
const uniqueStrings = (v: unknown): v is string[] =>
  strings(v) && new Set(v).size === v.length && !v.includes('');
const nullableStrings = (v: unknown): v is (string | null)[] =>
  Array.isArray(v) && v.every(isStrOrNull);

/** A value from the file, short enough to quote in a message. */
function quote(value: unknown): string {
  if (typeof value !== 'string') return '(unreadable)';
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}

function need(ok: boolean, what: string): asserts ok {
  if (!ok) damaged(what);
}

/** Fails unless `record` has only the `allowed` keys. */
function onlyKeys(record: Rec, allowed: readonly string[], table: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) damaged(`a ${table} record has an unknown field ${quote(key)}`);
  }
}

function checkSettings(value: unknown, where: string): void {
  if (value === null) return;
  need(isObject(value), `${where} has no import settings`);
  const s = value;
  need(
    isStr(s.encoding) &&
      isStr(s.delimiter) &&
      typeof s.hasHeader === 'boolean' &&
      isStr(s.decimal) &&
      isStr(s.thousands) &&
      isStr(s.dateFormat) &&
      isObject(s.columns) &&
      Object.values(s.columns).every((c) => isCount(c)),
    `${where} has unreadable import settings`,
  );
}

function checkTotals(value: unknown, where: string): TransactionSummary {
  need(isObject(value), `${where} has no totals`);
  const s = value;
  need(
    isCount(s.rows) &&
      isCount(s.customers) &&
      (s.firstDay === null || isInt(s.firstDay)) &&
      (s.lastDay === null || isInt(s.lastDay)) &&
      isNum(s.revenue) &&
      isCount(s.refunds) &&
      isNum(s.refundTotal),
    `${where} has unreadable totals`,
  );
  return value as unknown as TransactionSummary;
}

const CHUNK_KEYS = {
  customer: Int32Array,
  day: Int32Array,
  amount: Float64Array,
  order: Int32Array,
  product: Int32Array,
  channel: Int32Array,
  quantity: Float64Array,
  cost: Float64Array,
} as const;
/** Chunk columns that index a dictionary, and the dictionary they index. */
const INDEXED = { order: 'orderIds', product: 'products', channel: 'channels' } as const;

/** Checks one transactions data set's chunks and dictionary against its record. */
function checkTransactions(dataset: Rec, chunks: Rec[], dictionary: Rec | undefined): void {
  const name = `data set ${quote(dataset.name)}`;
  need(!!dictionary, `${name} has no dictionary`);
  const dict = dictionary;
  onlyKeys(dict, ['datasetId', 'customerIds', 'orderIds', 'products', 'channels'], 'dictionary');
  need(uniqueStrings(dict.customerIds), `${name} has an unreadable customer list`);
  for (const list of Object.values(INDEXED)) {
    need(
      dict[list] === undefined || uniqueStrings(dict[list]),
      `${name} has an unreadable ${list}`,
    );
  }
  need(chunks.length === dataset.chunkCount, `${name} has a missing or extra chunk`);
  const sorted = [...chunks].sort((a, b) => (a.index as number) - (b.index as number));
  let totals = EMPTY_SUMMARY;
  // The same sums in one pass: imports made before chunked summaries stored these.
  let [revenue, refundTotal] = [0, 0];
  const shape = Object.keys(sorted[0] ?? {})
    .sort()
    .join();
  const customers = dict.customerIds.length;
  for (const [i, chunk] of sorted.entries()) {
    need(chunk.index === i, `${name} has a missing or repeated chunk`);
    onlyKeys(chunk, ['datasetId', 'index', ...Object.keys(CHUNK_KEYS)], 'chunk');
    need(Object.keys(chunk).sort().join() === shape, `${name} has chunks of different shapes`);
    const length = (chunk.day as { length?: number } | undefined)?.length ?? -1;
    for (const [key, Kind] of Object.entries(CHUNK_KEYS)) {
      const column = chunk[key];
      if (column === undefined && key !== 'customer' && key !== 'day' && key !== 'amount') continue;
      need(column instanceof Kind, `${name} has a column "${key}" of the wrong kind`);
      need((column as Int32Array).length === length, `${name} has columns of unequal length`);
    }
    const customer = chunk.customer as Int32Array;
    for (const c of customer) need(c >= 0 && c < customers, `${name} has an unknown customer`);
    for (const [key, list] of Object.entries(INDEXED)) {
      const column = chunk[key] as Int32Array | undefined;
      if (!column) continue;
      const size = (dict[list] as string[] | undefined)?.length;
      need(size !== undefined, `${name} has a column "${key}" without its list`);
      for (const v of column) need(v >= -1 && v < size, `${name} has an unknown ${key}`);
    }
    const columns = {
      customer,
      day: chunk.day as Int32Array,
      amount: chunk.amount as Float64Array,
    };
    totals = mergeSummaries(totals, summarizeTransactions({ ...columns, customerIds: [] }));
    for (const a of columns.amount) {
      revenue += a;
      if (a < 0) refundTotal += a;
    }
  }
  const stored = checkTotals(dataset.summary, name);
  need(
    stored.rows === totals.rows &&
      stored.customers === customers &&
      stored.firstDay === totals.firstDay &&
      stored.lastDay === totals.lastDay &&
      stored.refunds === totals.refunds &&
      // Exactly: summed as the import sums them (chunk by chunk, or in one pass before).
      ((Object.is(stored.revenue, totals.revenue) &&
        Object.is(stored.refundTotal, totals.refundTotal)) ||
        (Object.is(stored.revenue, revenue) && Object.is(stored.refundTotal, refundTotal))),
    `the totals of ${name} do not match its rows`,
  );
}

function checkPerCustomer(dataset: Rec, record: Rec | undefined): void {
  const name = `data set ${quote(dataset.name)}`;
  need(!!record, `${name} has no customers`);
  const r = record;
  onlyKeys(r, ['datasetId', 'ids', 'frequency', 'recency', 'T', 'monetary'], 'summary');
  need(strings(r.ids), `${name} has an unreadable customer list`);
  const n = r.ids.length;
  for (const key of ['frequency', 'recency', 'T', 'monetary']) {
    need(
      r[key] instanceof Float64Array && r[key].length === n,
      `${name} has an unreadable "${key}"`,
    );
  }
  need(dataset.summaryCustomers === n, `the customer count of ${name} does not match`);
}

function checkCustomersFile(r: Rec): void {
  const keys = ['ids', 'names', 'signupDay', 'segments', 'channels', 'acquisitionCost'];
  const optional = ['contractEndDay', 'plans'];
  onlyKeys(r, ['datasetId', ...keys, ...optional], 'customers');
  need(strings(r.ids), 'a customers file has an unreadable id list');
  const n = r.ids.length;
  for (const key of [...keys, ...optional]) {
    const v = r[key];
    if (v === undefined && optional.includes(key)) continue;
    const ok =
      key === 'ids' ||
      (key === 'signupDay' || key === 'contractEndDay'
        ? v instanceof Int32Array
        : key === 'acquisitionCost'
          ? v instanceof Float64Array
          : nullableStrings(v));
    need(ok && (v as unknown[]).length === n, `a customers file has an unreadable "${key}"`);
  }
}

/** Per-table record checks beyond the data set itself. */
const RECORD: Record<string, (r: Rec) => boolean> = {
  rejections: (r) =>
    Array.isArray(r.rows) &&
    r.rows.every(
      (row: unknown) =>
        isObject(row) && isNum(row.line) && isStrOrNull(row.column) && isStr(row.reason),
    ),
  overrides: (r) =>
    isStr(r.customerId) &&
    isStr(r.lane) &&
    isStr(r.fromLane) &&
    isNum(r.at) &&
    (r.reason === undefined || isStr(r.reason)),
  moves: (r) =>
    (r.id === undefined || isInt(r.id)) &&
    strings(r.customerIds) &&
    strings(r.fromLanes) &&
    r.fromLanes.length === r.customerIds.length &&
    isStr(r.toLane) &&
    isNum(r.at) &&
    (r.reason === undefined || isStr(r.reason)) &&
    (r.undoneAt === undefined || isNum(r.undoneAt)),
  boards: (r) => isObject(r.config) && isNum(r.updatedAt),
  scenarios: (r) => isStr(r.id) && isStr(r.name) && isNum(r.updatedAt) && r.body !== undefined,
};

/** The key that identifies a record in its table (duplicates would silently merge). */
const KEY: Record<string, (r: Rec) => unknown> = {
  dictionaries: (r) => r.datasetId,
  customers: (r) => r.datasetId,
  summaries: (r) => r.datasetId,
  rejections: (r) => r.datasetId,
  boards: (r) => r.datasetId,
  overrides: (r) => `${String(r.datasetId)}\u0000${String(r.customerId)}`,
  chunks: (r) => `${String(r.datasetId)}\u0000${String(r.index)}`,
  scenarios: (r) => r.id,
  mappings: (r) => r.signature,
  settings: (r) => r.key,
  datasets: (r) => r.id,
};

const DATASET_KEYS = [
  'id',
  'name',
  'kind',
  'status',
  'createdAt',
  'fileName',
  'fileSize',
  'settings',
  'headers',
  'summary',
  'summaryCustomers',
  'rejectedCount',
  'chunkCount',
  'importStats',
  'customersFile',
  'currency',
  'anonymised',
];

/**
 * Checks a whole backup (its summary and every table) and throws a BackupError at the first
 * problem. `tableNames` are the tables a restore writes.
 */
export function checkBackup(document: unknown, tableNames: readonly string[]): void {
  need(isObject(document) && isObject(document.summary), 'it has no summary');
  const { summary, tables } = document as { summary: Rec; tables: unknown };
  need(Array.isArray(summary.datasets) && isObject(summary.records), 'its summary is unreadable');
  need(isObject(tables), 'it has no tables');
  const listed = summary.datasets as unknown[];
  const ids = new Set<string>();
  for (const entry of listed) {
    const ok = isObject(entry) && isStr(entry.id) && isStr(entry.name);
    need(ok, 'its summary is unreadable');
    const id = entry.id as string;
    need(!ids.has(id), 'its summary lists a data set twice');
    ids.add(id);
  }
  const table = (name: string): Rec[] => {
    const records = tables[name] ?? [];
    need(Array.isArray(records), `its ${name} are unreadable`);
    need((records as unknown[]).every(isObject), `its ${name} are unreadable`);
    const count = (summary.records as Rec)[name] ?? 0;
    need((records as Rec[]).length === count, `it holds ${name} its summary does not count`);
    const seen = new Set<unknown>();
    for (const r of records as Rec[]) {
      if (name !== 'mappings' && name !== 'settings' && name !== 'datasets') {
        need(ids.has(r.datasetId as string), `it holds ${name} of a data set it does not list`);
      }
      const key = KEY[name]?.(r);
      if (key === undefined) continue;
      need(!seen.has(key), `it holds the same ${name} record twice`);
      seen.add(key);
    }
    return records as Rec[];
  };
  for (const name of Object.keys(tables)) {
    need(tableNames.includes(name), `it holds an unknown table ${quote(name)}`);
  }
  const all = Object.fromEntries(tableNames.map((name) => [name, table(name)]));
  const byDataset = (name: string, id: string) => all[name]!.filter((r) => r.datasetId === id);

  need(all.datasets!.length === ids.size, 'its data sets do not match its summary');
  for (const entry of listed as Rec[]) {
    const dataset = all.datasets!.find((r) => r.id === entry.id);
    need(!!dataset, `data set ${quote(entry.name)} is listed but missing`);
    const d = dataset;
    const name = `data set ${quote(entry.name)}`;
    onlyKeys(d, DATASET_KEYS, 'data set');
    need(d.customersFile === undefined || isStr(d.customersFile), `${name} is unreadable`);
    need(d.importStats === undefined || isObject(d.importStats), `${name} is unreadable`);
    // Both absent in backups made before currencies and workshop packs.
    const currencyOk =
      d.currency === undefined || (isStr(d.currency) && /^[A-Z]{3}$/.test(d.currency));
    need(currencyOk, `${name} has an unreadable currency`);
    need(d.anonymised === undefined || typeof d.anonymised === 'boolean', `${name} is unreadable`);
    need(d.status === 'ready', `${name} is not complete`);
    need(d.name === entry.name, `the name of ${name} does not match its summary`);
    need(
      isStr(d.fileName) &&
        isNum(d.fileSize) &&
        isNum(d.createdAt) &&
        strings(d.headers) &&
        isCount(d.rejectedCount) &&
        isCount(d.chunkCount),
      `${name} is unreadable`,
    );
    checkSettings(d.settings, name);
    const totals = d.summary === null ? null : checkTotals(d.summary, name);
    need(
      entry.rows === (totals?.rows ?? null) &&
        entry.customers === (totals?.customers ?? d.summaryCustomers ?? null),
      `the counts of ${name} do not match its summary`,
    );
    const [dictionary, ...extra] = byDataset('dictionaries', d.id as string);
    const [perCustomer, ...more] = byDataset('summaries', d.id as string);
    need(extra.length === 0 && more.length === 0, `${name} is stored twice`);
    if (d.kind === 'transactions') {
      need(!perCustomer, `${name} mixes two kinds of data`);
      checkTransactions(d, byDataset('chunks', d.id as string), dictionary);
    } else {
      need(d.kind === 'summary', `${name} is of an unknown kind`);
      need(!dictionary && d.chunkCount === 0, `${name} mixes two kinds of data`);
      checkPerCustomer(d, perCustomer);
    }
  }
  for (const r of all.customers!) checkCustomersFile(r);
  for (const [name, ok] of Object.entries(RECORD)) {
    for (const r of all[name] ?? []) need(ok(r), `a record of its ${name} is unreadable`);
  }
  for (const r of all.mappings!) {
    need(isStr(r.signature) && isNum(r.savedAt), 'a remembered mapping is unreadable');
    checkSettings(r.settings, 'a remembered mapping');
    need(r.settings !== null, 'a remembered mapping is unreadable');
  }
  for (const r of all.settings!) {
    const verdict = settingVerdict(r.key, r.value, ids);
    need(verdict !== 'unknown', `it holds an unknown setting ${quote(r.key)}`);
    need(verdict === 'ok', `its setting ${quote(r.key)} is unreadable`);
  }
}
