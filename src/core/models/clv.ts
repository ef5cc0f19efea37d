/**
 * Discounted customer lifetime value from BG/NBD (how many purchases) × Gamma-Gamma (how much
 * each is worth), following lifetimes' `GammaGammaFitter.customer_lifetime_value` but with one
 * consistent unit: every duration below is in the summary's time unit (day or week), and the
 * discount rate is per period of `periodLength` such units.
 */
import type { BgNbdParams } from './bgnbd.ts';
import {
  conditionalExpectedPurchasesAll,
  probabilityAliveAll,
  probabilityNoPurchaseAll,
  summaryPairs,
} from './bgnbd-predict.ts';
import { conditionalExpectedValueAll, type GammaGammaParams } from './gamma-gamma.ts';
import type { CustomerSummary } from './summary.ts';

export interface ClvOptions {
  /** Number of periods in the horizon (e.g. 12 months, 52 weeks). A positive integer. */
  horizonPeriods: number;
  /**
   * Length of one period in the summary's unit: 1 for weekly periods on a weekly summary,
   * 365.25/12/7 ≈ 4.348 for months on a weekly summary, 30.44 for months on a daily one.
   */
  periodLength: number;
  /** Discount rate per period (0.01 = 1 % per period); cash flow of period k is divided by (1+d)^k. */
  discountPerPeriod: number;
  /** Profit margin as a fraction of revenue (0.3 = 30 %); 1 gives revenue CLV. */
  margin: number;
}

/** Per-customer predictions, row i matching row i of the summary. */
export interface Predictions {
  pAlive: Float64Array;
  /** Expected purchases within the horizon (horizonPeriods × periodLength units). */
  expectedPurchases: Float64Array;
  /** P(no purchase within the horizon). */
  pNoPurchase: Float64Array;
  /** Expected value of one transaction (Gamma-Gamma conditional mean), in currency. */
  expectedValue: Float64Array;
  /** Discounted margin over the horizon, in currency. */
  clv: Float64Array;
  /** The horizon in the summary's unit. */
  horizon: number;
}

/** Checks options at the boundary, naming the bad one. */
export function checkClvOptions(o: ClvOptions): ClvOptions {
  if (!Number.isInteger(o.horizonPeriods) || o.horizonPeriods < 1) {
    throw new Error(`invalid horizonPeriods: ${o.horizonPeriods} (a positive integer)`);
  }
  if (!(o.periodLength > 0)) throw new Error(`invalid periodLength: ${o.periodLength} (> 0)`);
  if (!(o.discountPerPeriod > -1))
    throw new Error(`invalid discountPerPeriod: ${o.discountPerPeriod} (> −1)`);
  if (!Number.isFinite(o.margin)) throw new Error(`invalid margin: ${o.margin}`);
  return o;
}

/**
 * CLVᵢ = Σₖ₌₁..H (E[Y(kL)] − E[Y((k−1)L)]) · E[M] · margin / (1+d)^k, with E[Y(t)] the
 * BG/NBD conditional expectation (FHL 2005 eq. 10), E[M] the Gamma-Gamma conditional mean,
 * L = periodLength and d = discountPerPeriod: purchases of period k are discounted k periods.
 */
export function discountedClv(
  bgnbd: BgNbdParams,
  summary: Pick<CustomerSummary, 'x' | 'tx' | 'T'>,
  expectedValue: Float64Array,
  options: ClvOptions,
  pAlive = probabilityAliveAll(bgnbd, summary),
): Float64Array {
  const { horizonPeriods, periodLength, discountPerPeriod, margin } = checkClvOptions(options);
  const clv = new Float64Array(summary.x.length);
  const pairs = summaryPairs(summary);
  let previous: Float64Array = new Float64Array(summary.x.length);
  for (let k = 1; k <= horizonPeriods; k++) {
    const current = conditionalExpectedPurchasesAll(
      bgnbd,
      summary,
      k * periodLength,
      pAlive,
      pairs,
    );
    const factor = margin / Math.pow(1 + discountPerPeriod, k);
    for (let i = 0; i < clv.length; i++) {
      clv[i] = clv[i]! + (current[i]! - previous[i]!) * expectedValue[i]! * factor;
    }
    previous = current;
  }
  return clv;
}

/** Every per-customer prediction at once, sharing P(alive) across them. */
export function predictCustomers(
  summary: CustomerSummary,
  bgnbd: BgNbdParams,
  gg: GammaGammaParams,
  options: ClvOptions,
): Predictions {
  checkClvOptions(options);
  const horizon = options.horizonPeriods * options.periodLength;
  const pAlive = probabilityAliveAll(bgnbd, summary);
  const expectedValue = conditionalExpectedValueAll(gg, summary);
  return {
    pAlive,
    expectedPurchases: conditionalExpectedPurchasesAll(bgnbd, summary, horizon, pAlive),
    pNoPurchase: probabilityNoPurchaseAll(bgnbd, summary, horizon, pAlive),
    expectedValue,
    clv: discountedClv(bgnbd, summary, expectedValue, options, pAlive),
    horizon,
  };
}
