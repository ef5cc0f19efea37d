/**
 * The import worker's API: bytes → decode → parse → validate → storage, off the UI thread.
 *
 * A file is read in slices, decoded with a streaming TextDecoder, split into rows and
 * validated by core; accepted rows are written to IndexedDB as typed-array chunks as they
 * arrive. The data set stays invisible ('importing') until it is committed, so cancelling,
 * failing or closing the tab leaves nothing behind. Detection is import/detect.ts, the
 * transactions import import/transactions.ts, customers and summary files import/files.ts.
 */
import { transfer } from 'comlink';
import { columnBuffers, type ImportSettings } from '../src/core/index.ts';
import { deleteEverything } from '../src/storage/backup.ts';
import type { HandedColumns } from '../src/storage/datasets.ts';
import { openStorage } from '../src/storage/workspace.ts';
import { backupApi } from './import/backup-api.ts';
import { detectApi, type FileDetection } from './import/detect.ts';
import { requestFastCancel } from './import/fast-stream.ts';
import { fileApi } from './import/files.ts';
import {
  commitPending,
  discardPending,
  forgetPending,
  type CommittedImport,
  type ImportOutcome,
} from './import/pending.ts';
import { requestCancel, type ImportProgress, type ImportStats } from './import/stream.ts';
import { importTransactions, type ImportRecheck } from './import/transactions.ts';
import { cancelWorkbook, tableSource, type WorkbookInfo } from './import/xlsx-source.ts';
import { workshopApi } from './import/workshop.ts';

export type {
  FileDetection,
  ImportOutcome,
  ImportProgress,
  ImportRecheck,
  ImportStats,
  WorkbookInfo,
};

export const api = {
  /**
   * Opens the database while the user picks a file, so detection's recall of a remembered
   * mapping and the import's first writes need not wait for it (a failure shows there).
   */
  async prepare(): Promise<void> {
    await openStorage().catch(() => undefined);
  },
  ...workshopApi,
  ...detectApi,

  /**
   * Imports a transactions file as a new data set. With rejected rows the data set waits
   * for `commitImport` or `discardImport` (status 'review'); otherwise it is committed.
   * `currency`: the ISO 4217 code of its amounts (as shown and confirmed at the mapping step).
   */
  async importTransactions(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
    onProgress: (progress: ImportProgress) => void,
    recheck: ImportRecheck | null = { fixed: {}, seen: [] },
    currency?: string,
  ): Promise<ImportOutcome> {
    const table = await tableSource(file, settings.sheet, onProgress);
    if (table === 'cancelled') return { status: 'cancelled' };
    const options = { recheck, prior: [], currency };
    const outcome = await importTransactions(
      table.blob,
      fileName,
      settings,
      headers,
      onProgress,
      options,
    );
    return withHandedTransferred(outcome);
  },

  ...fileApi,

  /**
   * Makes a reviewed import visible: the valid rows are kept, the rejected ones listed. With
   * them, the rows as stored for the analytics worker (transferred), when the import kept them.
   */
  async commitImport(datasetId: string): Promise<CommittedImport> {
    return withHandedTransferred(await commitPending(datasetId));
  },

  /** Drops an import under review, leaving no trace. */
  async discardImport(datasetId: string): Promise<void> {
    await discardPending(datasetId);
  },

  ...backupApi,

  /** Deletes every data set, mapping, setting and cached result. */
  async deleteEverything(): Promise<void> {
    forgetPending();
    await deleteEverything();
  },

  /** Stops the running import at the next slice (well within a second). */
  cancel(): void {
    requestCancel();
    cancelWorkbook();
    requestFastCancel();
  },
};

export type ImportApi = typeof api;

/** An answer carrying an import's rows, sent with their buffers transferred (not copied). */
function withHandedTransferred<T extends ImportOutcome | CommittedImport>(answer: T): T {
  const { handed } = answer as { handed?: HandedColumns };
  return handed ? transfer(answer, columnBuffers(handed.columns)) : answer;
}
