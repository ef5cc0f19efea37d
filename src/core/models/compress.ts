/**
 * Customers with the same (x, t_x, T) contribute the same likelihood term, so fits run on
 * the unique rows with a weight each (Fader & Hardie's own spreadsheets do the same;
 * lifetimes' `weights` argument). Rows come out sorted by x, grouped for per-x terms, and
 * every column is also given as distinct values + index, so per-value work (logs) is done
 * once per distinct value rather than once per row.
 */

export interface CompressedRows {
  x: Float64Array;
  /** The other columns, row-aligned with x, in the order given. */
  columns: Float64Array[];
  /** Per column: its distinct values, ascending, and each row's index into them. */
  distinct: Float64Array[];
  index: Int32Array[];
  weight: Float64Array;
  /** Distinct x values, ascending, and where each one's rows begin (groupStart[k]..groupStart[k+1]). */
  groupX: Float64Array;
  groupStart: Int32Array;
  /** Σ weight: the number of customers. */
  total: number;
}

/** Distinct values of a column, ascending, and each entry's index into them. */
export function distinctIndex(values: Float64Array): { values: Float64Array; index: Int32Array } {
  const sorted = Float64Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  }
  const distinct = sorted.slice(0, n);
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    // Binary search: distinct is sorted and holds every value.
    let lo = 0;
    let hi = n - 1;
    const v = values[i]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    index[i] = lo;
  }
  return { values: distinct, index };
}

/**
 * Unique (x, columns…) rows of the selected customers (`keep` true or absent), ascending in
 * x. Each row is encoded as one integer key in mixed radix of the distinct-value indexes and
 * the keys sorted natively: O(n log n) without a comparator.
 */
export function compressRows(
  x: Float64Array,
  columns: readonly Float64Array[],
  keep?: (i: number) => boolean,
): CompressedRows {
  const select = <T extends Float64Array>(c: T) => (keep ? c.filter((_, i) => keep(i)) : c);
  const xs = distinctIndex(select(x));
  const cs = columns.map((c) => distinctIndex(select(c)));
  const radices = [xs.values.length, ...cs.map((c) => c.values.length)];
  if (radices.reduce((p, r) => p * Math.max(r, 1), 1) > Number.MAX_SAFE_INTEGER) {
    throw new Error('too many distinct values to compress');
  }
  const n = xs.index.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let key = xs.index[i]!;
    for (let k = 0; k < cs.length; k++) key = key * radices[k + 1]! + cs[k]!.index[i]!;
    keys[i] = key;
  }
  keys.sort();
  let rows = 0;
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && keys[i] === keys[rows - 1]) weight[rows - 1]!++;
    else {
      keys[rows] = keys[i]!;
      weight[rows++] = 1;
    }
  }
  return decode(keys.subarray(0, rows), weight.slice(0, rows), xs.values, cs, radices, n);
}

function decode(
  keys: Float64Array,
  weight: Float64Array,
  xValues: Float64Array,
  cs: { values: Float64Array }[],
  radices: number[],
  total: number,
): CompressedRows {
  const rows = keys.length;
  const x = new Float64Array(rows);
  const index = cs.map(() => new Int32Array(rows));
  const starts: number[] = [];
  for (let i = 0; i < rows; i++) {
    let key = keys[i]!;
    for (let k = cs.length - 1; k >= 0; k--) {
      const r = radices[k + 1]!;
      const digit = key % r;
      index[k]![i] = digit;
      key = (key - digit) / r;
    }
    x[i] = xValues[key]!;
    if (i === 0 || x[i] !== x[i - 1]) starts.push(i);
  }
  const groupX = Float64Array.from(starts, (s) => x[s]!);
  starts.push(rows);
  return {
    x,
    columns: cs.map((c, k) => Float64Array.from(index[k]!, (j) => c.values[j]!)),
    distinct: cs.map((c) => c.values),
    index,
    weight,
    groupX,
    groupStart: Int32Array.from(starts),
    total,
  };
}

/** The largest value of a column (0 when empty). */
export function columnMax(values: Float64Array): number {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
}
