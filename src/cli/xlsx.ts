/**
 * Excel workbooks for the CLI: a workbook on disk is read through a file handle and Node's
 * zlib, and its sheet becomes the CSV text the commands read (see core ingest/xlsx).
 */
import { open } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ImportError } from '../core/index.ts';
import type { ByteSource, Inflater, WorkbookTable } from '../core/ingest/xlsx/index.ts';
import { CliError } from './args.ts';

/** The last workbook read, by path, modification time, size and sheet. */
let last: { key: string; table: WorkbookTable & { bytes: Uint8Array } } | null = null;

/** Forgets the last workbook read (benchmarks). */
export function forgetWorkbook(): void {
  last = null;
}

/** Raw deflate through zlib, as a stream of chunks. */
export const nodeInflate: Inflater = (compressed) =>
  pipeline(Readable.from(compressed), createInflateRaw(), () => {});

/** True when a file starts like a workbook (ZIP) or an old Excel / protected file (OLE). */
export async function looksLikeWorkbook(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false; // the caller says why it cannot be read
  try {
    const head = new Uint8Array(4);
    await handle.read(head, 0, 4, 0);
    const { spreadsheetKind } = await import('../core/ingest/xlsx/workbook.ts');
    return spreadsheetKind(head) !== null;
  } finally {
    await handle.close();
  }
}

/**
 * A workbook's sheet (`--sheet NAME`, else the one that looks like transactions) as CSV bytes,
 * with the sheet read and the others. Throws ImportError for unreadable workbooks.
 */
export async function workbookCsv(path: string, sheet?: string) {
  const { workbookTable } = await import('../core/ingest/xlsx/index.ts');
  const handle = await open(path, 'r');
  const stat = await handle.stat();
  const key = `${path}\u0000${stat.mtimeMs}\u0000${stat.size}\u0000${sheet ?? ''}`;
  if (last?.key === key) {
    await handle.close();
    return last.table;
  }
  try {
    const size = stat.size;
    const source: ByteSource = {
      size,
      read: async (offset, length) => {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      },
    };
    const table = await workbookTable(source, nodeInflate, sheet === undefined ? {} : { sheet });
    if (table === 'cancelled') throw new Error('cancelled');
    // A command that reads the file twice (a summary, else transactions) unpacks it once.
    last = { key, table: { ...table, csv: '', bytes: new TextEncoder().encode(table.csv) } };
    return last.table;
  } finally {
    await handle.close();
  }
}

/** An Excel workbook's sheet (`--sheet`, else the one that looks like transactions) as CSV. */
export async function workbookOf(path: string, sheet: string | undefined) {
  if (!(await looksLikeWorkbook(path))) {
    if (sheet !== undefined) throw new CliError(`--sheet: ${path} is not an Excel workbook`, 2);
    return undefined;
  }
  try {
    return await workbookCsv(path, sheet);
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
