/** The settings each block of the report was computed with, in words of the UI language. */
import { formatNumber, formatPercent, t } from '../../ui/i18n/index.ts';
import type { CohortControls } from '../cohorts/cohorts-view.svelte.ts';
import type { LtvChoices } from '../ltv/settings.svelte.ts';
import type { ModelParams } from '../predictive/types.ts';
import type { ChurnBlock } from './report-view.svelte.ts';

const grainWord = (grain: string) =>
  t(`grain.${grain as 'day' | 'week' | 'month' | 'quarter'}`).toLowerCase();

export function cohortSettings(c: CohortControls): string {
  return t('report.cohorts.settings', {
    metric: t(`cohorts.metric.${c.metric}`),
    grain: grainWord(c.grain),
    mode: t(`report.cohorts.mode.${c.mode}`),
  });
}

export function churnSettings(b: ChurnBlock): string {
  const grain = grainWord(b.grain);
  return b.mode === 'contract'
    ? t('report.churn.settingsContract', { grain })
    : t('report.churn.settings', { grain, days: formatNumber(b.window) });
}

export function ltvSettings(c: LtvChoices): string {
  return t('report.ltv.settings', {
    grain: grainWord(c.grain),
    margin:
      c.marginSource === 'cost'
        ? t('report.ltv.marginCost')
        : formatPercent(c.marginPercent / 100, 1),
    discount: formatPercent(c.discountPercent / 100, 2),
    periods: formatNumber(c.trailingPeriods),
  });
}

export function modelSettingsText(p: ModelParams): string {
  const week = p.unit === 'week';
  return t('report.model.settings', {
    units: t(week ? 'predictive.unit.weeks' : 'predictive.unit.days'),
    unit: t(week ? 'predictive.unit.week' : 'predictive.unit.day'),
    horizon: formatNumber(p.horizon),
    discount: formatPercent(p.discount, 2),
    margin: formatPercent(p.margin, 0),
  });
}
