/**
 * The predictive model's settings, shared by the Predictive CLV and Customers screens so that
 * both show the same P(alive) and CLV: time unit, observation end, horizon, discount rate per
 * period and margin. Switching the unit converts the horizon and the rate so they mean the same
 * span and the same yearly discount.
 */
import { recallChoices, rememberChoices } from '../../state/choices.ts';
import type { ModelParams } from './types.ts';

export type Unit = ModelParams['unit'];

export class ModelSettings {
  #datasetId = $state<string | null>(null);
  #unit = $state<Unit>('week');
  #end = $state<number | undefined>(undefined);
  #horizon = $state(52);
  #discount = $state(0.002);
  #margin = $state(1);

  /**
   * Another data set opened: the choices kept for it in this tab (src/state/choices.ts), or
   * the defaults.
   */
  use(datasetId: string): void {
    if (this.#datasetId === datasetId) return;
    this.#datasetId = datasetId;
    const kept = recallChoices<ModelParams>('predictive', datasetId);
    this.#unit = kept.unit === 'day' ? 'day' : 'week';
    this.#end = typeof kept.end === 'number' ? kept.end : undefined;
    this.#horizon = typeof kept.horizon === 'number' ? kept.horizon : 52;
    this.#discount = typeof kept.discount === 'number' ? kept.discount : 0.002;
    this.#margin = typeof kept.margin === 'number' ? kept.margin : 1;
  }

  /** Keeps the settings for the tab: the screens reopen with them and the Report uses them. */
  #remember(): void {
    if (this.#datasetId !== null) rememberChoices('predictive', this.#datasetId, this.params);
  }

  get unit() {
    return this.#unit;
  }
  get end() {
    return this.#end;
  }
  get horizon() {
    return this.#horizon;
  }
  /** Discount rate per period of the unit, as a fraction. */
  get discount() {
    return this.#discount;
  }
  /** Margin as a fraction of revenue. */
  get margin() {
    return this.#margin;
  }

  get params(): ModelParams {
    return {
      unit: this.#unit,
      end: this.#end,
      horizon: this.#horizon,
      discount: this.#discount,
      margin: this.#margin,
    };
  }

  /** Weeks ↔ days: 52 weeks become 364 days, 0.2 %/week becomes (1.002)^(1/7) − 1 per day. */
  setUnit(unit: Unit): void {
    if (unit === this.#unit) return;
    const factor = unit === 'day' ? 7 : 1 / 7;
    this.#horizon = Math.max(1, Math.round(this.#horizon * factor));
    // A rate per period compounds: per day = (1 + per week)^(1/7) − 1.
    this.#discount = Number((Math.pow(1 + this.#discount, 1 / factor) - 1).toPrecision(3));
    this.#unit = unit;
    this.#remember();
  }

  setEnd(day: number | undefined): void {
    this.#end = day;
    this.#remember();
  }

  setHorizon(periods: number): void {
    if (Number.isInteger(periods) && periods >= 1) this.#horizon = periods;
    this.#remember();
  }

  setDiscount(rate: number): void {
    if (rate >= 0 && rate < 1) this.#discount = rate;
    this.#remember();
  }

  setMargin(margin: number): void {
    if (margin > 0 && margin <= 1) this.#margin = margin;
    this.#remember();
  }
}

/** One instance for the tab: the two screens read and change the same settings. */
export const modelSettings = new ModelSettings();
