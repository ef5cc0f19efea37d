/**
 * JoinedColumns against plain concatenation (written out here, not core's concatColumns): any
 * chunk sizes, any estimate of the rows to come (none, too few, too many, exact), with and
 * without the optional columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JoinedColumns, type TypedColumns } from '../../../src/core/index.ts';

function chunkOf(rows: number[], withOptional: boolean): TypedColumns {
  const chunk: TypedColumns = {
    customer: Int32Array.from(rows, (r) => r % 97),
    day: Int32Array.from(rows, (r) => 19_000 + r),
    amount: Float64Array.from(rows, (r) => r / 100 - 3),
  };
  if (withOptional) {
    chunk.channel = Int32Array.from(rows, (r) => (r % 3) - 1);
    chunk.cost = Float64Array.from(rows, (r) => (r % 5 === 0 ? NaN : r / 7));
  }
  return chunk;
}

const plain = (chunks: TypedColumns[], pick: (c: TypedColumns) => ArrayLike<number> | undefined) =>
  chunks.flatMap((c) => Array.from(pick(c) ?? []));

describe('JoinedColumns', () => {
  it('holds the chunks in order, whatever the chunk sizes and the estimate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.boolean(),
        (sizes, expected, withOptional) => {
          let next = 0;
          const chunks = sizes.map((n) =>
            chunkOf(
              Array.from({ length: n }, () => next++),
              withOptional,
            ),
          );
          const joined = new JoinedColumns();
          for (const chunk of chunks) joined.append(chunk, expected);
          const columns = joined.columns();
          expect(columns.day.length).toBe(next);
          expect(Array.from(columns.customer)).toEqual(plain(chunks, (c) => c.customer));
          expect(Array.from(columns.day)).toEqual(plain(chunks, (c) => c.day));
          expect(Array.from(columns.amount)).toEqual(plain(chunks, (c) => c.amount));
          expect(columns.amount).toBeInstanceOf(Float64Array);
          if (withOptional && chunks.length > 0) {
            expect(Array.from(columns.channel!)).toEqual(plain(chunks, (c) => c.channel));
            expect(Array.from(columns.cost!)).toEqual(plain(chunks, (c) => c.cost));
          } else {
            expect(columns.channel).toBeUndefined();
            expect(columns.cost).toBeUndefined();
          }
        },
      ),
    );
  });

  it('makes room for the expected rows once, and grows by half past them', () => {
    const joined = new JoinedColumns();
    joined.append(chunkOf([1, 2, 3], false), 10);
    const buffer = joined.columns().day.buffer;
    expect(buffer.byteLength).toBe(10 * 4);
    joined.append(chunkOf([4, 5, 6, 7, 8, 9, 10], false), 10);
    expect(joined.columns().day.buffer).toBe(buffer);
    joined.append(chunkOf([11], false), 10);
    expect(joined.columns().day.buffer.byteLength).toBe(15 * 4);
    expect(Array.from(joined.columns().day)).toEqual(
      Array.from({ length: 11 }, (_, i) => 19_001 + i),
    );
  });
});
