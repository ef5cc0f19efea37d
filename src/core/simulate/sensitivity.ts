/**
 * Sensitivity of net value to the assumptions: each of e_max, k, V, p and the discount rate
 * moved by ±20 % (all segments at once), the rest held, at the scenario's spend.
 */
import { simulate, type SegmentInput } from './response.ts';

export type SensitivityParam = 'eMax' | 'k' | 'value' | 'p' | 'discount';

export interface SensitivityRow {
  param: SensitivityParam;
  /** Net value with the parameter 20 % lower / higher. */
  low: number;
  high: number;
}

export interface SensitivityInput extends SegmentInput {
  /** V at a 20 % lower / higher discount rate (as a multiple of the model's V applied to V). */
  valueLowerDiscount?: number;
  valueHigherDiscount?: number;
  baseValue?: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function moved(s: SensitivityInput, param: SensitivityParam, factor: number): SegmentInput {
  switch (param) {
    case 'eMax':
      return { ...s, curve: { ...s.curve, eMax: clamp01(s.curve.eMax * factor) } };
    case 'k':
      return { ...s, curve: { ...s.curve, k: s.curve.k * factor } };
    case 'value':
      return { ...s, value: s.value * factor };
    case 'p':
      return { ...s, p: clamp01(s.p * factor) };
    case 'discount': {
      // A lower discount rate raises CLV; the edit the user made to V is scaled alike.
      const at = factor < 1 ? s.valueLowerDiscount : s.valueHigherDiscount;
      const base = s.baseValue ?? s.value;
      return at === undefined || !(base > 0) ? s : { ...s, value: (s.value * at) / base };
    }
  }
}

/** Net value at the base and for each parameter ±`change`, largest swing first. */
export function sensitivity(
  segments: readonly SensitivityInput[],
  change = 0.2,
): { base: number; rows: SensitivityRow[] } {
  const net = (inputs: SegmentInput[]) => simulate(inputs).totals.net;
  const base = net(segments.map((s) => ({ ...s })));
  const params: SensitivityParam[] = ['eMax', 'k', 'value', 'p', 'discount'];
  const rows = params.map((param) => ({
    param,
    low: net(segments.map((s) => moved(s, param, 1 - change))),
    high: net(segments.map((s) => moved(s, param, 1 + change))),
  }));
  rows.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  return { base, rows };
}
