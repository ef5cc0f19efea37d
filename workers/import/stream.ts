/**
 * Streaming a transactions file into storage: slices of the file are decoded, split into rows,
 * validated and stored as typed-array chunks as they fill, with progress and stage timings.
 */
import {
  EMPTY_SUMMARY,
  EncodingCheck,
  RowReader,
  TransactionBuilder,
  createDecoder,
  mergeSummaries,
  summarizeTransactions,
  type ImportSettings,
  type TransactionColumns,
  type TransactionSummary,
} from '../../src/core/index.ts';
import { CHUNK_ROWS, putChunk, type HandedColumns } from '../../src/storage/datasets.ts';

/** How much is read per step; small enough that Cancel answers within a second. */
const SLICE_BYTES = 4 << 20;

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

let cancelRequested = false;

/** Asks the running stream to stop at its next slice. */
export function requestCancel(): void {
  cancelRequested = true;
}

/** Streams a file's rows through the builder, storing chunks as they fill. */
export async function streamRows(
  file: Blob,
  settings: ImportSettings,
  headers: string[],
  datasetId: string,
  onProgress: (progress: ImportProgress) => void,
): Promise<
  | {
      builder: TransactionBuilder;
      summary: TransactionSummary;
      stats: ImportStats;
      /** Whether bytes after the sample contradicted the encoding (see EncodingCheck). */
      check: EncodingCheck;
      /**
       * The rows as stored, joined, when kept for the analytics worker (byte scanner, up to
       * HAND_OVER_ROWS rows): it then need not read them back.
       */
      handed?: HandedColumns;
    }
  | 'cancelled'
> {
  cancelRequested = false;
  const started = performance.now();
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  const check = new EncodingCheck(settings.encoding);
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
    check.observe(bytes, text);
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
  return { builder, summary, stats: { elapsedMs: performance.now() - started, stageMs }, check };
}
