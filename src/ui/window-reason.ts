/**
 * The suggested inactivity window's reason in the UI language, from its numbers (core gives
 * days and the number of gaps; its English sentence is for the CLI).
 */
import { formatNumber, formatPercent, t } from './i18n/index.ts';

export function windowReason(window: { days: number; gaps?: number; reason: string }): string {
  if (window.gaps === undefined) return window.reason;
  if (window.gaps === 0) return t('churn.windowSuggestNone', { days: formatNumber(window.days) });
  return t('churn.windowSuggest', {
    share: formatPercent(0.9, 0),
    days: formatNumber(window.days),
    gaps: formatNumber(window.gaps),
  });
}
