/**
 * Streaming a transactions file through the byte scanner (src/core/ingest/fast): slices of the
 * file go straight from bytes to typed-array chunks, which are stored as they fill — those of
 * one slice in one write — without waiting for each write (IndexedDB writes on its own thread
 * meanwhile). The same chunks,
 * summary, evidence and encoding check as stream.ts, which stays for the settings the scanner
 * does not read (UTF-16, whitespace-separated files).
 */
import {
  ByteScanner,
  JoinedColumns,
  EMPTY_SUMMARY,
  EncodingCheck,
  TransactionBuilder,
  createDecoder,
  mergeSummaries,
  summarizeTransactions,
  type ImportSettings,
  type TransactionColumns,
} from '../../src/core/index.ts';
import { CHUNK_ROWS, putChunks } from '../../src/storage/datasets.ts';
import type { ImportProgress, streamRows } from './stream.ts';

/** How much is read per step; small enough that Cancel answers within a second. */
const SLICE_BYTES = 4 << 20;

/**
 * Up to this many rows, the stored rows are also joined for the analytics worker, which loads
 * every column anyway once the import is done (~20 bytes a row); a larger file's chunks are
 * only stored, and read back.
 */
const HAND_OVER_ROWS = 4_000_000;

let cancelRequested = false;

/** Asks the running stream to stop at its next slice. */
export function requestFastCancel(): void {
  cancelRequested = true;
}

/** Whether any byte of `bytes` is outside ASCII (read four at a time). */
function hasHighByte(bytes: Uint8Array): boolean {
  const words = bytes.byteOffset % 4 === 0 ? bytes.length >> 2 : 0;
  const wide = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
  for (let i = 0; i < words; i++) if ((wide[i]! & 0x80808080) !== 0) return true;
  for (let i = words * 4; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * The encoding check of stream.ts without decoding ASCII slices: an ASCII slice decodes to
 * the same ASCII text, which shows the check nothing — unless the slice before it ended
 * inside a character, which the decoder must then finish.
 */
function lazyCheck(settings: ImportSettings) {
  const check = new EncodingCheck(settings.encoding);
  const decoder = createDecoder(settings.encoding);
  let open = false;
  return {
    check,
    observe(bytes: Uint8Array, final: boolean): void {
      if (settings.encoding !== 'utf-8' || (!open && !hasHighByte(bytes))) return;
      check.observe(bytes, decoder.decode(bytes, final));
      const n = bytes.length;
      open = (n > 0 && bytes[n - 1]! >= 0x80) || (n > 1 && bytes[n - 2]! >= 0xe0);
      open ||= n > 2 && bytes[n - 3]! >= 0xf0;
    },
  };
}

/** streamRows (stream.ts) through the byte scanner; only for `scannable` settings. */
export const streamBytes: typeof streamRows = async (
  file,
  settings,
  headers,
  datasetId,
  onProgress,
) => {
  cancelRequested = false;
  const started = performance.now();
  const builder = new TransactionBuilder(settings, headers);
  const scanner = new ByteScanner(settings, headers.length, builder);
  const encoding = lazyCheck(settings);
  let chunkCount = 0;
  let summary = EMPTY_SUMMARY;
  const writes: Promise<void>[] = [];
  /** The rows stored, joined as they are, for the analytics worker (up to HAND_OVER_ROWS). */
  let joined: JoinedColumns | undefined = new JoinedColumns();
  let bytesRead = 0;
  const stageMs: ImportProgress['stageMs'] = {
    read: 0,
    decode: 0,
    parse: 0,
    validate: 0,
    store: 0,
  };
  /** The chunks filled by one slice, in one write. */
  const store = (chunks: TransactionColumns[]) => {
    if (chunks.length === 0) return;
    const t0 = performance.now();
    const write = putChunks(datasetId, chunkCount, chunks);
    chunkCount += chunks.length;
    // Awaited all together below; a failure is not unhandled meanwhile.
    write.catch(() => {});
    writes.push(write);
    for (const chunk of chunks) summary = mergeSummaries(summary, summarizeTransactions(chunk));
    if (builder.rowCount > HAND_OVER_ROWS) joined = undefined;
    // Room for the rows the file will hold at the density read so far, at once.
    const expected = Math.ceil((builder.rowCount * file.size * 1.02) / Math.max(1, bytesRead));
    for (const chunk of chunks) joined?.append(chunk, expected);
    stageMs.store += performance.now() - t0;
  };
  try {
    return await scan();
  } catch (error) {
    // Nothing may land after the caller discards the data set.
    await Promise.allSettled(writes);
    throw error;
  }

  async function scan() {
    // The next slice is read while this one is scanned: the read is the browser's I/O.
    const read = (offset: number) => file.slice(offset, offset + SLICE_BYTES).arrayBuffer();
    let ahead = read(0);
    for (let offset = 0; offset < file.size || offset === 0; offset += SLICE_BYTES) {
      if (cancelRequested) {
        await Promise.allSettled([ahead, ...writes]);
        return 'cancelled' as const;
      }
      let t0 = performance.now();
      const bytes = new Uint8Array(await ahead);
      const final = offset + SLICE_BYTES >= file.size;
      if (!final) ahead = read(offset + SLICE_BYTES);
      // Awaited in the next step; a failure meanwhile is not unhandled.
      ahead.catch(() => {});
      stageMs.read += performance.now() - t0;
      t0 = performance.now();
      encoding.observe(bytes, final);
      stageMs.decode += performance.now() - t0;
      t0 = performance.now();
      scanner.push(bytes, final);
      stageMs.parse += performance.now() - t0;
      bytesRead = Math.min(file.size, offset + SLICE_BYTES);
      const filled: TransactionColumns[] = [];
      for (let chunk = builder.takeChunk(CHUNK_ROWS); chunk; chunk = builder.takeChunk(CHUNK_ROWS))
        filled.push(chunk);
      store(filled);
      onProgress({
        bytesRead,
        totalBytes: file.size,
        rows: builder.rowCount,
        rejected: builder.rejectedCount,
        elapsedMs: performance.now() - started,
        stageMs: { ...stageMs },
      });
      if (final) break;
    }
    const rest = builder.flush();
    if (rest) store([rest]);
    const t0 = performance.now();
    await Promise.all(writes);
    stageMs.store += performance.now() - t0;
    summary = { ...summary, customers: builder.dictionaries().customerIds.length };
    const stats = { elapsedMs: performance.now() - started, stageMs };
    const handed = joined && { chunkCount, columns: joined.columns() };
    return { builder, summary, stats, check: encoding.check, ...(handed && { handed }) };
  }
};
