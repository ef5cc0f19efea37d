/** Labels of the user's segment builder: fields, values and conditions. */
import type { FilterCondition } from '../../core/index.ts';
import { formatNumber, t, type MessageKey } from '../../ui/i18n/index.ts';

export function fieldLabel(field: string): string {
  if (field === 'rfm') return t('simulator.filter.field.rfm');
  if (field === 'valueTier') return t('simulator.filter.field.valueTier');
  if (field === 'riskTier') return t('simulator.filter.field.riskTier');
  if (field === 'recency') return t('simulator.filter.field.recency');
  const name = field.replace(/^attribute:/, '');
  const key = `simulator.attr.${name}` as MessageKey;
  return t(key) === key ? name : t(key);
}

export function valueLabel(field: string, value: string): string {
  if (field === 'valueTier' || field === 'riskTier') {
    return t(`simulator.tier.${value}` as MessageKey);
  }
  return value;
}

export function conditionLabel(c: FilterCondition): string {
  if (c.kind === 'is') {
    return t('simulator.filter.is', {
      field: fieldLabel(c.field),
      value: valueLabel(c.field, c.value),
    });
  }
  const any = t('simulator.filter.any');
  return t('simulator.filter.range', {
    field: fieldLabel(c.field),
    min: c.min === null ? any : formatNumber(c.min),
    max: c.max === null ? any : formatNumber(c.max),
  });
}

/** A segment's conditions in words: alternatives of one field joined by "or", fields by "and". */
export function conditionsLabel(conditions: readonly FilterCondition[]): string {
  const byField = new Map<string, string[]>();
  for (const c of conditions)
    byField.set(c.field, [...(byField.get(c.field) ?? []), conditionLabel(c)]);
  return [...byField.values()]
    .map((alts) => alts.join(` ${t('simulator.filter.or')} `))
    .join(` ${t('simulator.filter.and')} `);
}
