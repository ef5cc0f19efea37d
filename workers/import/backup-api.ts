/**
 * The import worker's backup calls: write the whole workspace as one file, preview a backup
 * (unpacked and checked once, kept for the restore), restore it. Spread into the worker's API.
 */
import { transfer } from 'comlink';
import {
  createBackup,
  readBackup,
  replacedBy,
  restoreBackup,
  type BackupDocument,
  type BackupPreview,
  type BackupSummary,
} from '../../src/storage/backup.ts';

/** The backup last previewed (already unpacked and checked), so a restore need not unpack it again. */
let previewed: { token: string; document: BackupDocument } | null = null;

export const backupApi = {
  /** The whole workspace as one backup file (bytes transferred, not copied). */
  async createBackup(onProgress: (fraction: number) => void): Promise<Uint8Array> {
    const { bytes } = await createBackup(onProgress);
    return transfer(bytes, [bytes.buffer]);
  },

  /**
   * What a backup file holds and which existing data sets it would replace, after checking
   * it; throws the reason it cannot be used. The checked contents are kept for the restore.
   */
  async previewBackup(file: Blob): Promise<BackupPreview> {
    previewed = null;
    const document = await readBackup(file);
    const token = crypto.randomUUID();
    previewed = { token, document };
    return { summary: document.summary, replaces: await replacedBy(document), token };
  },

  /**
   * Restores a backup: the one previewed under `token` (not unpacked again), else the file
   * read and checked afresh. Nothing changes when it fails.
   */
  async restoreBackup(file: Blob, token?: string): Promise<BackupSummary> {
    const kept = token !== undefined && previewed?.token === token ? previewed.document : null;
    previewed = null;
    return restoreBackup(kept ?? (await readBackup(file)));
  },

  /** Drops a previewed backup the user did not restore. */
  forgetBackupPreview(): void {
    previewed = null;
  },
};
