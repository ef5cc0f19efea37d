/**
 * Excel workbooks in the import worker: a workbook's sheet becomes the CSV text the CSV path
 * reads (line N = row N), so detection, preview, streaming, review and commit are the same.
 * The reader (core ingest/xlsx) is loaded on the first workbook only; the last sheet read is
 * kept, so detection, previews and the import do not unpack the workbook again.
 */
import type { Detection } from '../../src/core/index.ts';
import type { ImportProgress } from './stream.ts';
import type {
  ByteSource,
  Inflater,
  SheetInfo,
  WorkbookTable,
} from '../../src/core/ingest/xlsx/index.ts';

/** What the mapping step shows of a workbook: the sheet read and all of them with row counts. */
export interface WorkbookInfo {
  sheet: string;
  sheets: SheetInfo[];
}

/** A file as the import reads it: itself, or a workbook's sheet as CSV text. */
export interface TableSource {
  blob: Blob;
  workbook?: WorkbookInfo;
  /** Tells detection it read a workbook's sheet (settings, notes). */
  told: (detection: Detection) => Detection;
  /** The settings the text is read with: a workbook's CSV is UTF-8 and comma-separated. */
  fixed: { encoding?: 'utf-8'; delimiter?: ',' };
}

/** Raw deflate through the runtime's DecompressionStream. */
const webInflate: Inflater = async function* (compressed) {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const pump = (async () => {
    try {
      for await (const chunk of compressed) await writer.write(chunk as Uint8Array<ArrayBuffer>);
      await writer.close();
    } catch (error) {
      await writer.abort(error).catch(() => {});
    }
  })();
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
    await pump;
  }
};

function blobSource(file: Blob): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

let cached: { key: string; table: WorkbookTable; blob: Blob } | null = null;
let cancelled = false;

/** Stops a workbook being unpacked (the import's Cancel). */
export function cancelWorkbook(): void {
  cancelled = true;
}

function keyOf(file: Blob, sheet: string | undefined): string | null {
  if (!(file instanceof File)) return null;
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}\u0000${sheet ?? ''}`;
}

/**
 * The file as the CSV path reads it: a workbook (ZIP or OLE file) as the CSV text of its sheet
 * `sheet` (else the one that looks like transactions); any other file as it is. Throws
 * ImportError for workbooks that cannot be read; 'cancelled' after `cancelWorkbook`.
 */
export async function tableSource(file: Blob, sheet?: string): Promise<TableSource>;
export async function tableSource(
  file: Blob,
  sheet: string | undefined,
  onProgress: (progress: ImportProgress) => void,
): Promise<TableSource | 'cancelled'>;
export async function tableSource(
  file: Blob,
  sheet?: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<TableSource | 'cancelled'> {
  const onRows =
    onProgress && ((rows: number) => onProgress({ ...UNPACKING, rows, totalBytes: file.size }));
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (!zip && !ole) return { blob: file, told: (detection) => detection, fixed: {} };
  const xlsx = await import('../../src/core/ingest/xlsx/index.ts');
  const key = keyOf(file, sheet);
  let entry = key !== null && cached?.key === key ? cached : null;
  if (!entry) {
    cancelled = false;
    // Only an import (with progress) can be cancelled; detection and previews run to the end.
    const options = onRows ? { isCancelled: () => cancelled, onProgress: onRows } : {};
    const table = await xlsx.workbookTable(blobSource(file), webInflate, {
      ...options,
      ...(sheet !== undefined && { sheet }),
    });
    if (table === 'cancelled') return table;
    const blob = new Blob([table.csv], { type: 'text/csv' });
    entry = { key: keyOf(file, table.sheet) ?? '', table: { ...table, csv: '' }, blob };
    if (key !== null) cached = entry;
  }
  const { table, blob } = entry;
  return {
    blob,
    workbook: { sheet: table.sheet, sheets: table.sheets },
    told: (detection) => xlsx.workbookDetection(detection, table),
    fixed: xlsx.WORKBOOK_SETTINGS,
  };
}

/** The blob the CSV path reads for a file (see tableSource). */
export async function tableBlob(file: Blob, sheet?: string): Promise<Blob> {
  return (await tableSource(file, sheet)).blob;
}

/** Progress while a workbook is unpacked, before its rows stream (no bytes read yet). */
const UNPACKING = {
  bytesRead: 0,
  rejected: 0,
  elapsedMs: 0,
  stageMs: { read: 0, decode: 0, parse: 0, validate: 0, store: 0 },
};
