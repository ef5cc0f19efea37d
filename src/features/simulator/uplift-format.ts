/** Labels of the campaign uplift panel. */
import { t } from '../../ui/i18n/index.ts';
import { segmentLabel } from './format.ts';

/** A row's segment label; the total row is "All campaign customers". */
export function upliftRowLabel(row: { key: string; label: string }): string {
  return row.key === 'all' ? t('simulator.uplift.all') : segmentLabel(row);
}
