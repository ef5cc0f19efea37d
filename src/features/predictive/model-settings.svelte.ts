/**
 * The predictive model's settings, shared by the Predictive CLV and Customers screens so that
 * both show the same P(alive) and CLV: time unit, observation end, horizon, discount rate per
 * period and margin. Switching the unit converts the horizon and the rate so they mean the same
 * span and the same yearly discount.
 */
import type { ModelParams } from './types.ts';

export type Unit = ModelParams['unit'];

export class ModelSettings {
  #datasetId = $state<string | null>(null);
  #unit = $state<Unit>('week');
  #end = $state<number | undefined>(undefined);
  #horizon = $state(52);
  #discount = $state(0.002);
  #margin = $state(1);

  /** Back to the defaults when another data set is opened. */
  use(datasetId: string): void {
    if (this.#datasetId === datasetId) return;
    this.#datasetId = datasetId;
    this.#unit = 'week';
    this.#end = undefined;
    this.#horizon = 52;
    this.#discount = 0.002;
    this.#margin = 1;
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
  }

  setEnd(day: number | undefined): void {
    this.#end = day;
  }

  setHorizon(periods: number): void {
    if (Number.isInteger(periods) && periods >= 1) this.#horizon = periods;
  }

  setDiscount(rate: number): void {
    if (rate >= 0 && rate < 1) this.#discount = rate;
  }

  setMargin(margin: number): void {
    if (margin > 0 && margin <= 1) this.#margin = margin;
  }
}

/** One instance for the tab: the two screens read and change the same settings. */
export const modelSettings = new ModelSettings();
