/**
 * Imports waiting for the user's decision: an import with rejected rows stays invisible until
 * the user keeps the valid rows (commit) or drops everything (discard).
 */
import {
  ImportError,
  type ImportSettings,
  type ImportWarning,
  type RejectedRow,
  type TransactionSummary,
} from '../../src/core/index.ts';
import type { HandedColumns } from '../../src/storage/datasets.ts';

export type ImportOutcome =
  | {
      status: 'review' | 'done';
      datasetId: string;
      /** Rows (or customers) that will be kept. */
      accepted: number;
      summary: TransactionSummary | null;
      rejectedCount: number;
      rejected: RejectedRow[];
      /** What reading the whole file showed and leaves uncertain (core report-warnings.ts, notation.ts). */
      warnings?: ImportWarning[];
      /**
       * With 'done', the rows as stored (when the import kept them), for the UI to hand to the
       * analytics worker; transferred, not copied.
       */
      handed?: HandedColumns;
    }
  /**
   * The whole file contradicts the settings (read from its start) or raises a warning the user
   * has not seen: nothing was stored; the settings the file supports and the reasons
   * (`*.formatChanged` and the other warnings, with lines).
   */
  | { status: 'redecided'; settings: ImportSettings; warnings: ImportWarning[] }
  | { status: 'cancelled' };

/** An import parsed and waiting for the user's decision: keep the valid rows, or drop all. */
export interface PendingImport {
  commit: () => Promise<void>;
  discard: () => Promise<void>;
  /** Its rows as stored, for the analytics worker once committed (when the import kept them). */
  handed?: HandedColumns;
}

/** Warnings that alone make the user review an import before it is committed. */
// Values stored otherwise than written (invisible characters removed, text cut) are shown too.
const REVIEWED_CODES = new Set([
  'dates-far',
  'encoding-changed',
  'invisible-removed',
  'text-truncated',
]);

/** Imports waiting for the user's review, by data set id. */
const pending = new Map<string, PendingImport>();

/**
 * Commits at once when nothing was rejected; otherwise waits for review. `handed`, the rows as
 * stored, go with the outcome once committed (kept meanwhile).
 */
export async function settle(
  datasetId: string,
  entry: PendingImport,
  result: {
    accepted: number;
    summary: TransactionSummary | null;
    rejectedCount: number;
    rejected: RejectedRow[];
    warnings?: ImportWarning[];
  },
  handed?: HandedColumns,
): Promise<ImportOutcome> {
  if (result.accepted === 0) {
    await entry.discard();
    const first = result.rejected[0];
    throw new ImportError(
      `No valid rows: every one of the ${result.rejectedCount.toLocaleString('en')} rows was rejected` +
        (first ? ` (line ${first.line}: ${first.reason}).` : '.'),
    );
  }
  pending.set(datasetId, { ...entry, ...(handed && { handed }) });
  // Far dates are accepted and a changed encoding has no rejections: they too need a review.
  const seen = result.warnings?.some((w) => REVIEWED_CODES.has(w.code)) ?? false;
  const status = result.rejectedCount > 0 || seen ? 'review' : 'done';
  if (status === 'review') return { status, datasetId, ...result };
  const committed = await commitPending(datasetId);
  return { status, ...result, ...committed };
}

/** A committed import: its id, and its rows as stored when the import kept them. */
export interface CommittedImport {
  datasetId: string;
  handed?: HandedColumns;
}

/** Makes a waiting import visible. */
export async function commitPending(datasetId: string): Promise<CommittedImport> {
  const entry = pending.get(datasetId);
  if (!entry) throw new Error('This import is no longer waiting; import the file again.');
  await entry.commit();
  pending.delete(datasetId);
  return { datasetId, ...(entry.handed && { handed: entry.handed }) };
}

/** Drops a waiting import, leaving no trace. */
export async function discardPending(datasetId: string): Promise<void> {
  const entry = pending.get(datasetId);
  pending.delete(datasetId);
  await entry?.discard();
}

/** Forgets every waiting import (their data sets are being deleted anyway). */
export function forgetPending(): void {
  pending.clear();
}
