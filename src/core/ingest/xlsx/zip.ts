/**
 * The ZIP container of a workbook, read from its central directory at the end: entries are
 * located without reading the file, and one is inflated as a stream of chunks. The inflater
 * is the runtime's (DecompressionStream in browsers, zlib in the CLI), so core needs no
 * dependency; every entry's inflated size is capped while it inflates (zip bombs).
 */
import { ImportError } from '../errors.ts';

/** Random access to a file's bytes: a Blob in the browser, a file handle in the CLI. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Raw deflate → bytes, incrementally (the runtime's decompressor). */
export type Inflater = (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** How much of a file is read per step when an entry is inflated. */
const READ_BYTES = 1 << 20;
/** The end-of-central-directory record and its comment: at most this far from the end. */
const TAIL_BYTES = 22 + 0xffff;

export const TRUNCATED =
  'This workbook is incomplete (the file was cut off while copying or downloading). Save or download it again.';
export const ENCRYPTED =
  'This workbook is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.';

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entries of a ZIP file, by name. Throws ImportError for a cut or unreadable archive. */
export async function readEntries(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, source.size - TAIL_BYTES);
  const tail = await source.read(tailStart, source.size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError(TRUNCATED);
  const count = u16(tail, eocd + 10);
  const dirSize = u32(tail, eocd + 12);
  const dirOffset = u32(tail, eocd + 16);
  if (dirOffset === 0xffffffff || count === 0xffff) {
    throw new ImportError('This workbook is larger than 4 GB; save the sheet as CSV instead.');
  }
  if (dirOffset + dirSize > source.size) throw new ImportError(TRUNCATED);
  const dir = await source.read(dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > dir.length || u32(dir, at) !== 0x02014b50) throw new ImportError(TRUNCATED);
    const nameLength = u16(dir, at + 28);
    const entry: ZipEntry = {
      flags: u16(dir, at + 8),
      method: u16(dir, at + 10),
      compressedSize: u32(dir, at + 20),
      size: u32(dir, at + 24),
      localOffset: u32(dir, at + 42),
      name: names.decode(dir.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.set(entry.name.replace(/^\/+/, ''), entry);
    at += 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
  }
  return entries;
}

/**
 * An entry's bytes, inflated chunk by chunk; more than `maxBytes` of output stops it with an
 * ImportError (`what` names the part in the message).
 */
export async function* entryBytes(
  source: ByteSource,
  entry: ZipEntry,
  inflate: Inflater,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) throw new ImportError(ENCRYPTED);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ImportError(
      `This workbook uses a compression method Tenure cannot read (${entry.method}). Save it again as .xlsx or CSV.`,
    );
  }
  if (entry.size > maxBytes) throw tooLarge(maxBytes);
  const local = await source.read(entry.localOffset, 30);
  if (local.length < 30 || u32(local, 0) !== 0x04034b50) throw new ImportError(TRUNCATED);
  const start = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw new ImportError(TRUNCATED);
  async function* raw(): AsyncGenerator<Uint8Array> {
    for (let offset = start; offset < end; offset += READ_BYTES) {
      yield await source.read(offset, Math.min(READ_BYTES, end - offset));
    }
  }
  let total = 0;
  try {
    for await (const chunk of entry.method === 0 ? raw() : inflate(raw())) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(TRUNCATED);
  }
}

function tooLarge(maxBytes: number): ImportError {
  const mb = Math.round(maxBytes / 2 ** 20).toLocaleString('en-US');
  return new ImportError(
    `This workbook unpacks to more than ${mb} MB, far more than a table of its size would (a "zip bomb" or a damaged file). Save the sheet as CSV instead.`,
  );
}

/** UTF-8 text of an entry, chunk by chunk (a character cut between chunks is kept whole). */
export async function* entryText(
  source: ByteSource,
  entry: ZipEntry,
  inflate: Inflater,
  maxBytes: number,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const bytes of entryBytes(source, entry, inflate, maxBytes)) {
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The whole text of an entry (small parts: workbook, relationships, styles). */
export async function entryString(
  source: ByteSource,
  entry: ZipEntry,
  inflate: Inflater,
  maxBytes: number,
): Promise<string> {
  let text = '';
  for await (const chunk of entryText(source, entry, inflate, maxBytes)) text += chunk;
  return text;
}
