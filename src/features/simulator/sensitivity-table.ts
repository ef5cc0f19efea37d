/** The sensitivity chart's labels and its table alternative. */
import type { SensitivityParam, SensitivityRow } from '../../core/index.ts';
import type { ChartTable } from '../../ui/chart-table.ts';
import { moneyHeader, t } from '../../ui/i18n/index.ts';
import { money } from './format.ts';

export function paramLabel(param: SensitivityParam): string {
  return t(`simulator.sens.${param}`);
}

export function sensitivityTable(base: number, rows: SensitivityRow[]): ChartTable {
  return {
    header: [
      t('simulator.sens.param'),
      moneyHeader(t('simulator.sens.low')),
      moneyHeader(t('simulator.sens.high')),
      moneyHeader(t('simulator.sens.base', { net: '' }).replace(/[:\s]+$/, '')),
    ],
    rows: rows.map((r) => [paramLabel(r.param), round(r.low), round(r.high), round(base)]),
    display: rows.map((r) => [paramLabel(r.param), money(r.low), money(r.high), money(base)]),
  };
}

const round = (v: number) => Number(v.toFixed(2));
