/**
 * The import worker's API: bytes → decode → parse → validate → storage, off the UI thread.
 *
 * A file is read in slices, decoded with a streaming TextDecoder, split into rows and
 * validated by core; accepted rows are written to IndexedDB as typed-array chunks as they
 * arrive. The data set stays invisible ('importing') until it is committed, so cancelling,
 * failing or closing the tab leaves nothing behind.
 */
import {
  customerAttributes,
  detectCustomerColumns,
  detectSummaryColumns,
  parseCustomerRows,
  cleanText,
  MAX_NAME_LENGTH,
  parseSummaryRows,
  readAllRows,
  fromHeaderRow,
  encodingChangedWarning,
  createDecoder,
  countLines,
  estimateImportBytes,
  detectSettings,
  previewRows,
  localeHint,
  reconcile,
  isCurrencyCode,
  scannable,
  type Detection,
  type ImportSettings,
  type ImportWarning,
} from '../src/core/index.ts';
import {
  beginDataset,
  commitDataset,
  createSummaryDataset,
  discardDataset,
  putCustomers,
} from '../src/storage/datasets.ts';
import { recallMapping, rememberMapping } from '../src/storage/workspace.ts';
import { deleteEverything } from '../src/storage/backup.ts';
import { backupApi } from './import/backup-api.ts';
import {
  requestCancel,
  streamRows,
  type ImportProgress,
  type ImportStats,
} from './import/stream.ts';
import { cancelWorkbook, tableBlob, tableSource, type WorkbookInfo } from './import/xlsx-source.ts';
import { requestFastCancel, streamBytes } from './import/fast-stream.ts';
import {
  commitPending,
  discardPending,
  forgetPending,
  settle,
  type ImportOutcome,
} from './import/pending.ts';
import { workshopApi } from './import/workshop.ts';

export type { ImportOutcome, ImportProgress, ImportStats, WorkbookInfo };

/** How much of a file detection and the preview look at. */
export const SAMPLE_BYTES = 1 << 20;
/** Rejected rows kept in full for the review list and the download. */
const REJECTIONS_KEPT = 10_000;

/**
 * How an import checks the whole file against what the user saw: settings the user chose by
 * hand (kept), and the warnings already shown. A contradiction or a new warning sends the
 * import back to the mapping step before anything is stored.
 */
export interface ImportRecheck {
  fixed: Partial<Pick<ImportSettings, 'decimal' | 'thousands' | 'dateFormat'>>;
  seen: string[];
}

export interface FileDetection {
  detection: Detection;
  /** True when the mapping came from an earlier file with the same header. */
  remembered: boolean;
  /** Storage a transactions import of this file is estimated to need, in bytes. */
  estimatedBytes: number;
  /** For an Excel workbook: the sheet read and every sheet with its row count. */
  workbook?: WorkbookInfo;
}

/** The whole file as rows (customers and summary files: small enough to read at once). */
async function readWholeFile(
  file: Blob,
  settings: Pick<ImportSettings, 'encoding' | 'delimiter' | 'headerRow'>,
) {
  const text = createDecoder(settings.encoding).decode(
    new Uint8Array(await file.arrayBuffer()),
    true,
  );
  return fromHeaderRow(readAllRows(text, settings.delimiter), settings.headerRow);
}

/** A file name as stored and shown: no bidirectional overrides or zero-width characters, capped. */
function cleanFileName(fileName: string): string {
  return cleanText(fileName, MAX_NAME_LENGTH).text;
}

function baseName(fileName: string): string {
  const name = cleanFileName(fileName);
  return name.replace(/\.[^.]+$/, '') || name;
}

async function readSample(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
}

/**
 * The transactions import; read again in a code page when bytes after the sample contradict
 * UTF-8 in an otherwise ASCII file (`prior` then says so), and sent back to the mapping step
 * when the whole file contradicts the number or date settings or raises a warning the user has
 * not seen (`recheck`) — in both cases before anything is committed.
 */
async function importTransactions(
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
    );
  } catch (error) {
    await discardDataset(datasetId);
    throw error;
  }
}

export const api = {
  ...workshopApi,
  /** Detects encoding, dialect, column roles and the preview from the start of a file. */
  async detectFile(original: Blob, sheet?: string, onProgress = (_: ImportProgress) => {}) {
    const table = await tableSource(original, sheet, onProgress); // a workbook unpacks here
    if (table === 'cancelled') throw new Error('The workbook was not read: cancelled.');
    const { blob: file, fixed, told, workbook } = table;
    const sample = await readSample(file);
    const detection = told(detectSettings(sample, file.size <= SAMPLE_BYTES, fixed));
    const estimatedBytes = estimateImportBytes(file.size, sample.length, countLines(sample));
    if (detection.kind !== 'transactions') {
      return { detection, remembered: false, estimatedBytes, ...(workbook && { workbook }) };
    }
    const remembered = await recallMapping(detection.headers);
    // Only the user's choice of which column is what carries over: encoding, delimiter and
    // number and date notation are properties of this file, detected afresh from its values.
    const width = detection.headers.length;
    if (!remembered || Object.values(remembered.columns).some((c) => c >= width)) {
      return { detection, remembered: false, estimatedBytes, ...(workbook && { workbook }) };
    }
    const settings = { ...detection.settings, columns: remembered.columns };
    const { preview, warnings } = previewRows(sample, settings, file.size <= SAMPLE_BYTES);
    return {
      detection: { ...detection, settings, preview, warnings },
      remembered: true,
      estimatedBytes,
      ...(workbook && { workbook }),
    };
  },

  /** Detects again around settings the user fixed (encoding, delimiter, header row). */
  async redetectFile(original: Blob, fixed: Partial<ImportSettings>): Promise<Detection> {
    const { blob, told, fixed: cells } = await tableSource(original, fixed.sheet);
    return told(
      detectSettings(await readSample(blob), blob.size <= SAMPLE_BYTES, { ...fixed, ...cells }),
    );
  },

  /** The preview again after the user changed a setting. */
  async previewFile(original: Blob, settings: ImportSettings) {
    const file = await tableBlob(original, settings.sheet);
    return previewRows(await readSample(file), settings, file.size <= SAMPLE_BYTES);
  },

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
    return importTransactions(table.blob, fileName, settings, headers, onProgress, options);
  },

  /**
   * Joins a customers file to an existing data set (replacing an earlier one). The data set
   * is only changed when the user keeps the valid rows.
   */
  async importCustomers(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
    datasetId: string,
  ): Promise<ImportOutcome> {
    const raw = await readWholeFile(await tableBlob(file, settings.sheet), settings);
    const { customers, rejected, warnings } = parseCustomerRows(raw, headers, {
      hasHeader: settings.hasHeader,
      columns: detectCustomerColumns(headers),
    });
    const { attributes } = customerAttributes(customers);
    return settle(
      datasetId,
      {
        commit: () => putCustomers(datasetId, attributes, cleanFileName(fileName)),
        discard: async () => {},
      },
      {
        accepted: attributes.ids.length,
        summary: null,
        rejectedCount: rejected.length,
        rejected: rejected.slice(0, REJECTIONS_KEPT),
        warnings,
      },
    );
  },

  /** Imports a per-customer summary file (id, frequency, recency, T, monetary) as a data set. */
  async importSummary(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
    currency?: string,
  ): Promise<ImportOutcome> {
    const raw = await readWholeFile(await tableBlob(file, settings.sheet), settings);
    const { summary, rejected } = parseSummaryRows(raw, headers, {
      hasHeader: settings.hasHeader,
      decimal: settings.decimal,
      thousands: settings.thousands,
      columns: detectSummaryColumns(headers),
    });
    const kept = rejected.slice(0, REJECTIONS_KEPT);
    const meta = {
      name: baseName(fileName),
      kind: 'summary' as const,
      fileName: cleanFileName(fileName),
      fileSize: file.size,
      settings,
      headers,
      summary: null,
      summaryCustomers: summary.ids.length,
      rejectedCount: rejected.length,
      ...(isCurrencyCode(currency) ? { currency } : {}),
    };
    // The id is only known once stored; a placeholder key holds the pending import.
    const key = `summary:${crypto.randomUUID()}`;
    let datasetId = key;
    const outcome = await settle(
      key,
      {
        commit: async () => {
          datasetId = await createSummaryDataset(meta, summary, kept);
        },
        discard: async () => {},
      },
      {
        accepted: summary.ids.length,
        summary: null,
        rejectedCount: rejected.length,
        rejected: kept,
      },
    );
    return outcome.status === 'done' ? { ...outcome, datasetId } : outcome;
  },

  /** Makes a reviewed import visible: the valid rows are kept, the rejected ones listed. */
  async commitImport(datasetId: string): Promise<string> {
    return commitPending(datasetId);
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
