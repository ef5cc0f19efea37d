/**
 * The sample data set (public/sample/transactions.csv) stored as an import stores it: one
 * chunk of columns and the data set's dictionaries, committed. For worker modules tested in
 * Node without a Worker, over fake-indexeddb (the caller opens its own database first).
 */
import { loadTransactionsFile } from '../../src/cli/load.ts';
import { summarizeTransactions, type TransactionColumns } from '../../src/core/index.ts';
import { beginDataset, commitDataset, putChunk } from '../../src/storage/datasets.ts';

export async function storeSample(): Promise<{ id: string; columns: TransactionColumns }> {
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const id = await beginDataset({
    name: 'sample',
    kind: 'transactions',
    fileName: 'transactions.csv',
    fileSize: 1,
    settings: null,
    headers: [],
    summary: null,
    rejectedCount: 0,
  });
  const { customerIds, products, channels, orderIds, ...rest } = columns;
  await putChunk(id, 0, { ...rest, customerIds: [] });
  const summary = summarizeTransactions(columns);
  await commitDataset(id, { summary }, { customerIds, products, channels, orderIds }, []);
  return { id, columns };
}
