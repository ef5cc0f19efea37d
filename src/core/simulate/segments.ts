/**
 * Segments for the simulator, aggregated once from per-customer predictions: customers N,
 * mean churn probability p and mean value V per group. The slider math then works on these
 * few numbers, never on customers.
 */
import { valueRiskTiers } from '../segments/value-risk.ts';
import type { SegmentName } from './segment-names.ts';
import { SCENARIO_LIMITS } from './scenario-limits.ts';

/** A segment's base figures from the model, as a scenario holds them (with its label). */
export interface SegmentBase extends SegmentFigures {
  key: string;
  label: string;
}

/** A segment's figures: N, mean p and V, and what the sensitivity and the CAC need. */
export interface SegmentFigures {
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
export function aggregateSegments<L extends { key: string }>(
  group: ArrayLike<number>,
  labels: readonly L[],
  p: ArrayLike<number>,
  value: ArrayLike<number>,
  extra: { lower?: ArrayLike<number>; higher?: ArrayLike<number>; cac?: ArrayLike<number> } = {},
): (L & SegmentFigures)[] {
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
  return labels.map((named, k) => {
    const count = n[k]!;
    const base: L & SegmentFigures = {
      ...named,
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
 * Value × risk cells by the grid's rule (core/segments/value-risk.ts) as one group per
 * customer: the win-back group (index 9) takes precedence over the cell; 255 where the CLV is
 * unknown. For the CLI and the simulator's segments.
 */
export function valueRiskGroups(
  clv: Float64Array,
  pNoPurchase: Float64Array,
  pAlive: Float64Array,
  revenue: Float64Array,
): { group: Uint8Array; lowMax: number; midMax: number } {
  const tiers = valueRiskTiers(clv, pNoPurchase, pAlive, revenue);
  const group = tiers.cell.map((cell, i) =>
    cell === 255 ? 255 : tiers.winBack[i] ? VALUE_RISK_KEYS.length - 1 : cell,
  );
  return { group, lowMax: tiers.lowMax, midMax: tiers.midMax };
}

/**
 * At most `max` groups: when there are more labels, the max − 1 largest (by customers) keep
 * theirs, in their order, and the rest join `other` (last). Negative groups stay negative. A
 * scenario holds at most SCENARIO_LIMITS.segments segments; a first product of 5 000 kinds would
 * otherwise make one the app could not save and reopen.
 */
export function capGroups<L extends { key: string }>(
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

/**
 * Segments by a customer attribute as a scenario holds them: the largest values (keys
 * `attribute:value`), the rest as one group `other` (key `other:attribute`) and those without
 * a value as `notSet` (key `attribute:`). `values[i]` indexes `names`, −1 for no value. The
 * names are codes (the screens word them, a scenario file spells them with scenarioLabel).
 */
export function attributeGroups(
  values: ArrayLike<number>,
  names: readonly string[],
  attribute: string,
): { group: Int32Array; labels: { key: string; name: SegmentName }[] } {
  const capped = capGroups<{ key: string; name: SegmentName }>(
    values,
    names.map((value) => ({ key: `${attribute}:${value}`, name: { kind: 'value', value } })),
    SCENARIO_LIMITS.segments - 1,
    { key: `other:${attribute}`, name: { kind: 'other' } },
  );
  const none = capped.labels.length;
  return {
    group: capped.group.map((v) => (v < 0 ? none : v)),
    labels: [...capped.labels, { key: `${attribute}:`, name: { kind: 'notSet' } }],
  };
}
