/** Short labels for the bins of the predictive charts. */
import { formatMoneyCompact, formatNumber } from '../../../ui/i18n/index.ts';

/** "3", "5–6", "25+" for a frequency bin (inclusive bounds, null = and more). */
export function frequencyLabel(bin: { from: number; to: number | null }): string {
  if (bin.to === null) return `${formatNumber(bin.from)}+`;
  return bin.to === bin.from
    ? formatNumber(bin.from)
    : `${formatNumber(bin.from)}–${formatNumber(bin.to)}`;
}

/** "20–40" for a half-open bin [from, to). */
export function binLabel(bin: { from: number; to: number }): string {
  return `${formatNumber(bin.from, 1)}–${formatNumber(bin.to, 1)}`;
}

/** "$1–$2", "$1K–$2K" for a money bin, compact, in the data set's currency. */
export function moneyBinLabel(bin: { from: number; to: number }): string {
  const short = formatMoneyCompact;
  return bin.from === 0 ? `< ${short(bin.to)}` : `${short(bin.from)}–${short(bin.to)}`;
}
