/** Shared helpers for the ingest tests: fixture bytes and the whole in-memory pipeline. */
import { readFileSync } from 'node:fs';
import {
  RowReader,
  TransactionBuilder,
  concatColumns,
  createDecoder,
  detectSettings,
  localeHint,
  reconcile,
  type Detection,
  type ImportSettings,
} from '../../../src/core/ingest/index.ts';
import type { TransactionColumns } from '../../../src/core/model.ts';

/** Bytes of a file in tests/fixtures. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
}

/** Bytes of a CDNOW file in tests/fixtures/cdnow. */
export function cdnowData(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/cdnow/${name}`, import.meta.url)));
}

/**
 * Detects settings on the first megabyte, then streams all bytes in `chunkSize` pieces
 * through decoder → reader → builder, as the import worker and the CLI do; `change` is what
 * the user changed in the mapping step.
 */
export function importBytes(
  bytes: Uint8Array,
  chunkSize = 1 << 20,
  change: Partial<ImportSettings> = {},
) {
  const detection: Detection = detectSettings(bytes.subarray(0, 1 << 20), bytes.length <= 1 << 20);
  const { headers } = detection;
  const settings = { ...detection.settings, ...change };
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  const chunks: TransactionColumns[] = [];
  for (let at = 0; at <= bytes.length; at += chunkSize) {
    const final = at + chunkSize > bytes.length;
    builder.addRows(reader.push(decoder.decode(bytes.subarray(at, at + chunkSize), final), final));
    const chunk = builder.takeChunk(3);
    if (chunk) chunks.push(chunk);
  }
  const rest = builder.flush();
  if (rest) chunks.push(rest);
  return {
    detection,
    builder,
    chunks,
    columns: concatColumns(chunks, builder.dictionaries()),
  };
}

/**
 * As the CLI and the import worker do: detects on the first `sampleBytes`, streams the whole
 * file gathering evidence, and reads it again when the file contradicts the settings.
 */
export function importReconciled(bytes: Uint8Array, sampleBytes = 1 << 20, chunkSize = 1 << 16) {
  const detection = detectSettings(bytes.subarray(0, sampleBytes), bytes.length <= sampleBytes);
  const { headers } = detection;
  const pass = (settings: ImportSettings) => {
    const decoder = createDecoder(settings.encoding);
    const reader = new RowReader(settings.delimiter);
    const builder = new TransactionBuilder(settings, headers);
    const chunks: TransactionColumns[] = [];
    for (let at = 0; at <= bytes.length; at += chunkSize) {
      const final = at + chunkSize > bytes.length;
      const text = decoder.decode(bytes.subarray(at, at + chunkSize), final);
      builder.addRows(reader.push(text, final));
      const chunk = builder.flush();
      if (chunk) chunks.push(chunk);
    }
    return { builder, columns: concatColumns(chunks, builder.dictionaries()) };
  };
  let read = pass(detection.settings);
  const hint = localeHint(
    detection.settings.delimiter,
    detection.settings.hasHeader ? headers : [],
    read.builder.evidence,
  );
  const verdict = reconcile(detection.settings, read.builder.evidence, hint);
  if (verdict.changed) read = pass(verdict.settings);
  return { detection, ...read, settings: verdict.settings, verdict };
}
