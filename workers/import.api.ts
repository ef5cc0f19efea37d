/**
 * The import worker's API: bytes → decode → parse → validate → storage, off the UI thread.
 *
 * A file is read in slices, decoded with a streaming TextDecoder, split into rows and
 * validated by core; accepted rows are written to IndexedDB as typed-array chunks as they
 * arrive. The data set stays invisible ('importing') until it is committed, so cancelling,
 * failing or closing the tab leaves nothing behind.
 */
import {
  ImportError,
  RowReader,
  customerAttributes,
  detectCustomerColumns,
  detectSummaryColumns,
  parseCustomerRows,
  parseSummaryRows,
  readAllRows,
  TransactionBuilder,
  EMPTY_SUMMARY,
  mergeSummaries,
  createDecoder,
  countLines,
  estimateImportBytes,
  detectSettings,
  previewRows,
  summarizeTransactions,
  type Detection,
  type ImportSettings,
  type RejectedRow,
  type TransactionColumns,
  type TransactionSummary,
} from '../src/core/index.ts';
import {
  CHUNK_ROWS,
  beginDataset,
  commitDataset,
  createSummaryDataset,
  discardDataset,
  putChunk,
  putCustomers,
} from '../src/storage/datasets.ts';
import { recallMapping, rememberMapping } from '../src/storage/workspace.ts';
import {
  createBackup,
  deleteEverything,
  readBackup,
  restoreBackup,
  type BackupSummary,
} from '../src/storage/backup.ts';
import { transfer } from 'comlink';

/** How much of a file detection and the preview look at. */
export const SAMPLE_BYTES = 1 << 20;
/** How much is read per step; small enough that Cancel answers within a second. */
const SLICE_BYTES = 4 << 20;
/** Rejected rows kept in full for the review list and the download. */
const REJECTIONS_KEPT = 10_000;

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
  rejected: number;
  elapsedMs: number;
  /** Milliseconds spent per stage so far, for `npm run bench`. */
  stageMs: { read: number; decode: number; parse: number; validate: number; store: number };
}

export type ImportStats = Pick<ImportProgress, 'elapsedMs' | 'stageMs'>;

export interface FileDetection {
  detection: Detection;
  /** True when the mapping came from an earlier file with the same header. */
  remembered: boolean;
  /** Storage a transactions import of this file is estimated to need, in bytes. */
  estimatedBytes: number;
}

export type ImportOutcome =
  | {
      status: 'review' | 'done';
      datasetId: string;
      /** Rows (or customers) that will be kept. */
      accepted: number;
      summary: TransactionSummary | null;
      rejectedCount: number;
      rejected: RejectedRow[];
    }
  | { status: 'cancelled' };

/** An import parsed and waiting for the user's decision: keep the valid rows, or drop all. */
interface PendingImport {
  commit: () => Promise<void>;
  discard: () => Promise<void>;
}

/** Imports waiting for the user's review, by data set id. */
const pending = new Map<string, PendingImport>();

/** Commits at once when nothing was rejected; otherwise waits for review. */
async function settle(
  datasetId: string,
  entry: PendingImport,
  result: {
    accepted: number;
    summary: TransactionSummary | null;
    rejectedCount: number;
    rejected: RejectedRow[];
  },
): Promise<ImportOutcome> {
  if (result.accepted === 0) {
    await entry.discard();
    const first = result.rejected[0];
    throw new ImportError(
      `No valid rows: every one of the ${result.rejectedCount.toLocaleString('en')} rows was rejected` +
        (first ? ` (line ${first.line}: ${first.reason}).` : '.'),
    );
  }
  pending.set(datasetId, entry);
  const status = result.rejectedCount > 0 ? 'review' : 'done';
  if (status === 'done') await api.commitImport(datasetId);
  return { status, datasetId, ...result };
}

/** The whole file as rows (customers and summary files: small enough to read at once). */
async function readWholeFile(file: Blob, settings: Pick<ImportSettings, 'encoding' | 'delimiter'>) {
  const text = createDecoder(settings.encoding).decode(
    new Uint8Array(await file.arrayBuffer()),
    true,
  );
  return readAllRows(text, settings.delimiter);
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

async function readSample(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
}

let cancelRequested = false;

/** Streams a file's rows through the builder, storing chunks as they fill. */
async function streamRows(
  file: Blob,
  settings: ImportSettings,
  headers: string[],
  datasetId: string,
  onProgress: (progress: ImportProgress) => void,
): Promise<
  { builder: TransactionBuilder; summary: TransactionSummary; stats: ImportStats } | 'cancelled'
> {
  const started = performance.now();
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  // Chunks are summarised as they are stored, so memory stays flat for very large files.
  let chunkCount = 0;
  let summary = EMPTY_SUMMARY;
  const stageMs = { read: 0, decode: 0, parse: 0, validate: 0, store: 0 };
  const timed = async <T>(stage: keyof typeof stageMs, work: () => T | Promise<T>) => {
    const t0 = performance.now();
    const result = await work();
    stageMs[stage] += performance.now() - t0;
    return result;
  };
  const store = async (chunk: TransactionColumns | undefined) => {
    if (!chunk) return;
    await timed('store', () => putChunk(datasetId, chunkCount++, chunk));
    summary = mergeSummaries(summary, summarizeTransactions(chunk));
  };
  for (let offset = 0; offset < file.size || offset === 0; offset += SLICE_BYTES) {
    if (cancelRequested) return 'cancelled';
    const slice = file.slice(offset, offset + SLICE_BYTES);
    const bytes = new Uint8Array(await timed('read', () => slice.arrayBuffer()));
    const final = offset + SLICE_BYTES >= file.size;
    const text = await timed('decode', () => decoder.decode(bytes, final));
    const rows = await timed('parse', () => reader.push(text, final));
    await timed('validate', () => builder.addRows(rows));
    for (let chunk = builder.takeChunk(CHUNK_ROWS); chunk; chunk = builder.takeChunk(CHUNK_ROWS)) {
      await store(chunk);
    }
    onProgress({
      bytesRead: Math.min(file.size, offset + SLICE_BYTES),
      totalBytes: file.size,
      rows: builder.rowCount,
      rejected: builder.rejectedCount,
      elapsedMs: performance.now() - started,
      stageMs: { ...stageMs },
    });
    if (final) break;
  }
  await store(builder.flush());
  summary = { ...summary, customers: builder.dictionaries().customerIds.length };
  return { builder, summary, stats: { elapsedMs: performance.now() - started, stageMs } };
}

export const api = {
  /** Detects encoding, dialect, column roles and the preview from the start of a file. */
  async detectFile(file: Blob): Promise<FileDetection> {
    const sample = await readSample(file);
    const detection = detectSettings(sample, file.size <= SAMPLE_BYTES);
    const estimatedBytes = estimateImportBytes(file.size, sample.length, countLines(sample));
    if (detection.kind !== 'transactions') {
      return { detection, remembered: false, estimatedBytes };
    }
    const remembered = await recallMapping(detection.headers);
    // Only the user's choice of which column is what carries over: encoding, delimiter and
    // number and date notation are properties of this file, detected afresh from its values.
    const width = detection.headers.length;
    if (!remembered || Object.values(remembered.columns).some((c) => c >= width)) {
      return { detection, remembered: false, estimatedBytes };
    }
    const settings = { ...detection.settings, columns: remembered.columns };
    const { preview } = previewRows(sample, settings, file.size <= SAMPLE_BYTES);
    return { detection: { ...detection, settings, preview }, remembered: true, estimatedBytes };
  },

  /** Detects again around settings the user fixed (encoding, delimiter, header row). */
  async redetectFile(file: Blob, fixed: Partial<ImportSettings>): Promise<Detection> {
    return detectSettings(await readSample(file), file.size <= SAMPLE_BYTES, fixed);
  },

  /** The preview again after the user changed a setting. */
  async previewFile(file: Blob, settings: ImportSettings) {
    return previewRows(await readSample(file), settings, file.size <= SAMPLE_BYTES);
  },

  /**
   * Imports a transactions file as a new data set. With rejected rows the data set waits
   * for `commitImport` or `discardImport` (status 'review'); otherwise it is committed.
   */
  async importTransactions(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportOutcome> {
    cancelRequested = false;
    const datasetId = await beginDataset({
      name: baseName(fileName),
      kind: 'transactions',
      fileName,
      fileSize: file.size,
      settings,
      headers,
      summary: null,
      rejectedCount: 0,
    });
    try {
      const streamed = await streamRows(file, settings, headers, datasetId, onProgress);
      if (streamed === 'cancelled') {
        await discardDataset(datasetId);
        return { status: 'cancelled' };
      }
      const { builder, stats } = streamed;
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
        { accepted: builder.rowCount, summary, rejectedCount: builder.rejectedCount, rejected },
      );
    } catch (error) {
      await discardDataset(datasetId);
      throw error;
    }
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
    const raw = await readWholeFile(file, settings);
    const { customers, rejected } = parseCustomerRows(raw, headers, {
      hasHeader: settings.hasHeader,
      columns: detectCustomerColumns(headers),
    });
    const { attributes } = customerAttributes(customers);
    return settle(
      datasetId,
      { commit: () => putCustomers(datasetId, attributes, fileName), discard: async () => {} },
      {
        accepted: attributes.ids.length,
        summary: null,
        rejectedCount: rejected.length,
        rejected: rejected.slice(0, REJECTIONS_KEPT),
      },
    );
  },

  /** Imports a per-customer summary file (id, frequency, recency, T, monetary) as a data set. */
  async importSummary(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
  ): Promise<ImportOutcome> {
    const raw = await readWholeFile(file, settings);
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
      fileName,
      fileSize: file.size,
      settings,
      headers,
      summary: null,
      summaryCustomers: summary.ids.length,
      rejectedCount: rejected.length,
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
    const entry = pending.get(datasetId);
    if (!entry) throw new Error('This import is no longer waiting; import the file again.');
    await entry.commit();
    pending.delete(datasetId);
    return datasetId;
  },

  /** Drops an import under review, leaving no trace. */
  async discardImport(datasetId: string): Promise<void> {
    const entry = pending.get(datasetId);
    pending.delete(datasetId);
    await entry?.discard();
  },

  /** The whole workspace as one backup file (bytes transferred, not copied). */
  async createBackup(onProgress: (fraction: number) => void): Promise<Uint8Array> {
    const { bytes } = await createBackup(onProgress);
    return transfer(bytes, [bytes.buffer]);
  },

  /** What a backup file holds, after checking it; throws the reason it cannot be used. */
  async previewBackup(file: Blob): Promise<BackupSummary> {
    return (await readBackup(new Uint8Array(await file.arrayBuffer()))).summary;
  },

  /** Restores a backup file (checked again first); nothing changes when it fails. */
  async restoreBackup(file: Blob): Promise<BackupSummary> {
    return restoreBackup(await readBackup(new Uint8Array(await file.arrayBuffer())));
  },

  /** Deletes every data set, mapping, setting and cached result. */
  async deleteEverything(): Promise<void> {
    pending.clear();
    await deleteEverything();
  },

  /** Stops the running import at the next slice (well within a second). */
  cancel(): void {
    cancelRequested = true;
  },
};

export type ImportApi = typeof api;
