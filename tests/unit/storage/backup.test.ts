import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import {
  beginDataset,
  commitDataset,
  listDatasets,
  loadTransactions,
  putChunk,
  putCustomers,
} from '../../../src/storage/datasets.ts';
import {
  BACKUP_FORMAT,
  createBackup,
  deleteEverything,
  encodeBackup,
  readBackup,
  restoreBackup,
} from '../../../src/storage/backup.ts';
import { rememberMapping, recallMapping } from '../../../src/storage/workspace.ts';
import {
  createScenario,
  listScenarios,
  readDraft,
  writeDraft,
} from '../../../src/storage/scenarios.ts';
import {
  cohortMatrix,
  type DayNumber,
  type ImportSettings,
  type TransactionColumns,
} from '../../../src/core/index.ts';

let db: TenureDb;
let n = 0;
beforeEach(() => {
  db = openDb(`tenure-backup-${n++}`);
  useDb(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const settings: ImportSettings = {
  encoding: 'windows-1251',
  delimiter: ';',
  hasHeader: true,
  decimal: ',',
  thousands: ' ',
  dateFormat: 'dmy',
  columns: { customerId: 0, date: 1, amount: 2 },
};

async function sampleWorkspace(): Promise<string> {
  const id = await beginDataset({
    name: 'Клиент А',
    kind: 'transactions',
    fileName: 'orders.csv',
    fileSize: 10,
    settings,
    headers: ['Клиент', 'Дата', 'Сумма'],
    summary: null,
    rejectedCount: 1,
  });
  const chunk: TransactionColumns = {
    customer: Int32Array.from([0, 1, 0, 2]),
    day: Int32Array.from([19_000, 19_010, 19_040, 19_041]),
    amount: Float64Array.from([10.5, -2, 30.25, 7]),
    customerIds: [],
  };
  await putChunk(id, 0, chunk);
  await commitDataset(
    id,
    {
      summary: {
        rows: 4,
        customers: 3,
        firstDay: 19_000 as DayNumber,
        lastDay: 19_041 as DayNumber,
        revenue: 45.75,
        refunds: 1,
        refundTotal: -2,
      },
    },
    { customerIds: ['a', 'b', 'c'] },
    [{ line: 3, column: 'Дата', reason: 'unreadable date "31.02.2024"' }],
  );
  await putCustomers(
    id,
    {
      ids: ['a', 'b'],
      names: ['Анна', null],
      signupDay: Int32Array.from([18_990, -1]),
      segments: [null, 'VIP'],
      channels: ['web', 'shop'],
      acquisitionCost: Float64Array.from([12, NaN]),
      contractEndDay: Int32Array.from([-1, -1]),
      plans: [null, null],
    },
    'customers.csv',
  );
  await rememberMapping(['Клиент', 'Дата', 'Сумма'], settings);
  return id;
}

describe('backup and restore', () => {
  it('backup → delete everything → restore gives identical data and computed results', async () => {
    const id = await sampleWorkspace();
    const before = await loadTransactions(id);
    const cohortsBefore = cohortMatrix(before, { grain: 'month', metric: 'revenue' });
    const { bytes, summary } = await createBackup();
    expect(summary.datasets).toEqual([{ id, name: 'Клиент А', rows: 4, customers: 3 }]);

    await deleteEverything();
    expect(await listDatasets()).toEqual([]);

    await restoreBackup(await readBackup(bytes));
    const after = await loadTransactions(id);
    expect(after).toEqual(before);
    expect(after.amount).toBeInstanceOf(Float64Array);
    expect(cohortMatrix(after, { grain: 'month', metric: 'revenue' })).toEqual(cohortsBefore);
    expect((await db.customers.get(id))?.acquisitionCost).toEqual(Float64Array.from([12, NaN]));
    expect(await recallMapping(['Клиент', 'Дата', 'Сумма'])).toEqual(settings);
    expect((await db.rejections.get(id))?.rows).toHaveLength(1);
  });

  it('carries the scenario being edited (the draft) with its data set, out of the list', async () => {
    const id = await sampleWorkspace();
    await createScenario(id, 'Saved plan', { spend: 1 });
    await writeDraft(id, { version: 1, spend: 2 });
    const { bytes } = await createBackup();
    await deleteEverything();
    expect(await readDraft(id)).toBeUndefined();
    await restoreBackup(await readBackup(bytes));
    expect(await readDraft(id)).toEqual({ version: 1, spend: 2 });
    expect((await listScenarios(id)).map((r) => r.name)).toEqual(['Saved plan']);
  });

  it('refuses damaged, truncated, foreign and newer files with a clear reason', async () => {
    await sampleWorkspace();
    const { bytes } = await createBackup();
    const flipped = bytes.slice();
    flipped[bytes.length - 20]! ^= 0xff;
    await expect(readBackup(flipped)).rejects.toThrow(/damaged/);
    await expect(readBackup(bytes.slice(0, bytes.length - 30))).rejects.toThrow(/damaged/);
    await expect(readBackup(new TextEncoder().encode('id,date,amount\n'))).rejects.toThrow(
      'not a Tenure backup',
    );
    const document = await readBackup(bytes);
    const newer = await encodeBackup({
      ...document,
      summary: { ...document.summary, format: BACKUP_FORMAT + 1 },
    });
    await expect(readBackup(newer)).rejects.toThrow(/newer version/);
  });

  it('restoring keeps data sets that are not in the backup', async () => {
    const first = await sampleWorkspace();
    const { bytes } = await createBackup();
    const second = await sampleWorkspace();
    await restoreBackup(await readBackup(bytes));
    expect((await listDatasets()).map((d) => d.id).sort()).toEqual([first, second].sort());
  });
});
