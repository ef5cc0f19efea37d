/**
 * The inputs of the Lifetime value screen, shared by its sections (simple LTV, concentration
 * and any later section such as predictive CLV), kept while the screen is open. Percentages
 * are held as the user types them (0–100) and converted to fractions for the worker.
 */
import type {
  ConcentrationMeasure,
  Grain,
  MarginSource,
  SplitAttribute,
} from '../../core/index.ts';
import type { AnalyticsApi } from '../../bridge/analytics-client.ts';

export type LtvParams = Parameters<AnalyticsApi['estimateLtv']>[1];

export interface LtvDefaults {
  window: number;
  hasCost: boolean;
  attributes: readonly SplitAttribute[];
}

export interface LtvChoices {
  grain: Grain;
  marginSource: MarginSource;
  marginPercent: number;
  discountPercent: number;
  trailingPeriods: number;
  window: number;
  split: SplitAttribute | undefined;
  /** The Pareto curve's measure. */
  measure: ConcentrationMeasure;
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
  /** What the Pareto curve and the concentration figures measure. */
  measure = $state<ConcentrationMeasure>('revenue');

  readonly invalid = $derived(invalidFields(this));

  /** `kept`: the choices the screen was left with in this tab (they win over the defaults). */
  constructor(defaults: LtvDefaults, kept: Partial<LtvChoices> = {}) {
    this.window = defaults.window;
    if (defaults.hasCost) this.marginSource = 'cost';
    this.split = defaults.attributes.includes('acquisitionChannel')
      ? 'acquisitionChannel'
      : defaults.attributes[0];
    if (kept.grain) this.grain = kept.grain;
    if (kept.marginSource) this.marginSource = kept.marginSource;
    if (kept.marginPercent !== undefined) this.marginPercent = kept.marginPercent;
    if (kept.discountPercent !== undefined) this.discountPercent = kept.discountPercent;
    if (kept.trailingPeriods !== undefined) this.trailingPeriods = kept.trailingPeriods;
    if (kept.window !== undefined) this.window = kept.window;
    if ('split' in kept) this.split = kept.split;
    if (kept.measure) this.measure = kept.measure;
  }

  /** The inputs as plain values, to keep for the tab (the Report uses them). */
  get choices(): LtvChoices {
    return {
      grain: this.grain,
      marginSource: this.marginSource,
      marginPercent: this.marginPercent,
      discountPercent: this.discountPercent,
      trailingPeriods: this.trailingPeriods,
      window: this.window,
      split: this.split,
      measure: this.measure,
    };
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
