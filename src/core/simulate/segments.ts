/**
 * Segments for the simulator, aggregated once from per-customer predictions: customers N,
 * mean churn probability p and mean value V per group. The slider math then works on these
 * few numbers, never on customers.
 */

/** A segment's base figures from the model. */
export interface SegmentBase {
  key: string;
  label: string;
  customers: number;
  /** Mean P(churn within the horizon). */
  p: number;
  /** Mean predicted CLV. */
  value: number;
  /** Mean CLV at a 20 % lower / higher discount rate (for the sensitivity), if known. */
  valueLowerDiscount?: number;
  valueHigherDiscount?: number;
  /** Mean acquisition cost of the customers whose CAC is known (NaN: none). */
  cac?: number;
}

/**
 * Per-group customer counts and means of p and V. `group[i]` is customer i's group index
 * (negative or ≥ labels.length: in no segment); customers with a non-finite p or V are skipped.
 * Optional extra columns are averaged the same way.
 */
export function aggregateSegments(
  group: ArrayLike<number>,
  labels: readonly { key: string; label: string }[],
  p: ArrayLike<number>,
  value: ArrayLike<number>,
  extra: { lower?: ArrayLike<number>; higher?: ArrayLike<number>; cac?: ArrayLike<number> } = {},
): SegmentBase[] {
  const g = labels.length;
  const n = new Float64Array(g);
  const sp = new Float64Array(g);
  const sv = new Float64Array(g);
  const sl = new Float64Array(g);
  const sh = new Float64Array(g);
  const sc = new Float64Array(g);
  const nc = new Float64Array(g);
  for (let i = 0; i < group.length; i++) {
    const k = group[i]!;
    if (!(k >= 0 && k < g)) continue;
    const pi = p[i]!;
    const vi = value[i]!;
    if (!Number.isFinite(pi) || !Number.isFinite(vi)) continue;
    n[k]!++;
    sp[k]! += pi;
    sv[k]! += vi;
    if (extra.lower) sl[k]! += extra.lower[i]!;
    if (extra.higher) sh[k]! += extra.higher[i]!;
    const cac = extra.cac?.[i];
    if (cac !== undefined && Number.isFinite(cac)) {
      sc[k]! += cac;
      nc[k]!++;
    }
  }
  return labels.map(({ key, label }, k) => {
    const count = n[k]!;
    const base: SegmentBase = {
      key,
      label,
      customers: count,
      p: count > 0 ? sp[k]! / count : 0,
      value: count > 0 ? sv[k]! / count : 0,
    };
    if (extra.lower) base.valueLowerDiscount = count > 0 ? sl[k]! / count : 0;
    if (extra.higher) base.valueHigherDiscount = count > 0 ? sh[k]! / count : 0;
    if (extra.cac) base.cac = nc[k]! > 0 ? sc[k]! / nc[k]! : NaN;
    return base;
  });
}

/** The value × risk grid's cell labels in value-major order, then the win-back group. */
export const VALUE_RISK_KEYS: readonly string[] = [
  ...[0, 1, 2].flatMap((v) => [0, 1, 2].map((r) => `v${v}r${r}`)),
  'winBack',
];

/**
 * Value × risk cells (docs/ARCHITECTURE.md, "Value × risk grid"): value tier by CLV tertiles,
 * risk tier by P(no purchase in the horizon) (low < 0.5 ≤ mid ≤ 0.8 < high); valuable
 * customers already lost (P(alive) < 0.1 and revenue in the top third) form the win-back
 * group (index 9). The same rule as the analytics worker's grid, for the CLI; 255 where the
 * CLV is unknown.
 */
export function valueRiskGroups(
  clv: Float64Array,
  pNoPurchase: Float64Array,
  pAlive: Float64Array,
  revenue: Float64Array,
): { group: Uint8Array; lowMax: number; midMax: number } {
  const lowMax = quantile(clv, 1 / 3);
  const midMax = quantile(clv, 2 / 3);
  const valuable = quantile(revenue, 2 / 3);
  const group = new Uint8Array(clv.length).fill(255);
  for (let i = 0; i < clv.length; i++) {
    const v = clv[i]!;
    if (!Number.isFinite(v)) continue;
    if (pAlive[i]! < 0.1 && revenue[i]! > valuable) {
      group[i] = 9;
      continue;
    }
    const value = v > midMax ? 2 : v > lowMax ? 1 : 0;
    const p = pNoPurchase[i]!;
    const risk = p > 0.8 ? 2 : p >= 0.5 ? 1 : 0;
    group[i] = value * 3 + risk;
  }
  return { group, lowMax, midMax };
}

/** The value at quantile q of the finite values (linear interpolation, like d3.quantile). */
function quantile(values: Float64Array, q: number): number {
  const sorted = values.filter(Number.isFinite).sort();
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (h - lo);
}

/**
 * At most `max` groups: when there are more labels, the max − 1 largest (by customers) keep
 * theirs, in their order, and the rest join `other` (last). Negative groups stay negative. A
 * scenario holds at most SCENARIO_LIMITS.segments segments; a first product of 5 000 kinds would
 * otherwise make one the app could not save and reopen.
 */
export function capGroups<L extends { key: string; label: string }>(
  group: ArrayLike<number>,
  labels: readonly L[],
  max: number,
  other: L,
): { group: Int32Array; labels: L[] } {
  if (labels.length <= max) return { group: Int32Array.from(group), labels: [...labels] };
  const counts = new Float64Array(labels.length);
  for (let i = 0; i < group.length; i++) {
    const g = group[i]!;
    if (g >= 0 && g < labels.length) counts[g]!++;
  }
  const kept = [...labels.keys()]
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, max - 1)
    .sort((a, b) => a - b);
  const index = new Int32Array(labels.length).fill(kept.length);
  kept.forEach((old, i) => (index[old] = i));
  return {
    group: Int32Array.from(group, (g) => (g >= 0 && g < labels.length ? index[g]! : g)),
    labels: [...kept.map((i) => labels[i]!), other],
  };
}
