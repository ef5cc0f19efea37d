/**
 * The customer model as one pipeline, shared by the analytics worker and the CLI: a summary's
 * BG/NBD and Gamma-Gamma fits, then the per-customer predictions from them. Gamma-Gamma is
 * left out (with the reason) when it cannot be fitted or gives q ≤ 1, where the mean spend is
 * undefined; the predictions then carry counts and risk but no money (NaN).
 */
import { fitBgNbd, type BgNbdFit } from './bgnbd.ts';
import {
  conditionalExpectedPurchasesAll,
  probabilityAliveAll,
  probabilityNoPurchaseAll,
} from './bgnbd-predict.ts';
import { checkClvOptions, predictCustomers, type ClvOptions, type Predictions } from './clv.ts';
import { fitGammaGamma, type GammaGammaFit } from './gamma-gamma.ts';
import type { CustomerSummary } from './summary.ts';

export interface CustomerModelFits {
  bgnbd: BgNbdFit;
  /** Null when Gamma-Gamma could not be fitted (no spend column, too few repeat buyers, q ≤ 1). */
  gammaGamma: GammaGammaFit | null;
  gammaGammaError: string | null;
}

/** Both fits of a summary; a Gamma-Gamma failure is kept as its reason, never thrown. */
export function fitCustomerModels(summary: CustomerSummary): CustomerModelFits {
  const bgnbd = fitBgNbd(summary);
  try {
    const gammaGamma = fitGammaGamma(summary);
    if (!(gammaGamma.params.q > 1)) {
      const q = gammaGamma.params.q.toFixed(3);
      return {
        bgnbd,
        gammaGamma: null,
        gammaGammaError: `Gamma-Gamma gave q = ${q} ≤ 1: the mean spend is undefined`,
      };
    }
    return { bgnbd, gammaGamma, gammaGammaError: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { bgnbd, gammaGamma: null, gammaGammaError: reason };
  }
}

/** Per-customer predictions from the fits; money is NaN without a Gamma-Gamma fit. */
export function predictFromFits(
  summary: CustomerSummary,
  fits: Pick<CustomerModelFits, 'bgnbd' | 'gammaGamma'>,
  options: ClvOptions,
): Predictions {
  checkClvOptions(options);
  if (fits.gammaGamma)
    return predictCustomers(summary, fits.bgnbd.params, fits.gammaGamma.params, options);
  const params = fits.bgnbd.params;
  const horizon = options.horizonPeriods * options.periodLength;
  const pAlive = probabilityAliveAll(params, summary);
  const n = summary.x.length;
  return {
    pAlive,
    expectedPurchases: conditionalExpectedPurchasesAll(params, summary, horizon, pAlive),
    pNoPurchase: probabilityNoPurchaseAll(params, summary, horizon, pAlive),
    expectedValue: new Float64Array(n).fill(NaN),
    clv: new Float64Array(n).fill(NaN),
    horizon,
  };
}
