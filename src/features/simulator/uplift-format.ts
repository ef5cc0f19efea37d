/** Labels of the campaign uplift panel. */
import type { SegmentName } from '../../core/index.ts';
import { segmentLabel } from './format.ts';

/** A row's segment label; the total row (name 'all') is "All campaign customers". */
export function upliftRowLabel(row: { key: string; name: SegmentName }): string {
  return segmentLabel(row);
}
