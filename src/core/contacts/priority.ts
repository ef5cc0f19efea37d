/**
 * The contact plan's priority per customer from the predictive pipeline: BG/NBD and
 * Gamma-Gamma fitted on the purchases up to `end`, in weeks, with the predictive screen's
 * defaults (horizon 52 weeks, discount 0.2 % a week, margin 1). When Gamma-Gamma cannot be
 * fitted (or gives q ≤ 1) the CLV is unknown (NaN) and P(alive) alone orders customers,
 * as in the analytics worker.
 */
import type { DayNumber, TransactionColumns } from '../model.ts';
import {
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  predictCustomers,
  probabilityAliveAll,
  type ClvOptions,
} from '../models/index.ts';
import { customerTimeline } from '../metrics/timeline.ts';
import {
  checkContactOptions,
  contactPlan,
  type ContactPlan,
  type ContactPlanOptions,
  type ContactPriority,
} from './plan.ts';

export const CONTACT_MODEL = {
  unit: 'week',
  horizon: 52,
  discount: 0.002,
  margin: 1,
} as const;

/** CLV and P(alive) per customer index (NaN for customers with no purchase up to `end`). */
export function contactPriorities(columns: TransactionColumns, end: DayNumber): ContactPriority {
  const n = columns.customerIds.length;
  const clv = new Float64Array(n).fill(NaN);
  const pAlive = new Float64Array(n).fill(NaN);
  const summary = customerSummary(columns, { unit: CONTACT_MODEL.unit, end });
  if (summary.x.length === 0) return { clv, pAlive };
  const bg = fitBgNbd(summary);
  let gg = null;
  try {
    const fit = fitGammaGamma(summary);
    if (fit.params.q > 1) gg = fit;
  } catch {
    gg = null;
  }
  const options: ClvOptions = {
    horizonPeriods: CONTACT_MODEL.horizon,
    periodLength: 1,
    discountPerPeriod: CONTACT_MODEL.discount,
    margin: CONTACT_MODEL.margin,
  };
  const predicted = gg
    ? predictCustomers(summary, bg.params, gg.params, options)
    : {
        clv: new Float64Array(summary.x.length).fill(NaN),
        pAlive: probabilityAliveAll(bg.params, summary),
      };
  summary.customer.forEach((c, i) => {
    clv[c] = predicted.clv[i]!;
    pAlive[c] = predicted.pAlive[i]!;
  });
  return { clv, pAlive };
}

/**
 * The plan over transaction columns, priorities from the model fitted up to the day before
 * the plan starts (or the data's last day when that is earlier): what `tenure contacts` runs.
 */
export function planContacts(
  columns: TransactionColumns,
  options: ContactPlanOptions,
): ContactPlan & ContactPriority {
  checkContactOptions(options);
  const timeline = customerTimeline(columns);
  const end = Math.min(options.from - 1, timeline.maxDay) as DayNumber;
  const priority = contactPriorities(columns, end);
  return { ...contactPlan(timeline, priority, options), ...priority };
}
