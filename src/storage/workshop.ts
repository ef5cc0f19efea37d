/**
 * The anonymised workshop pack: chosen data sets in the backup format (backup.ts), with
 * customer and order ids replaced by stable pseudonyms, the customers file's text columns
 * dropped unless kept, rejected rows and free-text move reasons left out, and every date
 * optionally shifted by a constant number of days.
 *
 * A pseudonym is the first 64 bits of HMAC-SHA-256 over the id, in hex, under a key made by
 * WebCrypto as non-extractable and kept in this browser's `secrets` table (never in a backup
 * or a pack): the same customer gets the same pseudonym in every data set of a pack and in
 * later packs, until the user resets the key. The pack's data sets get new ids (a restore adds
 * them beside the originals) and are marked `anonymised`. Figures do not depend on id strings,
 * and a constant shift keeps every gap between dates, so the metrics of the pack equal the
 * original's (period-bucketed ones exactly when the shift keeps the calendar: a multiple of 7
 * days for weeks, of 10 227 days — 28 years — for months, quarters and weekdays).
 */
import {
  db,
  type ChunkRecord,
  type CustomersRecord,
  type DatasetRecord,
  type DictionaryRecord,
} from './db.ts';
import { BACKUP_FORMAT, encodeBackup, type BackupSummary } from './backup.ts';
import { guarded } from './errors.ts';

/** Text columns of a customers file a pack may keep (names: replaced by the pseudonym). */
export const CUSTOMER_TEXT_COLUMNS = ['names', 'segments', 'channels', 'plans'] as const;
export type CustomerTextColumn = (typeof CUSTOMER_TEXT_COLUMNS)[number];

export interface WorkshopOptions {
  /** The data sets to pack (ready ones; in this order). */
  datasetIds: string[];
  /** Customers-file columns kept as they are. Names not kept become the pseudonym. */
  keep: CustomerTextColumn[];
  /** Whole days added to every date (negative: earlier). */
  shiftDays: number;
}

/** Days that keep weekdays, months and leap days in 1901–2099: 28 Gregorian years. */
export const CALENDAR_SHIFT = 10_227;

const KEY = 'workshopKey';

/** This browser's workshop key, made on first use. */
export async function workshopKey(): Promise<CryptoKey> {
  const d = db();
  const stored = await d.secrets.get(KEY);
  if (stored) return stored.value;
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Another tab may have made one meanwhile: the first one stored wins.
  return d.transaction('rw', d.secrets, async () => {
    const first = await d.secrets.get(KEY);
    if (first) return first.value;
    await d.secrets.put({ key: KEY, value: key });
    return key;
  });
}

/** Forgets the key: the next pack gives every customer a new pseudonym. */
export async function resetWorkshopKey(): Promise<void> {
  await guarded('reset the workshop key', () => db().secrets.delete(KEY));
}

/** Maps ids to pseudonyms under `key`: "C-" or "O-" and 16 hex digits; cached per id. */
export function pseudonymiser(key: CryptoKey) {
  const cache = new Map<string, string>();
  const encoder = new TextEncoder();
  const one = async (kind: 'C' | 'O', value: string): Promise<string> => {
    const input = `${kind}\u0000${value}`;
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(input)));
    const hex = Array.from(mac.subarray(0, 8), (b) => b.toString(16).padStart(2, '0'));
    const name = `${kind}-${hex.join('')}`;
    cache.set(input, name);
    return name;
  };
  /** Pseudonyms of a list of distinct ids, which stay distinct (else an error). */
  return async (kind: 'C' | 'O', values: readonly string[]): Promise<string[]> => {
    const out: string[] = [];
    for (let at = 0; at < values.length; at += 2048) {
      const part = values.slice(at, at + 2048);
      out.push(...(await Promise.all(part.map((v) => one(kind, v)))));
    }
    if (new Set(out).size !== new Set(values).size) {
      throw new Error('Two ids got the same pseudonym: reset the workshop key and try again.');
    }
    return out;
  };
}

const shiftDays = (days: Int32Array, by: number, missing: boolean): Int32Array =>
  Int32Array.from(days, (d) => (missing && d === -1 ? -1 : d + by));

type Pseudonyms = ReturnType<typeof pseudonymiser>;

async function packCustomers(
  record: CustomersRecord,
  datasetId: string,
  names: Pseudonyms,
  options: WorkshopOptions,
): Promise<CustomersRecord> {
  const ids = await names('C', record.ids);
  const keep = (c: CustomerTextColumn) => options.keep.includes(c);
  const blank = (list: (string | null)[]) => list.map(() => null);
  return {
    ...record,
    datasetId,
    ids,
    names: keep('names') ? record.names : record.names.map((n, i) => (n === null ? null : ids[i]!)),
    segments: keep('segments') ? record.segments : blank(record.segments),
    channels: keep('channels') ? record.channels : blank(record.channels),
    plans: keep('plans') ? record.plans : blank(record.plans),
    signupDay: shiftDays(record.signupDay, options.shiftDays, true),
    ...(record.contractEndDay && {
      contractEndDay: shiftDays(record.contractEndDay, options.shiftDays, true),
    }),
  };
}

/**
 * The pack's file bytes and summary. Throws when a shift takes a date before 1970-01-01
 * (day −1 marks a missing date) or a data set is not ready.
 */
export async function createWorkshopPack(
  options: WorkshopOptions,
  onProgress: (fraction: number) => void = () => {},
): Promise<{ bytes: Uint8Array; summary: BackupSummary }> {
  if (!Number.isSafeInteger(options.shiftDays)) throw new Error('The shift must be whole days.');
  const d = db();
  const names = pseudonymiser(await workshopKey());
  const shift = options.shiftDays;
  const tables = {
    datasets: [] as DatasetRecord[],
    chunks: [] as ChunkRecord[],
    dictionaries: [] as DictionaryRecord[],
    customers: [] as CustomersRecord[],
    summaries: [] as unknown[],
    rejections: [] as unknown[],
    mappings: [] as unknown[],
    settings: [] as unknown[],
    overrides: [] as unknown[],
    moves: [] as unknown[],
    boards: [] as unknown[],
    scenarios: [] as unknown[],
  };
  for (const [n, sourceId] of options.datasetIds.entries()) {
    const dataset = await d.datasets.get(sourceId);
    if (dataset?.status !== 'ready') throw new Error('A data set to pack is not ready.');
    const id = crypto.randomUUID();
    const summary = dataset.summary && {
      ...dataset.summary,
      firstDay: dataset.summary.firstDay === null ? null : dataset.summary.firstDay + shift,
      lastDay: dataset.summary.lastDay === null ? null : dataset.summary.lastDay + shift,
    };
    if (summary?.firstDay !== undefined && summary.firstDay !== null && summary.firstDay < 0) {
      throw new Error('The shift takes dates before 1970-01-01: choose a smaller one.');
    }
    tables.datasets.push({
      ...dataset,
      id,
      summary: summary as DatasetRecord['summary'],
      anonymised: true,
    });
    const chunks = await d.chunks.where('datasetId').equals(sourceId).toArray();
    for (const chunk of chunks) {
      tables.chunks.push({ ...chunk, datasetId: id, day: shiftDays(chunk.day, shift, false) });
    }
    const dictionary = await d.dictionaries.get(sourceId);
    if (dictionary) {
      tables.dictionaries.push({
        ...dictionary,
        datasetId: id,
        customerIds: await names('C', dictionary.customerIds),
        ...(dictionary.orderIds && { orderIds: await names('O', dictionary.orderIds) }),
      });
    }
    const customers = await d.customers.get(sourceId);
    if (customers) tables.customers.push(await packCustomers(customers, id, names, options));
    const perCustomer = await d.summaries.get(sourceId);
    if (perCustomer) {
      tables.summaries.push({
        ...perCustomer,
        datasetId: id,
        ids: await names('C', perCustomer.ids),
      });
    }
    // Rejected rows quote the file's cells: left out (their count stays on the data set).
    if (await d.rejections.get(sourceId)) tables.rejections.push({ datasetId: id, rows: [] });
    // Reasons typed by the user for a move are free text: left out.
    for (const o of await d.overrides.where('datasetId').equals(sourceId).toArray()) {
      const [customerId] = await names('C', [o.customerId]);
      const override = { ...o, datasetId: id, customerId: customerId! };
      delete override.reason;
      tables.overrides.push(override);
    }
    for (const m of await d.moves.where('datasetId').equals(sourceId).toArray()) {
      const move = { ...m, datasetId: id, customerIds: await names('C', m.customerIds) };
      delete move.reason;
      delete move.id;
      tables.moves.push(move);
    }
    const board = await d.boards.get(sourceId);
    if (board) tables.boards.push({ ...board, datasetId: id });
    for (const s of await d.scenarios.where('datasetId').equals(sourceId).toArray()) {
      tables.scenarios.push({ ...s, id: crypto.randomUUID(), datasetId: id });
    }
    onProgress((0.8 * (n + 1)) / options.datasetIds.length);
  }
  const summary: BackupSummary = {
    format: BACKUP_FORMAT,
    createdAt: Date.now(),
    datasets: tables.datasets.map((r) => ({
      id: r.id,
      name: r.name,
      rows: r.summary?.rows ?? null,
      customers: r.summary?.customers ?? r.summaryCustomers ?? null,
    })),
    records: Object.fromEntries(
      Object.entries(tables).map(([name, records]) => [name, records.length]),
    ) as BackupSummary['records'],
  };
  const bytes = await encodeBackup({ summary, tables });
  onProgress(1);
  return { bytes, summary };
}
