/**
 * Unpacking a backup's body as a stream, with a byte cap: a gzip bomb is refused as too large
 * while it is being unpacked, never inflated whole.
 */
import { BackupError } from './backup-check.ts';

/**
 * The most a backup may unpack to: a fixed ceiling of 2 GiB, lowered to 4 × the storage quota
 * where the browser states one (more than that could never be restored anyway). A file that
 * would unpack to more is refused as too large while it is being unpacked.
 */
export const MAX_BACKUP_BYTES = 2 ** 31;

/** The largest body a backup may unpack to here (see MAX_BACKUP_BYTES). */
export async function backupByteLimit(): Promise<number> {
  try {
    const quota = (await globalThis.navigator?.storage?.estimate?.())?.quota;
    return quota ? Math.min(MAX_BACKUP_BYTES, 4 * quota) : MAX_BACKUP_BYTES;
  } catch {
    return MAX_BACKUP_BYTES;
  }
}

function tooLarge(limit: number): never {
  const mb = Math.round(limit / 2 ** 20).toLocaleString('en');
  throw new BackupError(
    `The backup file is too large: it unpacks to more than ${mb} MB, the most this browser can restore.`,
  );
}

function overDeclared(): never {
  throw new BackupError(
    'The backup file is damaged or too large: it unpacks to more data than it declares.',
  );
}

/** The end of the binary section the JSON's typed-array references reach. */
function binaryEnd(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => Math.max(n, binaryEnd(v)), 0);
  if (!value || typeof value !== 'object') return 0;
  const ref = value as { $typed?: unknown; offset?: unknown; length?: unknown };
  if (Object.prototype.hasOwnProperty.call(ref, '$typed')) {
    const end = Number(ref.offset) + Number(ref.length);
    return Number.isFinite(end) ? Math.ceil(end / 8) * 8 : Infinity;
  }
  return Object.values(value).reduce((n: number, v) => Math.max(n, binaryEnd(v)), 0);
}

/**
 * Unpacks the body of a backup as a stream, never beyond `limit` bytes nor beyond what its
 * JSON declares: a gzip bomb is refused as soon as it passes either, without being unpacked
 * whole. Returns the body and its parsed JSON.
 */
export async function inflate(compressed: Blob, limit: number) {
  const inflater = new DecompressionStream('gzip');
  const reader = inflater.readable.getReader();
  // Fed in small slices: one slice of a bomb unpacks to at most about 1 000 times its size.
  const feeding = feed(compressed, inflater.writable.getWriter());
  feeding.catch(() => undefined);
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let body: Uint8Array | null = null;
  let packed: unknown;
  let jsonLength = -1;
  let total = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new BackupError('The backup file is damaged or incomplete (it does not decompress).');
      }
      if (chunk.done) break;
      const part = chunk.value;
      if (total + part.length > limit) tooLarge(limit);
      if (body && total + part.length > body.length) overDeclared();
      if (body) {
        body.set(part, total);
        total += part.length;
        continue;
      }
      head.push(part);
      headBytes += part.length;
      total += part.length;
      if (jsonLength < 0 && headBytes >= 4) {
        const first = concat(head, 4);
        jsonLength = new DataView(first.buffer).getUint32(0, true);
        if (4 + jsonLength > limit) tooLarge(limit);
      }
      if (jsonLength >= 0 && headBytes >= 4 + jsonLength) {
        const start = concat(head, headBytes);
        head.length = 0;
        packed = parseJson(start.subarray(4, 4 + jsonLength));
        const declared = 4 + jsonLength + binaryEnd(packed);
        if (declared > limit) tooLarge(limit);
        if (headBytes > declared) overDeclared();
        body = new Uint8Array(declared);
        body.set(start);
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
    feeding.cancel();
  }
  if (!body || total !== body.length) {
    throw new BackupError('The backup file is damaged: its contents are cut short.');
  }
  return { body, packed, jsonLength };
}

/** Compressed bytes go into the inflater this many at a time. */
const FEED_BYTES = 16 << 10;

/** Writes a blob into the inflater in FEED_BYTES slices, waiting for it to take each. */
function feed(blob: Blob, writer: WritableStreamDefaultWriter<BufferSource>) {
  let cancelled = false;
  const run = async () => {
    const source = blob.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await source.read();
        if (done || cancelled) break;
        for (let at = 0; at < value.length && !cancelled; at += FEED_BYTES) {
          await writer.ready;
          await writer.write(value.subarray(at, at + FEED_BYTES));
        }
      }
      if (!cancelled) await writer.close();
    } finally {
      source.cancel().catch(() => undefined);
    }
  };
  const promise = run();
  return {
    catch: (f: () => void) => promise.catch(f),
    cancel: () => {
      cancelled = true;
      writer.abort().catch(() => undefined);
    },
  };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    if (at >= length) break;
    out.set(part.subarray(0, length - at), at);
    at += part.length;
  }
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('The backup file is damaged: its contents are unreadable.');
  }
}
