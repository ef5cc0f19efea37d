import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argsort } from '../../../src/core/metrics/sort.ts';

describe('argsort', () => {
  it('orders negatives, zero and positives, keeping ties in index order', () => {
    const keys = Float64Array.from([3.5, -1e300, 0, 2, -0.25, 2, 1e-300]);
    expect(Array.from(argsort(keys))).toEqual([1, 4, 2, 6, 3, 5, 0]);
    expect(argsort(new Float64Array(0))).toHaveLength(0);
  });

  it('property: agrees with a stable comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: false })), (values) => {
        const keys = Float64Array.from(values, (v) => v + 0);
        const expected = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
        expect(Array.from(argsort(keys))).toEqual(expected);
      }),
    );
  });
});
