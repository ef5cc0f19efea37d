/**
 * The transactions import in the import worker: the file streamed into chunks (the byte
 * scanner where the settings allow it), read again in another code page or sent back to the
 * mapping step when the whole file contradicts what was detected, then left for review or
 * committed.
 */
import {
  cleanText,
  encodingChangedWarning,
  isCurrencyCode,
  localeHint,
  MAX_NAME_LENGTH,
  reconcile,
  scannable,
  type ImportSettings,
  type ImportWarning,
} from '../../src/core/index.ts';
import { beginDataset, commitDataset, discardDataset } from '../../src/storage/datasets.ts';
import { rememberMapping } from '../../src/storage/workspace.ts';
import { streamBytes } from './fast-stream.ts';
import { settle, type ImportOutcome } from './pending.ts';
import { streamRows, type ImportProgress } from './stream.ts';

/** Rejected rows kept in full for the review list and the download. */
export const REJECTIONS_KEPT = 10_000;

/**
 * How an import checks the whole file against what the user saw: settings the user chose by
 * hand (kept), and the warnings already shown. A contradiction or a new warning sends the
 * import back to the mapping step before anything is stored.
 */
export interface ImportRecheck {
  fixed: Partial<Pick<ImportSettings, 'decimal' | 'thousands' | 'dateFormat'>>;
  seen: string[];
}

/** A file name as stored and shown: no bidirectional overrides or zero-width characters, capped. */
export function cleanFileName(fileName: string): string {
  return cleanText(fileName, MAX_NAME_LENGTH).text;
}

export function baseName(fileName: string): string {
  const name = cleanFileName(fileName);
  return name.replace(/\.[^.]+$/, '') || name;
}

/**
 * The transactions import; read again in a code page when bytes after the sample contradict
 * UTF-8 in an otherwise ASCII file (`prior` then says so), and sent back to the mapping step
 * when the whole file contradicts the number or date settings or raises a warning the user has
 * not seen (`recheck`) — in both cases before anything is committed.
 */
export async function importTransactions(
  file: Blob,
  fileName: string,
  settings: ImportSettings,
  headers: string[],
  onProgress: (progress: ImportProgress) => void,
  options: { recheck: ImportRecheck | null; prior: ImportWarning[]; currency?: string },
): Promise<ImportOutcome> {
  const { recheck, prior, currency } = options;
  const datasetId = await beginDataset({
    name: baseName(fileName),
    kind: 'transactions',
    ...(isCurrencyCode(currency) ? { currency } : {}),
    fileName: cleanFileName(fileName),
    fileSize: file.size,
    settings,
    headers,
    summary: null,
    rejectedCount: 0,
  });
  try {
    // The byte scanner where the settings allow it; it gives what the string path gives.
    const stream = scannable(settings, headers.length) ? streamBytes : streamRows;
    const streamed = await stream(file, settings, headers, datasetId, onProgress);
    if (streamed === 'cancelled') {
      await discardDataset(datasetId);
      return { status: 'cancelled' };
    }
    const { builder, stats } = streamed;
    const redecided = streamed.check.redecide();
    if (redecided) {
      await discardDataset(datasetId);
      const lines = builder.warnings().find((w) => w.code === 'invalid-bytes')?.lines ?? [];
      const encoding = redecided.encoding;
      const changed = encodingChangedWarning(settings.encoding, encoding, lines);
      const again = { ...settings, encoding };
      const next = { ...options, prior: [changed] };
      return await importTransactions(file, fileName, again, headers, onProgress, next);
    }
    // The whole file has been read: does it contradict the settings taken from its start?
    const hint = localeHint(
      settings.delimiter,
      settings.hasHeader ? headers : [],
      builder.evidence,
    );
    const verdict = reconcile(settings, builder.evidence, hint, recheck?.fixed);
    const unseen = verdict.warnings.some((w) => !recheck?.seen.includes(w.code));
    if (recheck && (verdict.changed || unseen)) {
      await discardDataset(datasetId);
      const warnings = [...prior, ...verdict.warnings];
      return { status: 'redecided', settings: verdict.settings, warnings };
    }
    const rejected = builder.rejected.slice(0, REJECTIONS_KEPT);
    const dictionaries = builder.dictionaries();
    const summary = builder.rowCount > 0 ? streamed.summary : null;
    const changes = { summary, rejectedCount: builder.rejectedCount, importStats: stats };
    return await settle(
      datasetId,
      {
        commit: async () => {
          await commitDataset(datasetId, changes, dictionaries, rejected);
          await rememberMapping(headers, settings);
        },
        discard: () => discardDataset(datasetId),
      },
      {
        accepted: builder.rowCount,
        summary,
        rejectedCount: builder.rejectedCount,
        rejected,
        warnings: [...prior, ...verdict.warnings, ...builder.warnings()],
      },
      streamed.handed,
    );
  } catch (error) {
    await discardDataset(datasetId);
    throw error;
  }
}
