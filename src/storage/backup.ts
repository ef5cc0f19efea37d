/**
 * Whole-workspace backup to one file, and restore from it.
 *
 * File layout: 8 magic bytes "TENURE\0\x01", the SHA-256 of the body (32 bytes), then the
 * body gzip-compressed. The body is a little-endian uint32 length, a JSON document (format
 * version, summary, tables) and the bytes of every typed array the records hold, which the
 * JSON refers to by offset. A damaged, truncated, foreign or newer file is refused before
 * anything is written; a restore is one IndexedDB transaction, so it applies whole or not at all.
 */
import { db } from './db.ts';
import { guarded } from './errors.ts';

export const BACKUP_FORMAT = 1;
const MAGIC = [0x54, 0x45, 0x4e, 0x55, 0x52, 0x45, 0x00, 0x01]; // "TENURE\0\x01"
const HEADER_BYTES = MAGIC.length + 32;

/** Tables in a backup. Computed results are left out: they are recomputed on demand. */
const TABLES = [
  'datasets',
  'chunks',
  'dictionaries',
  'customers',
  'summaries',
  'rejections',
  'mappings',
  'settings',
  'overrides',
  'moves',
  'boards',
  'scenarios',
] as const;
type TableName = (typeof TABLES)[number];

/** Tables whose records belong to one data set (keyed by datasetId). */
const PER_DATASET = [
  'chunks',
  'dictionaries',
  'customers',
  'summaries',
  'rejections',
  'results',
  'overrides',
  'moves',
  'boards',
  'scenarios',
] as const;

export interface BackupSummary {
  format: number;
  createdAt: number;
  datasets: { id: string; name: string; rows: number | null; customers: number | null }[];
  records: Record<TableName, number>;
}

export interface BackupDocument {
  summary: BackupSummary;
  tables: Record<TableName, unknown[]>;
}

const TYPED = {
  Int32Array,
  Float64Array,
  Uint8Array,
  Float32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
} as const;
type TypedName = keyof typeof TYPED;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Replaces typed arrays by references to a binary section; returns a JSON-ready value. */
function pack(value: unknown, parts: Uint8Array[], offset: { bytes: number }): unknown {
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name as TypedName;
    if (!(name in TYPED)) throw new BackupError(`Cannot back up a ${name}.`);
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const padded = Math.ceil(bytes.length / 8) * 8;
    const copy = new Uint8Array(padded);
    copy.set(bytes);
    parts.push(copy);
    const ref = { $typed: name, offset: offset.bytes, length: bytes.length };
    offset.bytes += padded;
    return ref;
  }
  if (Array.isArray(value)) return value.map((v) => pack(v, parts, offset));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pack(v, parts, offset)]));
  }
  return value;
}

function unpack(value: unknown, binary: Uint8Array): unknown {
  if (Array.isArray(value)) return value.map((v) => unpack(v, binary));
  if (value && typeof value === 'object') {
    const ref = value as { $typed?: TypedName; offset?: number; length?: number };
    if (ref.$typed !== undefined) {
      const Ctor = TYPED[ref.$typed];
      const { offset = -1, length = -1 } = ref;
      if (!Ctor || offset < 0 || length < 0 || offset + length > binary.length) {
        throw new BackupError('The backup file is damaged: an array points outside the file.');
      }
      const bytes = binary.slice(offset, offset + length);
      return new Ctor(bytes.buffer, 0, length / Ctor.BYTES_PER_ELEMENT);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpack(v, binary)]));
  }
  return value;
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** The whole workspace as one compressed, checksummed file. */
export async function createBackup(onProgress: (fraction: number) => void = () => {}) {
  const d = db();
  const tables = {} as Record<TableName, unknown[]>;
  for (const [i, name] of TABLES.entries()) {
    const records = (await d.table(name).toArray()) as { status?: string }[];
    tables[name] = name === 'datasets' ? records.filter((r) => r.status === 'ready') : records;
    onProgress((0.5 * (i + 1)) / TABLES.length);
  }
  const ready = new Set((tables.datasets as { id: string }[]).map((r) => r.id));
  for (const name of PER_DATASET) {
    if (name === 'results') continue;
    tables[name] = (tables[name] as { datasetId: string }[]).filter((r) => ready.has(r.datasetId));
  }
  const summary: BackupSummary = {
    format: BACKUP_FORMAT,
    createdAt: Date.now(),
    datasets: (
      tables.datasets as {
        id: string;
        name: string;
        summary: { rows: number; customers: number } | null;
        summaryCustomers?: number;
      }[]
    ).map((r) => ({
      id: r.id,
      name: r.name,
      rows: r.summary?.rows ?? null,
      customers: r.summary?.customers ?? r.summaryCustomers ?? null,
    })),
    records: Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<
      TableName,
      number
    >,
  };
  onProgress(0.6);
  const bytes = await encodeBackup({ summary, tables });
  onProgress(1);
  return { bytes, summary };
}

/** The file bytes of a backup document (see the file layout above). */
export async function encodeBackup(document: BackupDocument): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const packed = pack(document, parts, { bytes: 0 });
  const json = new TextEncoder().encode(JSON.stringify(packed));
  const binaryLength = parts.reduce((n, p) => n + p.length, 0);
  const body = new Uint8Array(4 + json.length + binaryLength);
  new DataView(body.buffer).setUint32(0, json.length, true);
  body.set(json, 4);
  let at = 4 + json.length;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  const compressed = await transform(body, new CompressionStream('gzip'));
  const file = new Uint8Array(HEADER_BYTES + compressed.length);
  file.set(MAGIC, 0);
  file.set(await sha256(body), MAGIC.length);
  file.set(compressed, HEADER_BYTES);
  return file;
}

/** Reads and checks a backup file; throws BackupError with the reason it cannot be used. */
export async function readBackup(file: Uint8Array): Promise<BackupDocument> {
  if (file.length < HEADER_BYTES || MAGIC.some((b, i) => file[i] !== b)) {
    throw new BackupError('This is not a Tenure backup file.');
  }
  let body: Uint8Array;
  try {
    body = await transform(file.subarray(HEADER_BYTES), new DecompressionStream('gzip'));
  } catch {
    throw new BackupError('The backup file is damaged or incomplete (it does not decompress).');
  }
  const expected = file.subarray(MAGIC.length, HEADER_BYTES);
  const actual = await sha256(body);
  if (actual.some((b, i) => b !== expected[i])) {
    throw new BackupError('The backup file is damaged: its checksum does not match.');
  }
  const jsonLength = body.length >= 4 ? new DataView(body.buffer).getUint32(0, true) : -1;
  if (jsonLength < 0 || 4 + jsonLength > body.length) {
    throw new BackupError('The backup file is damaged: its contents are cut short.');
  }
  const packed = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength))) as {
    summary?: BackupSummary;
  };
  const format = packed.summary?.format;
  if (typeof format !== 'number') throw new BackupError('This is not a Tenure backup file.');
  if (format > BACKUP_FORMAT) {
    throw new BackupError(
      `This backup was made by a newer version of Tenure (format ${format}; this version reads up to ${BACKUP_FORMAT}). Update Tenure and try again.`,
    );
  }
  return unpack(packed, body.subarray(4 + jsonLength)) as BackupDocument;
}

/**
 * Restores a backup: its data sets replace those with the same id, other data sets stay;
 * mappings and settings are merged. One transaction: all of it or nothing.
 */
export async function restoreBackup(backup: BackupDocument): Promise<BackupSummary> {
  const d = db();
  await guarded('restore the backup', () =>
    d.transaction('rw', [...TABLES, 'results'], async () => {
      for (const { id } of backup.summary.datasets) {
        for (const table of [
          'chunks',
          'dictionaries',
          'customers',
          'summaries',
          'rejections',
          'results',
        ]) {
          await d.table(table).where('datasetId').equals(id).delete();
        }
      }
      for (const name of TABLES) await d.table(name).bulkPut(backup.tables[name] ?? []);
    }),
  );
  return backup.summary;
}

/** Deletes every data set, mapping, setting and cached result in this browser. */
export async function deleteEverything(): Promise<void> {
  const d = db();
  await guarded('delete your data', () =>
    d.transaction('rw', [...TABLES, 'results'], async () => {
      for (const name of [...TABLES, 'results']) await d.table(name).clear();
    }),
  );
}
