/** The heading of a value × risk group's customer list. */
import { t, type MessageKey } from '../../ui/i18n/index.ts';
import type { GridGroup } from './types.ts';

const TIERS: MessageKey[] = ['predictive.tier.low', 'predictive.tier.mid', 'predictive.tier.high'];

export function groupTitle(group: GridGroup): string {
  if (group === 'winBack') return t('predictive.playbook.winBack.title');
  return t('predictive.grid.listTitle', {
    value: t(TIERS[group.value]!),
    risk: t(TIERS[group.risk]!),
  });
}
