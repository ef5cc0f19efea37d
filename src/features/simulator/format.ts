/** Labels and number formats of the simulator screen (segments, channels, segmentations). */
import { segmentNameOf, type SegmentName } from '../../core/index.ts';
import {
  currentLocale,
  formatMoneyCompact,
  formatMoney,
  formatNumber,
  formatPercent,
  t,
  type MessageKey,
} from '../../ui/i18n/index.ts';

const TIERS = ['simulator.tier.0', 'simulator.tier.1', 'simulator.tier.2'] as const;

/**
 * A segment's name in the user's language, from its code: a worker segment's or uplift row's
 * `name`, or a scenario segment's key and label (coded ones by key, the data's values as
 * saved).
 */
export function segmentLabel(
  s: { key: string; label: string } | { key: string; name: SegmentName },
): string {
  const name = 'name' in s ? s.name : segmentNameOf(s.key, s.label);
  switch (name.kind) {
    case 'cell':
      return t('simulator.cell', {
        value: t(TIERS[name.value]),
        risk: t(TIERS[name.risk]).toLowerCase(),
      });
    case 'winBack':
      return t('simulator.winBack');
    case 'other':
      return t('simulator.otherValues');
    case 'notSet':
      return t('simulator.notSet');
    case 'rest':
      return t('simulator.custom.rest');
    case 'all':
      return t('simulator.uplift.all');
    case 'value':
      return name.value;
  }
}

const CHANNELS = ['email', 'sms', 'mail', 'phone', 'manager', 'discount'];

export function channelLabel(id: string): string {
  return CHANNELS.includes(id) ? t(`simulator.channel.${id}` as MessageKey) : id;
}

export function segmentationLabel(id: string): string {
  if (id === 'valueRisk') return t('simulator.seg.valueRisk');
  if (id === 'rfm') return t('simulator.seg.rfm');
  if (id === 'lanes') return t('simulator.seg.lanes');
  if (id.startsWith('custom:')) return t('simulator.seg.custom');
  const name = id.replace(/^attribute:/, '');
  const key = `simulator.attr.${name}` as MessageKey;
  return t('simulator.seg.attribute', { name: t(key) === key ? name : t(key) });
}

/** Money, or a dash when not a number. */
export function money(value: number): string {
  return Number.isFinite(value) ? formatMoney(value) : '—';
}

export function percent(value: number, digits = 1): string {
  return Number.isFinite(value) ? formatPercent(value, digits) : '—';
}

/** A ratio such as ROI or a marginal return: "2.35", "2,35" in Russian (a dash when not a number). */
export function ratio(value: number): string {
  return Number.isFinite(value)
    ? new Intl.NumberFormat(currentLocale(), {
        maximumFractionDigits: 2,
        minimumFractionDigits: 2,
      }).format(value)
    : '—';
}

/** An expected number of customers: whole ones, "about 52" when the model gives 52.2. */
export function customers(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const whole = Math.round(value);
  return Math.abs(value - whole) < 0.05
    ? formatNumber(whole)
    : t('simulator.about', { count: formatNumber(whole) });
}

/** Short amounts for chart axes and marks: "$1.8K", "1,8 тыс. $" in the data set's currency. */
export function compactMoney(value: number): string {
  return formatMoneyCompact(value);
}

/** A step of 1, 2 or 5 × 10^n close to `span / 200`, for sliders. */
export function sliderStep(span: number): number {
  const raw = Math.max(span / 200, 1e-4);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / power;
  return (m < 2 ? 1 : m < 5 ? 2 : 5) * power;
}

/** The top of a segment's spend slider: where the channel reaches ~98 % of its effect. */
export function sliderMax(k: number, spend: number): number {
  const top = Math.max(4 * k, spend);
  const step = sliderStep(top);
  return Math.ceil(top / step) * step;
}
