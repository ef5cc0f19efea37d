/**
 * Calibration/holdout validation of BG/NBD (FHL 2005 §5; lifetimes'
 * `calibration_and_holdout_data` and `plot_calibration_purchases_vs_holdout_purchases`):
 * fit on transactions up to a day, predict the holdout period, compare with what happened.
 */
import type { DayNumber, TransactionColumns } from '../model.ts';
import { fitBgNbd, type BgNbdFit } from './bgnbd.ts';
import { conditionalExpectedPurchasesAll } from './bgnbd-predict.ts';
import { pearsonCorrelation } from './gamma-gamma.ts';
import { customerSummary, DAYS_PER_UNIT, type CustomerSummary, type TimeUnit } from './summary.ts';

export interface HoldoutOptions {
  unit: TimeUnit;
  /** Last day of calibration, inclusive. */
  calibrationEnd: DayNumber;
  /** Last day of the holdout, inclusive; must be after calibrationEnd. */
  holdoutEnd: DayNumber;
  start?: DayNumber;
}

/** Mean actual and predicted holdout purchases of the customers with one calibration frequency. */
export interface FrequencyBucket {
  /** Calibration frequency x; the last bucket (7) holds x ≥ 7. */
  frequency: number;
  customers: number;
  actual: number;
  predicted: number;
}

export interface HoldoutResult {
  calibration: CustomerSummary;
  fit: BgNbdFit;
  /** Holdout length in units. */
  duration: number;
  /** Holdout purchase days per calibration customer (same-day transactions merge). */
  actual: Float64Array;
  predicted: Float64Array;
  totals: { actual: number; predicted: number };
  byFrequency: FrequencyBucket[];
  /** Mean absolute error per customer, in purchases. */
  mae: number;
  /** Pearson correlation of actual and predicted per customer. */
  correlation: number;
}

export const LAST_FREQUENCY_BUCKET = 7;

/** Holdout purchase days of each calibration customer, from a summary of the holdout window. */
function holdoutPurchases(
  columns: TransactionColumns,
  calibration: CustomerSummary,
  o: HoldoutOptions,
): Float64Array {
  const window = customerSummary(columns, {
    unit: 'day',
    start: (o.calibrationEnd + 1) as DayNumber,
    end: o.holdoutEnd,
  });
  const byCustomer = new Float64Array(columns.customerIds.length);
  window.customer.forEach((c, i) => (byCustomer[c] = window.x[i]! + 1));
  return Float64Array.from(calibration.customer, (c) => byCustomer[c]!);
}

/** Per-bucket means of actual and predicted, by calibration frequency 0 … 6 and 7+. */
export function bucketsByFrequency(
  x: Float64Array,
  actual: Float64Array,
  predicted: Float64Array,
): FrequencyBucket[] {
  const buckets = Array.from({ length: LAST_FREQUENCY_BUCKET + 1 }, (_, frequency) => ({
    frequency,
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  x.forEach((xi, i) => {
    const b = buckets[Math.min(xi, LAST_FREQUENCY_BUCKET)]!;
    b.customers++;
    b.actual += actual[i]!;
    b.predicted += predicted[i]!;
  });
  for (const b of buckets) {
    if (b.customers === 0) continue;
    b.actual /= b.customers;
    b.predicted /= b.customers;
  }
  return buckets;
}

/** Fits BG/NBD on the calibration period and scores its holdout predictions. */
export function holdoutEvaluation(columns: TransactionColumns, o: HoldoutOptions): HoldoutResult {
  if (!(o.holdoutEnd > o.calibrationEnd))
    throw new Error('holdoutEnd must be after calibrationEnd');
  const calibration = customerSummary(columns, {
    unit: o.unit,
    end: o.calibrationEnd,
    start: o.start,
  });
  const fit = fitBgNbd(calibration);
  const duration = (o.holdoutEnd - o.calibrationEnd) / DAYS_PER_UNIT[o.unit];
  const actual = holdoutPurchases(columns, calibration, o);
  const predicted = conditionalExpectedPurchasesAll(fit.params, calibration, duration);
  let totalActual = 0;
  let totalPredicted = 0;
  let absolute = 0;
  for (let i = 0; i < actual.length; i++) {
    totalActual += actual[i]!;
    totalPredicted += predicted[i]!;
    absolute += Math.abs(actual[i]! - predicted[i]!);
  }
  return {
    calibration,
    fit,
    duration,
    actual,
    predicted,
    totals: { actual: totalActual, predicted: totalPredicted },
    byFrequency: bucketsByFrequency(calibration.x, actual, predicted),
    mae: actual.length > 0 ? absolute / actual.length : 0,
    correlation: pearsonCorrelation(actual, predicted),
  };
}
