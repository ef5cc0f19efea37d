/**
 * What a segment is called, as a code: the analytics worker sends these (never words), the
 * screens word them in the user's language, and a scenario file keeps one English spelling
 * per code as its `label` (format 1), so files saved before and after read the same.
 */
import { SPLIT_ATTRIBUTES } from '../metrics/attributes.ts';
import type { Tier } from '../segments/value-risk.ts';

/**
 * A grid cell, the win-back group, a value of the data (an attribute's value, an RFM
 * segment's core name, a lane's or a user segment's name), the rest of an attribute's values,
 * customers without a value, everyone the user's segments leave, or every campaign customer.
 */
export type SegmentName =
  | { kind: 'cell'; value: Tier; risk: Tier }
  | { kind: 'winBack' }
  | { kind: 'value'; value: string }
  | { kind: 'other' }
  | { kind: 'notSet' }
  | { kind: 'rest' }
  | { kind: 'all' };

const TIER_WORDS = ['low', 'mid', 'high'] as const;

/** The English spelling a scenario file gives a segment (its `label`). */
export function scenarioLabel(name: SegmentName): string {
  switch (name.kind) {
    case 'cell':
      return `${TIER_WORDS[name.value]} value · ${TIER_WORDS[name.risk]} risk`;
    case 'winBack':
      return 'Win-back';
    case 'value':
      return name.value;
    case 'other':
      return '(other)';
    case 'notSet':
      return '(not set)';
    case 'rest':
      return 'Everyone else';
    case 'all':
      return 'All campaign customers';
  }
}

/**
 * The code of a segment as a scenario holds it (key and label): grid cells, win-back, the
 * rest of an attribute (`other:<attribute>`), no value (`<attribute>:`), everyone else
 * (`custom:rest`) and the uplift's total (`all`) by their keys; any other by its label.
 */
export function segmentNameOf(key: string, label: string): SegmentName {
  if (key === 'winBack') return { kind: 'winBack' };
  if (key === 'custom:rest') return { kind: 'rest' };
  if (key === 'all') return { kind: 'all' };
  const cell = /^v([012])r([012])$/.exec(key);
  if (cell) return { kind: 'cell', value: Number(cell[1]) as Tier, risk: Number(cell[2]) as Tier };
  const colon = key.indexOf(':');
  const head = key.slice(0, colon);
  const tail = key.slice(colon + 1);
  const attributes: readonly string[] = SPLIT_ATTRIBUTES;
  if (colon > 0 && head === 'other' && attributes.includes(tail)) return { kind: 'other' };
  if (colon > 0 && tail === '' && attributes.includes(head)) return { kind: 'notSet' };
  return { kind: 'value', value: label };
}

/** A segment from the worker (with its code) as a scenario holds it (with its label). */
export function withLabel<S extends { key: string; name: SegmentName }>(
  s: S,
): Omit<S, 'name'> & { label: string } {
  const { key, name, ...rest } = s;
  // The key and label first, as a scenario file has always listed them.
  return { key, label: scenarioLabel(name), ...rest } as Omit<S, 'name'> & { label: string };
}
