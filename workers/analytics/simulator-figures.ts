/**
 * The simulator's per-customer figures beyond the model: what the user's filters can test,
 * CLV at another discount rate, acquisition costs, the value × risk thresholds, and lifecycle
 * lanes as segments (aggregated by the board).
 */
import {
  RFM_SEGMENTS,
  SPLIT_ATTRIBUTES,
  customerTimeline,
  discountedClv,
  rfmScores,
  tierOf,
  type FilterColumns,
} from '../../src/core/index.ts';
import { acquisitionCosts, splitBy } from './context.ts';
import { lifecycleLanes } from './lifecycle-lanes.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { SimulatorSegments } from './protocol/index.ts';
import type { Session } from './session.ts';
import { RISK_THRESHOLDS } from './value-risk.ts';

/**
 * What the user's filters can test, per model row: RFM segment, value and risk tier (codes
 * '0' low … '2' high), each customer attribute the data has, and recency (days from the last
 * purchase to the model's end day). Typed arrays, built once per model.
 */
async function filterColumns(s: Session, m: CustomerModel): Promise<FilterColumns> {
  const t = s.tiers(m);
  const tierLabels = ['0', '1', '2'];
  const columns: FilterColumns = {
    categorical: {
      valueTier: {
        codes: Int8Array.from(t.cell, (c) => (c === 255 ? -1 : Math.floor(c / 3))),
        labels: tierLabels,
      },
      riskTier: {
        codes: Int8Array.from(t.cell, (c) => (c === 255 ? -1 : c % 3)),
        labels: tierLabels,
      },
    },
    numeric: {},
  };
  if (!m.columns) return columns;
  const data = await s.data();
  const end = m.fit.end ?? m.fit.lastDay ?? 0;
  const rfm = rfmScores(data.columns, { asOf: end });
  columns.categorical.rfm = {
    codes: Int32Array.from(m.summary.customer, (c) => {
      const k = rfm.segment[c]!;
      return k < RFM_SEGMENTS.length ? k : -1;
    }),
    labels: RFM_SEGMENTS,
  };
  for (const a of SPLIT_ATTRIBUTES) {
    const split = splitBy(data, a);
    if (!split) continue;
    columns.categorical[`attribute:${a}`] = {
      codes: Int32Array.from(m.summary.customer, (c) => split.values[c]!),
      labels: split.labels,
    };
  }
  const { offsets, days } = customerTimeline(data.columns);
  columns.numeric.recency = Float64Array.from(m.summary.customer, (c) => {
    // The last purchase on or before the end day.
    let last = NaN;
    for (let j = offsets[c]!; j < offsets[c + 1]! && days[j]! <= end; j++) last = days[j]!;
    return end - last;
  });
  return columns;
}

/** The filter columns of a model, kept by the session. */
export function filterColumnsOf(s: Session, m: CustomerModel): Promise<FilterColumns> {
  return s.keep('filters', m.key, () => filterColumns(s, m));
}

/** CLV per customer at another discount rate (same fits, same horizon). */
export function clvAtDiscount(m: CustomerModel, discount: number): Float64Array {
  return discountedClv(
    m.fit.bgnbd.params,
    m.summary,
    m.predictions.expectedValue,
    {
      horizonPeriods: m.params.horizon,
      periodLength: 1,
      discountPerPeriod: discount,
      margin: m.params.margin,
    },
    m.predictions.pAlive,
  );
}

/** Acquisition cost per model row (NaN where unknown), or undefined without CAC. */
export async function rowCac(s: Session, m: CustomerModel): Promise<Float64Array | undefined> {
  if (!m.columns) return undefined;
  const byTransaction = acquisitionCosts(await s.data());
  if (!byTransaction) return undefined;
  // acquisitionCosts is indexed like the customer dictionary (one entry per customer id).
  return Float64Array.from(m.summary.customer, (c) => byTransaction[c] ?? NaN);
}

/** The mean of the finite values (null: none). */
export function meanOf(values: Float64Array | undefined): number | null {
  let sum = 0;
  let count = 0;
  values?.forEach((v) => {
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
  });
  return count > 0 ? sum / count : null;
}

/** The CLV tertiles and risk thresholds of the model's value × risk grid. */
export function thresholdsOf(s: Session, m: CustomerModel): SimulatorSegments['thresholds'] {
  const t = s.tiers(m);
  return {
    lowMax: t.lowMax,
    midMax: t.midMax,
    midRisk: RISK_THRESHOLDS.mid,
    highRisk: RISK_THRESHOLDS.high,
  };
}

/**
 * Lifecycle lanes as segments: the board aggregates them itself (its placement rules and the
 * user's manual moves), so N, p and V come from there; no per-customer target list.
 */
export async function laneSegments(s: Session, m: CustomerModel): Promise<SimulatorSegments> {
  const thresholds = thresholdsOf(s, m);
  const lanes = await lifecycleLanes.summariseLanes(s.datasetId);
  const segments = lanes
    .filter((l) => l.customers > 0 && Number.isFinite(l.pChurn) && Number.isFinite(l.meanClv))
    .map((l) => ({
      key: `lane:${l.id}`,
      name: { kind: 'value', value: l.name } as const,
      customers: l.customers,
      p: l.pChurn,
      value: l.meanClv,
      tier: tierOf(l.pChurn, l.meanClv, thresholds),
    }));
  const assigned = segments.reduce((sum, x) => sum + x.customers, 0);
  return {
    segmentation: 'lanes',
    segments,
    thresholds,
    cac: meanOf(await rowCac(s, m)),
    unassigned: Math.max(0, m.ids.length - assigned),
  };
}
