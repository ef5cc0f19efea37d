/**
 * The inputs of the Lifetime value screen, shared by its sections (simple LTV, concentration
 * and any later section such as predictive CLV), kept while the screen is open. Percentages
 * are held as the user types them (0–100) and converted to fractions for the worker.
 */
import type { Grain, MarginSource, SplitAttribute } from '../../core/index.ts';
import type { AnalyticsApi } from '../../bridge/analytics-client.ts';

export type LtvParams = Parameters<AnalyticsApi['ltv']>[1];

export interface LtvDefaults {
  window: number;
  hasCost: boolean;
  attributes: readonly SplitAttribute[];
}

/** The invalid inputs, by name, so the screen can say which ones to fix. */
export type LtvField = 'margin' | 'discount' | 'trailingPeriods' | 'window';

export class LtvSettings {
  grain = $state<Grain>('month');
  marginSource = $state<MarginSource>('percent');
  /** Margin as a percentage of revenue, 0–100. */
  marginPercent = $state(100);
  /** Discount rate per period as a percentage, 0–100. */
  discountPercent = $state(1);
  trailingPeriods = $state(3);
  window = $state(90);
  split = $state<SplitAttribute | undefined>(undefined);

  readonly invalid = $derived(invalidFields(this));

  constructor(defaults: LtvDefaults) {
    this.window = defaults.window;
    if (defaults.hasCost) this.marginSource = 'cost';
    this.split = defaults.attributes.includes('acquisitionChannel')
      ? 'acquisitionChannel'
      : defaults.attributes[0];
  }

  /** The margin options the worker takes (concentration and LTV share them). */
  get margin(): { margin: number; marginSource: MarginSource } {
    return { margin: this.marginPercent / 100, marginSource: this.marginSource };
  }

  /** The worker's LTV parameters, or null while an input is invalid. */
  params(split: SplitAttribute | undefined = this.split): LtvParams | null {
    if (this.invalid.length > 0) return null;
    return {
      grain: this.grain,
      ...this.margin,
      discount: this.discountPercent / 100,
      trailingPeriods: this.trailingPeriods,
      window: this.window,
      ...(split ? { split } : {}),
    };
  }
}

const inRange = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const wholeFrom = (v: unknown, min: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min;

function invalidFields(s: LtvSettings): LtvField[] {
  const out: LtvField[] = [];
  if (s.marginSource === 'percent' && !inRange(s.marginPercent, 0, 100)) out.push('margin');
  if (!inRange(s.discountPercent, 0, 100)) out.push('discount');
  if (!wholeFrom(s.trailingPeriods, 1)) out.push('trailingPeriods');
  if (!wholeFrom(s.window, 1)) out.push('window');
  return out;
}
