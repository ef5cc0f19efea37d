import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import {
  beginDataset,
  commitDataset,
  deleteDataset,
  discardDataset,
  getDataset,
  getRejections,
  listDatasets,
  loadTransactions,
  putChunk,
  renameDataset,
  sweepUnfinished,
} from '../../../src/storage/datasets.ts';
import { layoutSignature, recallMapping, rememberMapping } from '../../../src/storage/workspace.ts';
import type {
  DayNumber,
  ImportSettings,
  TransactionColumns,
  TransactionSummary,
} from '../../../src/core/index.ts';

let db: TenureDb;
let counter = 0;

beforeEach(() => {
  db = openDb(`tenure-test-${counter++}`);
  useDb(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const settings: ImportSettings = {
  encoding: 'utf-8',
  delimiter: ',',
  hasHeader: true,
  decimal: '.',
  thousands: '',
  dateFormat: 'iso',
  columns: { customerId: 0, date: 1, amount: 2 },
};

function chunk(customer: number[], day: number[], amount: number[]): TransactionColumns {
  return {
    customer: Int32Array.from(customer),
    day: Int32Array.from(day),
    amount: Float64Array.from(amount),
    customerIds: [],
  };
}

const summary: TransactionSummary = {
  rows: 5,
  customers: 3,
  firstDay: 10 as DayNumber,
  lastDay: 14 as DayNumber,
  revenue: 50,
  refunds: 1,
  refundTotal: -5,
};

async function importTwoChunks(): Promise<string> {
  const id = await beginDataset({
    name: 'orders',
    kind: 'transactions',
    fileName: 'orders.csv',
    fileSize: 123,
    settings,
    headers: ['id', 'date', 'amount'],
    summary: null,
    rejectedCount: 0,
  });
  await putChunk(id, 0, chunk([0, 1, 0], [10, 11, 12], [10, 20, -5]));
  await putChunk(id, 1, chunk([2, 1], [13, 14], [15, 10]));
  return id;
}

describe('the atomic import protocol', () => {
  it('keeps an importing data set invisible until it is committed', async () => {
    const id = await importTwoChunks();
    expect(await listDatasets()).toEqual([]);
    expect(await getDataset(id)).toBeUndefined();

    await commitDataset(id, { summary, rejectedCount: 1 }, { customerIds: ['a', 'b', 'c'] }, [
      { line: 7, column: 'date', reason: 'unreadable date "x"' },
    ]);
    const [dataset] = await listDatasets();
    expect(dataset).toMatchObject({
      id,
      status: 'ready',
      chunkCount: 2,
      rejectedCount: 1,
      summary,
    });
    expect(await getRejections(id)).toEqual([
      { line: 7, column: 'date', reason: 'unreadable date "x"' },
    ]);
  });

  it('loads the chunks back as one set of columns, in order', async () => {
    const id = await importTwoChunks();
    await commitDataset(id, { summary }, { customerIds: ['a', 'b', 'c'] }, []);
    const columns = await loadTransactions(id);
    expect(Array.from(columns.customer)).toEqual([0, 1, 0, 2, 1]);
    expect(Array.from(columns.day)).toEqual([10, 11, 12, 13, 14]);
    expect(Array.from(columns.amount)).toEqual([10, 20, -5, 15, 10]);
    expect(columns.customerIds).toEqual(['a', 'b', 'c']);
    expect(columns.amount).toBeInstanceOf(Float64Array);
  });

  it('takes the rows an import hands over instead of reading them back, when they are the stored ones', async () => {
    const id = await importTwoChunks();
    await commitDataset(id, { summary }, { customerIds: ['a', 'b', 'c'] }, []);
    const read = await loadTransactions(id);
    const same = chunk([0, 1, 0, 2, 1], [10, 11, 12, 13, 14], [10, 20, -5, 15, 10]);
    expect(await loadTransactions(id, { chunkCount: 2, columns: same })).toEqual(read);
    // Chunks are written once, by the import: as many rows in as many chunks as stored are
    // taken as they are (told apart here by their amounts), never read back.
    const marked = { ...same, amount: same.amount.map((a) => a * 100) };
    const taken = await loadTransactions(id, { chunkCount: 2, columns: marked });
    expect(Array.from(taken.amount)).toEqual([1000, 2000, -500, 1500, 1000]);
    expect(taken.customerIds).toEqual(['a', 'b', 'c']);
    // Any other number of chunks or rows: the stored ones are read.
    expect(await loadTransactions(id, { chunkCount: 1, columns: marked })).toEqual(read);
    expect(await loadTransactions(id, { chunkCount: 3, columns: marked })).toEqual(read);
    const fewer = chunk([0, 1, 0, 2], [10, 11, 12, 13], [1, 2, 3, 4]);
    expect(await loadTransactions(id, { chunkCount: 2, columns: fewer })).toEqual(read);
  });

  it('leaves no trace of a discarded import', async () => {
    const id = await importTwoChunks();
    await discardDataset(id);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
  });

  it('sweeps imports that a closed tab left unfinished (lock free), and only those', async () => {
    const done = await importTwoChunks();
    await commitDataset(done, { summary }, { customerIds: ['a', 'b', 'c'] }, []);
    await importTwoChunks();
    const lockFree = () => Promise.resolve(new Set<string>());
    expect(await sweepUnfinished(lockFree)).toBe(1);
    expect((await listDatasets()).map((d) => d.id)).toEqual([done]);
    expect(await db.chunks.count()).toBe(2);
  });

  it("leaves another tab's live import alone (its lock is held), and its commit succeeds", async () => {
    const running = await importTwoChunks();
    const asked: string[][] = [];
    const lockHeld = (ids: readonly string[]) => (
      asked.push([...ids]),
      Promise.resolve(new Set(ids))
    );
    expect(await sweepUnfinished(lockHeld)).toBe(0);
    expect(asked).toEqual([[running]]);
    // Without Web Locks (Node) this thread's own locks count as held.
    expect(await sweepUnfinished()).toBe(0);
    await commitDataset(running, { summary }, { customerIds: ['a', 'b', 'c'] }, []);
    expect((await listDatasets()).map((d) => d.id)).toEqual([running]);
    expect(await db.chunks.count()).toBe(2);
    // Committed: the lock is let go and nothing is swept any more.
    expect(await sweepUnfinished()).toBe(0);
  });

  it('fails the commit loudly when the data set was swept or deleted meanwhile', async () => {
    const id = await importTwoChunks();
    await db.datasets.delete(id);
    await expect(
      commitDataset(id, { summary }, { customerIds: ['a', 'b', 'c'] }, []),
    ).rejects.toThrow(/interrupted/);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.dictionaries.count()).toBe(0);
    // A record that is already 'ready' is not committed again either.
    const other = await importTwoChunks();
    await commitDataset(other, { summary }, { customerIds: ['a', 'b', 'c'] }, []);
    await expect(commitDataset(other, { summary }, { customerIds: ['a'] }, [])).rejects.toThrow(
      /interrupted/,
    );
  });

  it('sweeps chunks without a data set record, unless their import still runs', async () => {
    const gone = await importTwoChunks();
    await discardDataset(gone);
    await putChunk(gone, 2, chunk([0], [1], [1])); // written after the record was deleted
    const live = await importTwoChunks();
    await db.datasets.delete(live);
    expect(
      await sweepUnfinished((ids) => Promise.resolve(new Set(ids.filter((i) => i === live)))),
    ).toBe(1);
    expect(await db.chunks.where('datasetId').equals(gone).count()).toBe(0);
    expect(await db.chunks.where('datasetId').equals(live).count()).toBe(2);
    expect(await sweepUnfinished(() => Promise.resolve(new Set()))).toBe(1);
    expect(await db.chunks.count()).toBe(0);
  });

  it('renames, refuses an empty name, and deletes everything of a data set', async () => {
    const id = await importTwoChunks();
    await commitDataset(id, { summary }, { customerIds: ['a', 'b', 'c'] }, []);
    await renameDataset(id, '  Client A 2024  ');
    expect((await getDataset(id))?.name).toBe('Client A 2024');
    await expect(renameDataset(id, '   ')).rejects.toThrow('needs a name');
    await deleteDataset(id);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
    expect(await db.dictionaries.count()).toBe(0);
    expect(await db.rejections.count()).toBe(0);
  });
});

describe('remembered mappings', () => {
  it('recalls the settings of a file with the same header, ignoring case and spaces', async () => {
    await rememberMapping(['Client', 'Date', 'Sum'], settings);
    expect(await recallMapping([' client', 'DATE ', 'sum'])).toEqual(settings);
    expect(await recallMapping(['Client', 'Date'])).toBeUndefined();
    expect(layoutSignature(['a', 'b'])).not.toBe(layoutSignature(['a,b']));
  });
});
