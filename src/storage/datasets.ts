/**
 * Data sets: the atomic write protocol of an import and the reads every screen builds on.
 *
 * An import creates the data set with status 'importing', appends chunks as rows arrive,
 * and `commitDataset` flips it to 'ready' together with its dictionaries and rejections in
 * one transaction. `discardDataset` removes every trace; `sweepUnfinished` does the same on
 * start-up for an import that a closed tab left behind. A running import holds a Web Lock
 * (import-locks.ts) from `beginDataset` until it is committed or discarded, so a start in
 * another tab can tell a live import from an abandoned one.
 */
import {
  db,
  type ChunkRecord,
  type CustomersRecord,
  type DatasetRecord,
  type DictionaryRecord,
  type SummaryRecord,
} from './db.ts';
export { CHUNK_ROWS } from './db.ts';
import { guarded } from './errors.ts';
import {
  acquireImportLock,
  heldImports,
  releaseImportLock,
  whenImportLockFree,
  type HeldImports,
} from './import-locks.ts';
import { JoinedColumns } from '../core/index.ts';
import type { RejectedRow, TransactionColumns, TypedColumns } from '../core/index.ts';

const DATA_TABLES = [
  'chunks',
  'dictionaries',
  'customers',
  'summaries',
  'rejections',
  'results',
] as const;

export type NewDataset = Omit<DatasetRecord, 'id' | 'status' | 'createdAt' | 'chunkCount'>;

/**
 * Creates a data set in the 'importing' state and returns its id. The import's lock is taken
 * first, so no other tab ever sees the record without the lock; it is released by
 * `commitDataset` or `discardDataset`.
 */
export async function beginDataset(meta: NewDataset): Promise<string> {
  const id = crypto.randomUUID();
  await acquireImportLock(id);
  try {
    await guarded('start the import', () =>
      db().datasets.add({ ...meta, id, status: 'importing', createdAt: Date.now(), chunkCount: 0 }),
    );
  } catch (error) {
    releaseImportLock(id);
    throw error;
  }
  return id;
}

/** Thrown when an import's data set was deleted or changed while it ran (e.g. by another tab). */
export class ImportInterruptedError extends Error {
  constructor() {
    super(
      'The import was interrupted: its data set was removed while it ran (by another tab or window, or by "Delete everything"). Nothing was kept; import the file again.',
    );
    this.name = 'ImportInterruptedError';
  }
}

/** Stores one chunk of an importing data set. Arrays must own their buffers (use slice()). */
export function putChunk(datasetId: string, index: number, columns: TransactionColumns) {
  return putChunks(datasetId, index, [columns]);
}

/**
 * Stores chunks `first`, `first + 1`, … of an importing data set in one transaction: writes
 * to one table run one transaction at a time, and each waits for the writing worker to be
 * free to hear that the one before it finished, so fewer, larger ones finish sooner after a
 * busy scan (measured: 14 chunk writes left at 4 ms each once the 1M-row scan was done).
 * Arrays must own their buffers (use slice()).
 */
export async function putChunks(
  datasetId: string,
  first: number,
  chunks: readonly TransactionColumns[],
): Promise<void> {
  const records = chunks.map((columns, i) => {
    const record: ChunkRecord = {
      datasetId,
      index: first + i,
      customer: columns.customer,
      day: columns.day,
      amount: columns.amount,
    };
    for (const key of ['order', 'product', 'channel', 'quantity', 'cost'] as const) {
      const column = columns[key];
      if (column) Object.assign(record, { [key]: column });
    }
    return record;
  });
  await guarded('store the imported rows', () => db().chunks.bulkPut(records));
}

/** Makes an importing data set visible, with its dictionaries and rejected rows. */
export async function commitDataset(
  datasetId: string,
  changes: Partial<DatasetRecord>,
  dictionaries: Omit<DictionaryRecord, 'datasetId'> | null,
  rejected: RejectedRow[],
): Promise<void> {
  const d = db();
  await guarded('finish the import', () =>
    d.transaction('rw', ['datasets', 'chunks', 'dictionaries', 'rejections'], async () => {
      const record = await d.datasets.get(datasetId);
      // Fails loudly (and rolls back) rather than reporting an import that is not stored.
      if (record?.status !== 'importing') throw new ImportInterruptedError();
      if (dictionaries) await d.dictionaries.put({ datasetId, ...dictionaries });
      await d.rejections.put({ datasetId, rows: rejected });
      const chunkCount = await d.chunks.where('datasetId').equals(datasetId).count();
      await d.datasets.update(datasetId, { ...changes, chunkCount, status: 'ready' });
    }),
  );
  releaseImportLock(datasetId);
}

/** Deletes a data set and everything stored for it. */
export async function deleteDataset(datasetId: string): Promise<void> {
  const d = db();
  await guarded('delete the data set', () =>
    d.transaction('rw', ['datasets', ...DATA_TABLES], async () => {
      for (const table of DATA_TABLES) await d[table].where('datasetId').equals(datasetId).delete();
      await d.datasets.delete(datasetId);
    }),
  );
}

/** Removes an import that did not finish (every trace), and lets go of its lock. */
export async function discardDataset(datasetId: string): Promise<void> {
  try {
    await deleteDataset(datasetId);
  } finally {
    releaseImportLock(datasetId);
  }
}

/**
 * Deletes what imports abandoned by a closed tab left behind: data sets still 'importing'
 * whose import lock is free, and chunks whose data set record is gone. Another tab's live
 * import holds its lock and is left alone. Returns how many data sets (or orphan chunk sets)
 * were removed. `held` is injectable for tests.
 */
export async function sweepUnfinished(held: HeldImports = heldImports): Promise<number> {
  const d = db();
  // Candidates first, the lock check second: an import's lock is taken before its record is
  // written, so a candidate whose lock is free now was not running when it was read.
  const [importing, known, chunked] = await d.transaction('r', ['datasets', 'chunks'], async () => [
    await d.datasets.where('status').equals('importing').primaryKeys(),
    new Set(await d.datasets.toCollection().primaryKeys()),
    (await d.chunks.orderBy('datasetId').uniqueKeys()) as string[],
  ]);
  const orphans = chunked.filter((id) => !known.has(id));
  const candidates = [...importing, ...orphans];
  if (candidates.length === 0) return 0;
  const live = await held(candidates);
  let swept = 0;
  for (const id of candidates) {
    if (live.has(id)) {
      // Another tab's import, or one still shutting down (a reload): swept if it is left over
      // once its lock is free.
      whenImportLockFree(id, () => sweepOne(id));
    } else if (await sweepOne(id)) swept++;
  }
  return swept;
}

/** Deletes an abandoned import (or orphan chunks) unless it was committed meanwhile. */
async function sweepOne(id: string): Promise<boolean> {
  const d = db();
  return guarded('clean up an unfinished import', () =>
    d.transaction('rw', ['datasets', ...DATA_TABLES], async () => {
      const record = await d.datasets.get(id);
      // Re-checked: it may have been committed meanwhile.
      if (record && record.status !== 'importing') return false;
      for (const table of DATA_TABLES) await d[table].where('datasetId').equals(id).delete();
      if (record) await d.datasets.delete(id);
      return true;
    }),
  );
}

/** Ready data sets, newest first. */
export async function listDatasets(): Promise<DatasetRecord[]> {
  const all = await db().datasets.where('status').equals('ready').toArray();
  return all.sort((a, b) => b.createdAt - a.createdAt);
}

export async function getDataset(datasetId: string): Promise<DatasetRecord | undefined> {
  const record = await db().datasets.get(datasetId);
  return record?.status === 'ready' ? record : undefined;
}

export async function renameDataset(datasetId: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A data set needs a name.');
  await guarded('rename the data set', () => db().datasets.update(datasetId, { name: trimmed }));
}

/** Sets the currency of a data set's money figures (an ISO 4217 code). */
export async function setDatasetCurrency(datasetId: string, currency: string): Promise<void> {
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`Not a currency code: ${currency}`);
  await guarded('change the currency', () => db().datasets.update(datasetId, { currency }));
}

export async function getRejections(datasetId: string): Promise<RejectedRow[]> {
  return (await db().rejections.get(datasetId))?.rows ?? [];
}

/**
 * An import's rows handed over by the import worker as one set of columns (core
 * JoinedColumns), with the number of chunks it stored them in.
 */
export interface HandedColumns {
  chunkCount: number;
  columns: TypedColumns;
}

/**
 * All transactions of a data set as one set of columns (chunks concatenated in order).
 * `handed`: its rows as the import stored them, handed over whole, so that only the
 * dictionaries are read (reading the chunks back and joining them is ~100 ms and ~40 MB at 1M
 * rows). They are taken when the data set has as many chunks and rows stored — chunks are
 * written once, by its import — and otherwise the stored ones are read.
 */
export async function loadTransactions(
  datasetId: string,
  handed?: HandedColumns,
): Promise<TransactionColumns> {
  const d = db();
  return d.transaction('r', ['datasets', 'chunks', 'dictionaries'], async () => {
    const fromImport = handed !== undefined && (await isStored(datasetId, handed));
    const [chunks, dictionary] = await Promise.all([
      fromImport
        ? []
        : d.chunks
            .where('[datasetId+index]')
            .between([datasetId, 0], [datasetId, Infinity])
            .toArray(),
      d.dictionaries.get(datasetId),
    ]);
    if (!dictionary) throw new Error(`No transactions are stored for data set ${datasetId}.`);
    return fromImport
      ? withDictionaries(handed.columns, dictionary)
      : concatChunks(chunks, dictionary);
  });
}

/** Whether the handed rows are the stored ones: as many chunks, as many rows. */
async function isStored(datasetId: string, { chunkCount, columns }: HandedColumns) {
  const d = db();
  const [record, stored] = await Promise.all([
    d.datasets.get(datasetId),
    d.chunks.where('datasetId').equals(datasetId).count(),
  ]);
  return record?.summary?.rows === columns.day.length && stored === chunkCount;
}

/** The chunks joined in order (room made for all their rows at once), with the dictionaries. */
function concatChunks(chunks: readonly ChunkRecord[], dictionary: DictionaryRecord) {
  const rows = chunks.reduce((n, c) => n + c.day.length, 0);
  const joined = new JoinedColumns();
  for (const chunk of chunks) joined.append(chunk, rows);
  return withDictionaries(joined.columns(), dictionary);
}

function withDictionaries(columns: TypedColumns, dictionary: DictionaryRecord): TransactionColumns {
  const { customerIds, orderIds, products, channels } = dictionary;
  return {
    ...columns,
    customerIds,
    ...(orderIds && { orderIds }),
    ...(products && { products }),
    ...(channels && { channels }),
  };
}

/** Joins a customers file to a data set, replacing an earlier one, in one transaction. */
export async function putCustomers(
  datasetId: string,
  record: Omit<CustomersRecord, 'datasetId'>,
  fileName: string,
): Promise<void> {
  const d = db();
  await guarded('store the customers file', () =>
    d.transaction('rw', ['datasets', 'customers', 'results'], async () => {
      if (!(await d.datasets.get(datasetId))) throw new Error('The data set no longer exists.');
      await d.customers.put({ datasetId, ...record });
      // Results computed without the customers' attributes are stale now.
      await d.results.where('datasetId').equals(datasetId).delete();
      await d.datasets.update(datasetId, { customersFile: fileName });
    }),
  );
}

export async function getCustomers(datasetId: string): Promise<CustomersRecord | undefined> {
  return db().customers.get(datasetId);
}

/** Stores a per-customer summary file as a new, ready data set in one transaction. */
export async function createSummaryDataset(
  meta: NewDataset,
  record: Omit<SummaryRecord, 'datasetId'>,
  rejected: RejectedRow[],
): Promise<string> {
  const d = db();
  const id = crypto.randomUUID();
  await guarded('store the summary file', () =>
    d.transaction('rw', ['datasets', 'summaries', 'rejections'], async () => {
      await d.summaries.put({ datasetId: id, ...record });
      await d.rejections.put({ datasetId: id, rows: rejected });
      await d.datasets.add({ ...meta, id, status: 'ready', createdAt: Date.now(), chunkCount: 0 });
    }),
  );
  return id;
}

export async function getSummary(datasetId: string): Promise<SummaryRecord | undefined> {
  return db().summaries.get(datasetId);
}
