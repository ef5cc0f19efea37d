/**
 * The byte interner against a plain Map of strings: every value gets the index of its first
 * appearance, and the dictionary behind it is asked once per distinct value (the builder's
 * `addNew` counts on that), whichever of its two tables — numbered ids or the hash — a value
 * takes, and however the numbered ids' array grows on the way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteInterner } from '../../../src/core/ingest/fast/intern.ts';

const encoder = new TextEncoder();

/** Interns `values` in order; the indexes it gave and those a Map gives. */
function intern(values: readonly string[]) {
  const asked = new Set<string>();
  const interner = new ByteInterner((b, s, e) => {
    const value = new TextDecoder().decode(b.subarray(s, e));
    if (asked.has(value)) throw new Error(`"${value}" asked twice`);
    asked.add(value);
    return asked.size - 1;
  });
  const reference = new Map<string, number>();
  const given: number[] = [];
  const expected: number[] = [];
  for (const value of values) {
    // Each value sits inside a longer buffer, as cells sit in a line.
    const bytes = encoder.encode(`;${value};`);
    given.push(interner.indexOf(bytes, 1, bytes.length - 1));
    if (!reference.has(value)) reference.set(value, reference.size);
    expected.push(reference.get(value)!);
  }
  return { given, expected, asked: asked.size, distinct: reference.size };
}

const numbered = fc.oneof(
  fc.nat({ max: 40 }).map((n) => `K${n}`),
  fc.nat({ max: 40 }).map((n) => `K00${n}`),
  fc.nat({ max: 40 }).map(String),
  fc.integer({ min: 100_000, max: 999_999_999 }).map((n) => `K${n}`),
  fc.constantFrom('K1234567890', 'KX1', 'CUST1', 'K1x', 'K', '', 'Жан7', 'AB9', 'web', 'K-1'),
);

describe('ByteInterner', () => {
  it('gives each value the index of its first appearance and asks once per value', () => {
    fc.assert(
      fc.property(fc.array(numbered, { maxLength: 300 }), (values) => {
        const { given, expected, asked, distinct } = intern(values);
        expect(given).toEqual(expected);
        expect(asked).toBe(distinct);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact while numbered ids grow past the first array and some are refused room', () => {
    // 60 000 customers in shuffled order, some far beyond the array at first (they go to the
    // hash table and must stay there when the array has grown over them), some with leading
    // zeros beside the same number without.
    const values: string[] = [];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647);
    for (let i = 0; i < 200_000; i++) {
      const pick = next() % 100;
      const n = next() % 60_000;
      values.push(pick < 2 ? `K${300_000 + (n % 50)}` : pick < 4 ? `K0${n % 500}` : `K${n * 3}`);
    }
    const { given, expected, asked, distinct } = intern(values);
    // The first difference, not a diff of 200 000 numbers.
    const wrong = given.findIndex((index, i) => index !== expected[i]);
    expect(wrong === -1 ? null : { value: values[wrong], given: given[wrong] }).toBeNull();
    expect(asked).toBe(distinct);
    expect(distinct).toBeGreaterThan(50_000);
  });
});
