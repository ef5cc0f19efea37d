/** Display names of lanes and rules in the UI language. */
import type { Lane, RuleKind } from '../../core/index.ts';
import { t, type MessageKey } from '../../ui/i18n/index.ts';

export function ruleLabel(rule: RuleKind): string {
  return t(`lifecycle.rule.${rule}` as MessageKey);
}

/** The user's name of a lane, or its rule's name. */
export function laneLabel(lane: Lane): string {
  return lane.name ?? (lane.rule ? ruleLabel(lane.rule) : lane.id);
}
