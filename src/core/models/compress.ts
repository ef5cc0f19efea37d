/**
 * Customers with the same (x, t_x, T) contribute the same likelihood term, so fits run on
 * the unique rows with a weight each (Fader & Hardie's own spreadsheets do the same;
 * lifetimes' `weights` argument). Rows come out sorted by x, grouped for per-x terms.
 */

export interface CompressedRows {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Extra per-row column carried through (e.g. monetary); zeros when not given. */
  extra: Float64Array;
  weight: Float64Array;
  /** Distinct x values, ascending, and where each one's rows begin (groupStart[k]..groupStart[k+1]). */
  groupX: Float64Array;
  groupStart: Int32Array;
  /** Σ weight. */
  total: number;
}

/**
 * Unique (x, t_x, T, extra) rows of the selected customers (`keep` true or absent), in
 * ascending x. O(n log n) in the number of customers.
 */
export function compressRows(
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  extra?: Float64Array,
  keep?: (i: number) => boolean,
): CompressedRows {
  const all = Int32Array.from({ length: x.length }, (_, i) => i);
  const index = keep ? all.filter(keep) : all;
  const e = extra ?? new Float64Array(x.length);
  index.sort((i, j) => x[i]! - x[j]! || T[i]! - T[j]! || tx[i]! - tx[j]! || e[i]! - e[j]!);
  const n = index.length;
  const out = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    extra: new Float64Array(n),
    weight: new Float64Array(n),
  };
  let rows = 0;
  const starts: number[] = [];
  const groupX: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = index[k]!;
    const r = rows - 1;
    if (
      r >= 0 &&
      out.x[r] === x[i] &&
      out.T[r] === T[i] &&
      out.tx[r] === tx[i] &&
      out.extra[r] === e[i]
    ) {
      out.weight[r]!++;
      continue;
    }
    if (r < 0 || out.x[r] !== x[i]) {
      starts.push(rows);
      groupX.push(x[i]!);
    }
    out.x[rows] = x[i]!;
    out.tx[rows] = tx[i]!;
    out.T[rows] = T[i]!;
    out.extra[rows] = e[i]!;
    out.weight[rows] = 1;
    rows++;
  }
  starts.push(rows);
  return {
    x: out.x.slice(0, rows),
    tx: out.tx.slice(0, rows),
    T: out.T.slice(0, rows),
    extra: out.extra.slice(0, rows),
    weight: out.weight.slice(0, rows),
    groupX: Float64Array.from(groupX),
    groupStart: Int32Array.from(starts),
    total: n,
  };
}

/** The largest value of a column (0 when empty). */
export function columnMax(values: Float64Array): number {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
}
