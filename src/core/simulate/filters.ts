/**
 * Segments the user builds from conditions: "RFM segment is Champions", "value tier is high",
 * "acquisition channel is Paid search", "recency 30–90 days". Within one segment, conditions
 * on the same field are alternatives (OR) and conditions on different fields must all hold
 * (AND). Segments are tried in order and a customer joins the first one it matches; the
 * customers no segment matches form "everyone else", so the rows never overlap and the
 * totals count each customer once.
 */

/** A condition: a categorical field equals a value, or a numeric field lies in [min, max]. */
export type FilterCondition =
  | { kind: 'is'; field: string; value: string }
  | { kind: 'range'; field: string; min: number | null; max: number | null };

export interface FilterSegment {
  name: string;
  conditions: FilterCondition[];
}

/** Per customer: a code into `labels` for categorical fields (−1: unknown), numbers for others. */
export interface FilterColumns {
  categorical: Record<string, { codes: ArrayLike<number>; labels: readonly string[] }>;
  numeric: Record<string, ArrayLike<number>>;
}

/** Checks a segment list read from outside (a scenario, the UI), naming the problem. */
export function checkFilterSegments(value: unknown): FilterSegment[] {
  if (!Array.isArray(value)) throw new Error('filter segments: expected a list');
  return value.map((s: unknown, i) => {
    const seg = s as Partial<FilterSegment>;
    if (typeof seg.name !== 'string' || seg.name.trim() === '') {
      throw new Error(`filter segment ${i + 1}: no name`);
    }
    if (!Array.isArray(seg.conditions) || seg.conditions.length === 0) {
      throw new Error(`filter segment "${seg.name}": no condition`);
    }
    for (const c of seg.conditions as Partial<FilterCondition>[]) {
      const ok =
        typeof c.field === 'string' &&
        ((c.kind === 'is' && typeof c.value === 'string') ||
          (c.kind === 'range' &&
            (c.min === null || typeof c.min === 'number') &&
            (c.max === null || typeof c.max === 'number')));
      if (!ok) throw new Error(`filter segment "${seg.name}": a condition is malformed`);
    }
    return { name: seg.name.trim(), conditions: seg.conditions };
  });
}

type Test = (i: number) => boolean;

/** One field's alternatives as a test on customer i (throws on an unknown field). */
function fieldTest(field: string, conditions: FilterCondition[], columns: FilterColumns): Test {
  const cat = columns.categorical[field];
  const num = columns.numeric[field];
  if (cat) {
    const wanted = new Set<number>();
    for (const c of conditions) {
      if (c.kind !== 'is') throw new Error(`field "${field}" takes values, not a range`);
      // A value the data does not have matches nobody.
      const code = cat.labels.indexOf(c.value);
      if (code >= 0) wanted.add(code);
    }
    const codes = cat.codes;
    return (i) => wanted.has(codes[i]!);
  }
  if (num) {
    const ranges = conditions.map((c) => {
      if (c.kind !== 'range') throw new Error(`field "${field}" takes a range, not a value`);
      return [c.min ?? -Infinity, c.max ?? Infinity] as const;
    });
    return (i) => {
      const v = num[i]!;
      return Number.isFinite(v) && ranges.some(([lo, hi]) => v >= lo && v <= hi);
    };
  }
  throw new Error(`this data set has no "${field}" to filter on`);
}

/**
 * The segment index of each of `n` customers: the first segment whose conditions all hold,
 * else `segments.length` (everyone else).
 */
export function filterGroups(
  segments: readonly FilterSegment[],
  columns: FilterColumns,
  n: number,
): Int32Array {
  const tests = segments.map((s) => {
    const byField = new Map<string, FilterCondition[]>();
    for (const c of s.conditions) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
    return [...byField].map(([field, cs]) => fieldTest(field, cs, columns));
  });
  const group = new Int32Array(n).fill(segments.length);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < tests.length; s++) {
      if (tests[s]!.every((test) => test(i))) {
        group[i] = s;
        break;
      }
    }
  }
  return group;
}

/** The segmentation id that carries the user's segments (saved with a scenario). */
export const CUSTOM_PREFIX = 'custom:';

export function customSegmentation(segments: readonly FilterSegment[]): string {
  return CUSTOM_PREFIX + JSON.stringify(segments);
}

export function parseCustomSegmentation(id: string): FilterSegment[] {
  if (!id.startsWith(CUSTOM_PREFIX)) throw new Error(`not a custom segmentation: ${id}`);
  let value: unknown;
  try {
    value = JSON.parse(id.slice(CUSTOM_PREFIX.length));
  } catch {
    throw new Error('custom segmentation: the segment definitions are not valid JSON');
  }
  return checkFilterSegments(value);
}
