/**
 * The rows an import hands the analytics worker are its stored rows: a file of several slices
 * and chunks, imported by the import worker's API in Node (fake-indexeddb), gives columns equal
 * to those read back from the stored chunks — also when the first slice's long lines make the
 * estimate of the rows to come too low, so that the joined columns grow.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, useDb } from '../../../src/storage/db.ts';
import { loadTransactions, type HandedColumns } from '../../../src/storage/datasets.ts';
import { api } from '../../../workers/import.api.ts';

beforeAll(() => useDb(openDb('tenure-handover-test')));

/** `rows` lines of transactions; ids padded to `idWidth` characters. */
function lines(from: number, rows: number, idWidth: number): string {
  let text = '';
  for (let i = from; i < from + rows; i++) {
    const id = `C${i % 5000}`.padEnd(idWidth, 'x');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    text += `${id},2023-${month}-${day},${(i % 1000) / 10}\n`;
  }
  return text;
}

async function importText(text: string, status = 'done') {
  const file = new Blob([text], { type: 'text/csv' });
  const { detection } = await api.detectFile(file);
  const outcome = await api.importTransactions(
    file,
    'orders.csv',
    detection.settings,
    detection.headers,
    () => {},
  );
  if (outcome.status !== status) throw new Error(`${outcome.status}, not ${status}`);
  if (outcome.status !== 'done' && outcome.status !== 'review') throw new Error('no data set');
  return outcome;
}

/**
 * The handed columns themselves (not loadTransactions' choice between them and the stored
 * ones, which falls back to the stored) hold the stored rows: `rows` of them.
 */
async function expectStoredRows(
  datasetId: string,
  handed: HandedColumns | undefined,
  rows: number,
) {
  const { customer, day, amount } = await loadTransactions(datasetId);
  expect(handed?.columns.day.length).toBe(rows);
  expect(handed?.columns).toEqual({ customer, day, amount });
}

describe('the rows an import hands over', () => {
  it('are the rows it stored, across slices and chunks', async () => {
    // ~5.5 MB: two 4 MB slices, four chunks or more.
    const outcome = await importText('customer_id,date,amount\n' + lines(0, 240_000, 8));
    expect(outcome.handed?.chunkCount).toBeGreaterThan(3);
    await expectStoredRows(outcome.datasetId, outcome.handed, 240_000);
  }, 60_000);

  it('grow past a first slice whose long lines promised fewer rows', async () => {
    const text = 'customer_id,date,amount\n' + lines(0, 40_000, 100) + lines(40_000, 200_000, 4);
    const outcome = await importText(text);
    await expectStoredRows(outcome.datasetId, outcome.handed, 240_000);
  }, 60_000);

  it('wait with an import under review, and come with its commit', async () => {
    const text = 'customer_id,date,amount\n' + lines(0, 150_000, 8) + 'C1,2023-13-45,5\n';
    const outcome = await importText(text, 'review');
    expect(outcome).not.toHaveProperty('handed');
    const committed = await api.commitImport(outcome.datasetId);
    await expectStoredRows(outcome.datasetId, committed.handed, 150_000);
  }, 60_000);
});
