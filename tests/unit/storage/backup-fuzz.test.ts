/**
 * Fuzzing restore with real backups: bytes flipped, JSON fields replaced, typed-array names
 * changed, binary bytes changed (the last three re-sealed with a valid checksum). Every
 * outcome must be either a refusal with a plain message and nothing changed, or a restore
 * whose data sets give exactly the metrics of the original — never anything in between.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenureDb } from '../../../src/storage/db.ts';
import { listDatasets, loadTransactions } from '../../../src/storage/datasets.ts';
import { createBackup, readBackup, restoreBackup } from '../../../src/storage/backup.ts';
import { cohortMatrix, summarizeTransactions } from '../../../src/core/index.ts';
import { addDataset, freshDb, snapshot, workspace } from './backup-fixture.ts';
import { open, seal } from './backup-craft.ts';

let db: TenureDb;
let original: Uint8Array;
let expected: unknown;
let expectedTotals: unknown;
/** Paths to every leaf of the backup's JSON, and to every typed-array reference. */
const leaves: (string | number)[][] = [];
const typed: (string | number)[][] = [];

/** Numbers as the user sees them (a change below 1e-9 of a value is no change of a metric). */
function shown(value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isFinite(value) ? Number(value.toPrecision(9)) : value;
  if (Array.isArray(value)) return value.map(shown);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(v)]));
  }
  return value;
}

/**
 * What the user sees of every data set: its totals (stored, and recomputed from the rows),
 * and with `detail` its cohorts and dictionaries as well.
 */
async function metrics(detail = true) {
  const out: Record<string, unknown> = {};
  for (const d of await listDatasets()) {
    const columns = await loadTransactions(d.id);
    out[d.id] = {
      name: d.name,
      stored: d.summary,
      rows: summarizeTransactions(columns),
      ...(detail && {
        cohorts: cohortMatrix(columns, { grain: 'month', metric: 'revenue' }),
        products: columns.products,
        customers: columns.customerIds,
      }),
    };
  }
  return shown(out);
}

/**
 * Whether a mutation changes the rows themselves with a valid checksum (a sealed change of the
 * binary section, of where an array lies in it, or of a dictionary entry). A restore of such a file that keeps every
 * total its summary states (say, one purchase moved to another customer or day between the
 * first and the last) is a coherent backup of different rows: only the totals must be equal.
 */
function changesRows(m: Mutation): boolean {
  if (m.kind === 'binary') return true;
  if (m.kind !== 'field' && m.kind !== 'drop') return false;
  const path = leaves[m.leaf % leaves.length]!;
  // Where an array lies, or an entry of a dictionary (another id for a customer or product).
  return path.at(-1) === 'offset' || path.at(-1) === 'length' || path[1] === 'dictionaries';
}

function walk(value: unknown, path: (string | number)[]): void {
  if (value && typeof value === 'object') {
    if ('$typed' in value) typed.push(path);
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, child] of entries) walk(child, [...path, key]);
  } else leaves.push(path);
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

beforeAll(async () => {
  // Fixed ids, so that a seed reproduces the same mutations of the same file.
  let next = 0;
  const uuid = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}` as const;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(uuid);
  db = freshDb();
  await addDataset('Sample coffee shop', 23, 5);
  await addDataset('Second', 9, 4);
  await workspace();
  original = (await createBackup()).bytes;
  expected = await metrics();
  expectedTotals = await metrics(false);
  const { json } = open(original);
  walk(json, []);
});
afterAll(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const INTERNAL = /is not a (function|constructor)|Cannot read prop|undefined|\bnull\b|NaN/;

type Mutation =
  | { kind: 'byte'; at: number; xor: number }
  | { kind: 'field'; leaf: number; value: unknown }
  | { kind: 'typed'; ref: number; name: string }
  | { kind: 'binary'; at: number; xor: number }
  | { kind: 'drop'; leaf: number };

function apply(m: Mutation): Uint8Array {
  if (m.kind === 'byte') {
    const file = original.slice();
    file[m.at % file.length]! ^= m.xor;
    return file;
  }
  const { json, binary } = open(original);
  if (m.kind === 'field') setAt(json, leaves[m.leaf % leaves.length]!, m.value);
  if (m.kind === 'drop') {
    const path = leaves[m.leaf % leaves.length]!;
    setAt(json, path, undefined); // JSON.stringify drops it (or turns it into null)
  }
  if (m.kind === 'typed') setAt(json, [...typed[m.ref % typed.length]!, '$typed'], m.name);
  if (m.kind === 'binary') binary[m.at % binary.length]! ^= m.xor;
  return seal(JSON.stringify(json), binary);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('byte' as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('field' as const),
    leaf: fc.nat(),
    value: fc.oneof(
      fc.integer({ min: -3, max: 40 }),
      fc.double(),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        null,
        true,
        false,
        [],
        {},
        'importing',
        'ready',
        'summary',
        '__proto__',
        'constructor',
        1e308,
        -1,
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('typed' as const),
    ref: fc.nat(),
    name: fc.constantFrom(
      'constructor',
      '__proto__',
      'toString',
      'Object',
      'Array',
      'BigInt64Array',
      'Int32Array',
      'Float64Array',
      'Uint8Array',
      'Float32Array',
      'Int8Array',
      'Uint32Array',
    ),
  }),
  fc.record({
    kind: fc.constant('binary' as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('drop' as const), leaf: fc.nat() }),
);

describe('restore under mutation', () => {
  it('refuses with a plain message and changes nothing, or restores identical metrics', async () => {
    let refused = 0;
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const file = apply(m);
        const before = await snapshot(db);
        try {
          await restoreBackup(await readBackup(file));
        } catch (error) {
          refused++;
          expect(error).toBeInstanceOf(Error);
          const message = (error as Error).message;
          expect(['BackupError', 'StorageError']).toContain((error as Error).name);
          expect(message).not.toMatch(INTERNAL);
          expect(await snapshot(db)).toEqual(before);
          return;
        }
        restored++;
        const rows = changesRows(m);
        expect(await metrics(!rows)).toEqual(rows ? expectedTotals : expected);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 20) },
    );
    console.log(`fuzz: ${refused} refused, ${restored} restored with identical metrics`);
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
