/**
 * Re-packs a backup file the way an attacker would: the JSON or the binary section changed,
 * with a valid checksum, so only the content checks stand in the way.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

const HEADER = 40;

export interface Opened {
  json: Record<string, unknown>;
  binary: Uint8Array;
}

/** The JSON document (with `$typed` references) and the binary section of a backup file. */
export function open(file: Uint8Array): Opened {
  const body = gunzipSync(file.subarray(HEADER));
  const jsonLength = body.readUInt32LE(0);
  const json = JSON.parse(body.subarray(4, 4 + jsonLength).toString('utf8')) as Record<
    string,
    unknown
  >;
  return { json, binary: new Uint8Array(body.subarray(4 + jsonLength)) };
}

/** A backup file of this JSON text and binary section, with a correct checksum. */
export function seal(json: string, binary: Uint8Array, tail?: Uint8Array): Uint8Array {
  const text = Buffer.from(json, 'utf8');
  const body = Buffer.alloc(4 + text.length + binary.length);
  body.writeUInt32LE(text.length, 0);
  text.copy(body, 4);
  body.set(binary, 4 + text.length);
  const hash = createHash('sha256').update(body).digest();
  const gz = gzipSync(tail ? Buffer.concat([body, tail]) : body);
  const file = new Uint8Array(HEADER + gz.length);
  file.set([0x54, 0x45, 0x4e, 0x55, 0x52, 0x45, 0x00, 0x01], 0);
  file.set(hash, 8);
  file.set(gz, HEADER);
  return file;
}

/** Opens a backup, lets `change` edit its JSON (and binary), and seals it again. */
export function craft(
  file: Uint8Array,
  change: (json: Record<string, unknown>, binary: Uint8Array) => void,
): Uint8Array {
  const { json, binary } = open(file);
  change(json, binary);
  return seal(JSON.stringify(json), binary);
}

/**
 * A gzip bomb: a real backup body followed by `zeros` bytes of zeros, compressed as one
 * stream (about 1 000 : 1), behind a valid header.
 */
export async function bomb(file: Uint8Array, zeros: number): Promise<Uint8Array> {
  const { createGzip } = await import('node:zlib');
  const body = gunzipSync(file.subarray(HEADER));
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(body);
  const block = Buffer.alloc(1 << 20);
  for (let left = zeros; left > 0; left -= block.length) {
    const ok = gzip.write(left >= block.length ? block : block.subarray(0, left));
    if (!ok) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  const gz = Buffer.concat(out);
  const result = new Uint8Array(HEADER + gz.length);
  result.set(file.subarray(0, HEADER), 0);
  result.set(gz, HEADER);
  return result;
}
