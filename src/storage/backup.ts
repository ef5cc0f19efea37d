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
import { BackupError, TYPED, checkBackup, isTypedName } from './backup-check.ts';
import { backupByteLimit, inflate } from './backup-inflate.ts';
export { MAX_BACKUP_BYTES } from './backup-inflate.ts';

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

/** What the restore step shows before asking: the summary and the data sets it replaces. */
export interface BackupPreview {
  summary: BackupSummary;
  replaces: { id: string; name: string }[];
  /** Names the checked contents the worker keeps for the restore. */
  token: string;
}

export interface BackupDocument {
  summary: BackupSummary;
  tables: Record<TableName, unknown[]>;
}

export { BackupError };

/** Replaces typed arrays by references to a binary section; returns a JSON-ready value. */
function pack(value: unknown, parts: Uint8Array[], offset: { bytes: number }): unknown {
  if (ArrayBuffer.isView(value)) {
    const name: string = value.constructor.name;
    if (!isTypedName(name)) throw new BackupError(`Cannot back up a ${name}.`);
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
    const ref = value as { $typed?: unknown; offset?: unknown; length?: unknown };
    if (Object.prototype.hasOwnProperty.call(ref, '$typed')) {
      // Own properties only: "constructor" or "__proto__" must not reach Object's.
      if (!isTypedName(ref.$typed)) {
        throw new BackupError('The backup file is damaged: it holds an array of an unknown kind.');
      }
      const Ctor = TYPED[ref.$typed];
      const { offset, length } = ref;
      if (
        !Number.isSafeInteger(offset) ||
        !Number.isSafeInteger(length) ||
        (offset as number) < 0 ||
        (length as number) < 0 ||
        (length as number) % Ctor.BYTES_PER_ELEMENT !== 0 ||
        (offset as number) + (length as number) > binary.length
      ) {
        throw new BackupError('The backup file is damaged: an array points outside the file.');
      }
      const [from, size] = [offset as number, length as number];
      const bytes = binary.slice(from, from + size);
      return new Ctor(bytes.buffer, 0, size / Ctor.BYTES_PER_ELEMENT);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpack(v, binary)]));
  }
  return value;
}

async function transform(bytes: Uint8Array, stream: CompressionStream) {
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

/**
 * Reads and checks a backup file: header, capped streamed unpacking, checksum, format, then
 * every record (see backup-check.ts). Throws BackupError with the reason it cannot be used.
 */
export async function readBackup(file: Blob | Uint8Array, limit?: number): Promise<BackupDocument> {
  const blob = file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>]);
  const header = new Uint8Array(await blob.slice(0, HEADER_BYTES).arrayBuffer());
  if (header.length < HEADER_BYTES || MAGIC.some((b, i) => header[i] !== b)) {
    throw new BackupError('This is not a Tenure backup file.');
  }
  const { body, packed, jsonLength } = await inflate(
    blob.slice(HEADER_BYTES),
    limit ?? (await backupByteLimit()),
  );
  const expected = header.subarray(MAGIC.length, HEADER_BYTES);
  const actual = await sha256(body);
  if (actual.some((b, i) => b !== expected[i])) {
    throw new BackupError('The backup file is damaged: its checksum does not match.');
  }
  const format = (packed as { summary?: { format?: unknown } } | null)?.summary?.format;
  if (typeof format !== 'number') throw new BackupError('This is not a Tenure backup file.');
  if (format > BACKUP_FORMAT) {
    throw new BackupError(
      `This backup was made by a newer version of Tenure (format ${format}; this version reads up to ${BACKUP_FORMAT}). Update Tenure and try again.`,
    );
  }
  const document = unpack(packed, body.subarray(4 + jsonLength));
  checkBackup(document, TABLES);
  return document as BackupDocument;
}

/** The existing data sets (any status) a restore of this backup would replace. */
export async function replacedBy(backup: BackupDocument): Promise<{ id: string; name: string }[]> {
  const records = await db().datasets.bulkGet(backup.summary.datasets.map((d) => d.id));
  return records.flatMap((r) => (r ? [{ id: r.id, name: r.name }] : []));
}

/** Tables whose records belong to one data set and are replaced with it. */
const REPLACED = [...PER_DATASET] as const;

/**
 * Restores a checked backup (from readBackup): its data sets replace those with the same id,
 * every record of theirs included; other data sets stay; mappings and the whitelisted
 * settings are merged. One transaction: all of it or nothing.
 */
export async function restoreBackup(backup: BackupDocument): Promise<BackupSummary> {
  checkBackup(backup, TABLES); // again: the document may not come from readBackup
  const d = db();
  const ids = new Set(backup.summary.datasets.map((s) => s.id));
  await guarded('restore the backup', () =>
    d.transaction('rw', [...TABLES, 'results'], async () => {
      for (const id of ids) {
        for (const table of REPLACED) await d.table(table).where('datasetId').equals(id).delete();
        await d.datasets.delete(id);
      }
      for (const scenario of backup.tables.scenarios as { id: string }[]) {
        const existing = await d.scenarios.get(scenario.id);
        if (existing && !ids.has(existing.datasetId)) {
          throw new BackupError('A scenario in the backup has the id of one of your scenarios.');
        }
      }
      for (const name of TABLES) {
        let records = backup.tables[name] as Record<string, unknown>[];
        // Moves get fresh ids here, so they cannot overwrite another data set's moves.
        if (name === 'moves') records = records.map(({ id: _id, ...move }) => move);
        if (name === 'settings') {
          records = records.filter((r) => r.key !== 'currentDataset' || ids.has(r.value as string));
        }
        await d.table(name).bulkPut(records);
      }
    }),
  );
  return backup.summary;
}

/** Deletes every data set, mapping, setting, cached result and secret in this browser. */
export async function deleteEverything(): Promise<void> {
  const d = db();
  const all = [...TABLES, 'results', 'secrets'];
  await guarded('delete your data', () =>
    d.transaction('rw', all, async () => {
      for (const name of all) await d.table(name).clear();
    }),
  );
}
