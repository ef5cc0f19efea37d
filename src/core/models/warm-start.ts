/**
 * A deterministic subsample of compressed rows, for warm-starting a fit on a large data set:
 * the multi-start search runs on ~SAMPLE_ROWS rows, and the whole data set continues from its
 * optimum. The mean log-likelihood of a random subsample estimates the whole one's, so its
 * optimum (and curvature) lies close to the whole data set's.
 */
import { distinctIndex, type CompressedRows } from './compress.ts';
import {
  bfgs,
  minimize,
  newtonRefine,
  type Minimum,
  type ObjectiveWithGradient,
} from './optimize.ts';

/** Fits on more distinct rows than this start from a subsample's optimum. */
export const WARM_START_ABOVE = 20_000;
const SAMPLE_ROWS = 8_000;

/** Knuth's multiplicative hash of a row number, uniform in [0, 1). */
function uniform(row: number): number {
  return (Math.imul(row + 1, 2654435761) >>> 0) / 4294967296;
}

/**
 * About `target` of the rows, each kept with probability target / rows (by a fixed hash of its
 * position, so the same data always give the same sample), with their weights, grouped by x.
 */
export function subsampleRows(rows: CompressedRows, target = SAMPLE_ROWS): CompressedRows {
  const share = Math.min(1, target / rows.x.length);
  const picked: number[] = [];
  const starts: number[] = [];
  const groupX: number[] = [];
  for (let g = 0; g < rows.groupX.length; g++) {
    const before = picked.length;
    for (let i = rows.groupStart[g]!; i < rows.groupStart[g + 1]!; i++) {
      if (uniform(i) < share) picked.push(i);
    }
    if (picked.length > before) {
      starts.push(before);
      groupX.push(rows.groupX[g]!);
    }
  }
  starts.push(picked.length);
  const columns = rows.columns.map((c) => Float64Array.from(picked, (i) => c[i]!));
  const distinct = columns.map(distinctIndex);
  const weight = Float64Array.from(picked, (i) => rows.weight[i]!);
  return {
    x: Float64Array.from(picked, (i) => rows.x[i]!),
    columns,
    distinct: distinct.map((d) => d.values),
    index: distinct.map((d) => d.index),
    weight,
    groupX: Float64Array.from(groupX),
    groupStart: Int32Array.from(starts),
    total: weight.reduce((sum, w) => sum + w, 0),
  };
}

/**
 * The minimum of an objective built over compressed rows: the multi-start search directly
 * when the rows are few; otherwise on a subsample first, the whole data set continuing from
 * its optimum with its inverse Hessian (a handful of full evaluations instead of dozens), and
 * the whole multi-start search only if that does not converge.
 */
export function minimizeOverRows(
  rows: CompressedRows,
  objectiveOf: (rows: CompressedRows) => ObjectiveWithGradient,
  starts: readonly (readonly number[])[],
): Minimum {
  const fg = objectiveOf(rows);
  const scratch = new Float64Array(starts[0]!.length);
  const f = (theta: Float64Array) => fg(theta, scratch);
  if (rows.x.length <= WARM_START_ABOVE) return minimize(f, starts, { gradient: fg });
  const sample = minimizeOverRows(subsampleRows(rows), objectiveOf, starts);
  const full = bfgs(f, sample.x, { gradient: fg, inverseHessian: sample.inverseHessian });
  let done = full;
  if (!full.converged) {
    const refined = newtonRefine(fg, full.x);
    if (refined.gradientNorm < full.gradientNorm)
      done = { ...refined, iterations: full.iterations + refined.iterations };
  }
  if (done.converged) return { ...done, iterations: sample.iterations + done.iterations };
  return minimize(f, starts, { gradient: fg });
}
