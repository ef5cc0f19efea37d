/**
 * How the simulator groups customers into segments: value × risk cells, RFM segments, customer
 * attributes, lifecycle lanes and the user's own conditions, each computed once per model in the
 * analytics worker (the last grouping and filter columns are kept for the next request).
 */
import {
  RFM_SEGMENTS,
  SPLIT_ATTRIBUTES,
  attributeGroups,
  CUSTOM_PREFIX,
  customerTimeline,
  filterGroups,
  parseCustomSegmentation,
  discountedClv,
  rfmScores,
  tierOf,
  type SegmentBase,
  type SegmentTier,
  type SplitAttribute,
  type TierLevel,
  type FilterColumns,
} from '../../src/core/index.ts';
import { acquisitionCosts, dataset, splitBy } from './context.ts';
import { type CustomerModel } from './predictive-model.ts';
import { lifecycle } from './lifecycle.ts';
import { RISK_THRESHOLDS, tiers } from './value-risk.ts';

/** 'valueRisk' (default), 'rfm', 'lanes' (from the lifecycle board) or 'attribute:<SplitAttribute>'. */
export type SegmentationId = string;

export interface SimulatorSegment extends SegmentBase {
  /** Where the segment sits in the value × risk grid (by its own mean V and p if not a cell). */
  tier: SegmentTier;
}

export interface SimulatorSegments {
  segmentation: SegmentationId;
  segments: SimulatorSegment[];
  /** CLV tertiles and risk thresholds of the value × risk grid. */
  thresholds: { lowMax: number; midMax: number; midRisk: number; highRisk: number };
  /** Mean acquisition cost of customers with a known CAC (null: no customers file with CAC). */
  cac: number | null;
  /** Customers with a prediction but no segment (e.g. no CLV). */
  unassigned: number;
}

interface Grouping {
  /** Group index per model row; −1: in no segment. */
  group: Int32Array;
  labels: { key: string; label: string }[];
  /** Grid cell per group, where the grouping is the grid itself. */
  cells?: SegmentTier[];
}

const VALUE_RISK_LABELS = ['low', 'mid', 'high'] as const;

function valueRiskGrouping(m: CustomerModel): Grouping {
  const t = tiers(m);
  const group = new Int32Array(t.cell.length);
  for (let i = 0; i < group.length; i++) {
    // Win-back customers (valuable, already lost) form their own segment, carved out of the cells.
    group[i] = t.cell[i] === 255 ? -1 : t.winBack[i] ? 9 : t.cell[i]!;
  }
  const labels: Grouping['labels'] = [];
  const cells: SegmentTier[] = [];
  for (const value of [0, 1, 2] as TierLevel[]) {
    for (const risk of [0, 1, 2] as TierLevel[]) {
      labels.push({
        key: `v${value}r${risk}`,
        label: `${VALUE_RISK_LABELS[value]} value · ${VALUE_RISK_LABELS[risk]} risk`,
      });
      cells.push({ value, risk });
    }
  }
  labels.push({ key: 'winBack', label: 'Win-back' });
  cells.push({ value: 2, risk: 2, winBack: true });
  return { group, labels, cells };
}

async function rfmGrouping(datasetId: string, m: CustomerModel): Promise<Grouping> {
  if (!m.columns) throw new Error('RFM segments need a transactions data set.');
  const { columns } = await dataset(datasetId);
  const rfm = rfmScores(columns, { asOf: m.fit.end ?? m.fit.lastDay ?? 0 });
  const group = Int32Array.from(m.summary.customer, (c) => {
    const s = rfm.segment[c]!;
    return s < RFM_SEGMENTS.length ? s : -1;
  });
  return { group, labels: RFM_SEGMENTS.map((name) => ({ key: `rfm:${name}`, label: name })) };
}

async function attributeGrouping(
  datasetId: string,
  m: CustomerModel,
  attribute: SplitAttribute,
): Promise<Grouping> {
  if (!SPLIT_ATTRIBUTES.includes(attribute)) throw new Error(`unknown attribute: ${attribute}`);
  const split = m.columns ? splitBy(await dataset(datasetId), attribute) : undefined;
  if (!split) throw new Error(`This data set has no "${attribute}" attribute to segment by.`);
  const values = Int32Array.from(m.summary.customer, (c) => split.values[c]!);
  return attributeGroups(values, split.labels, attribute);
}

/**
 * What the user's filters can test, per model row: RFM segment, value and risk tier (codes
 * '0' low … '2' high), each customer attribute the data has, and recency (days from the last
 * purchase to the model's end day). Typed arrays, built once per model.
 */
async function filterColumns(datasetId: string, m: CustomerModel): Promise<FilterColumns> {
  const t = tiers(m);
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
  const data = await dataset(datasetId);
  const end = m.fit.end ?? m.fit.lastDay ?? 0;
  const rfm = rfmScores(data.columns, { asOf: end });
  columns.categorical.rfm = {
    codes: Int32Array.from(m.summary.customer, (c) => {
      const s = rfm.segment[c]!;
      return s < RFM_SEGMENTS.length ? s : -1;
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

let lastFilterColumns: { key: string; columns: FilterColumns } | undefined;

export async function filterColumnsFor(
  datasetId: string,
  m: CustomerModel,
): Promise<FilterColumns> {
  if (lastFilterColumns?.key !== m.key) {
    lastFilterColumns = { key: m.key, columns: await filterColumns(datasetId, m) };
  }
  return lastFilterColumns.columns;
}

async function customGrouping(
  datasetId: string,
  m: CustomerModel,
  segmentation: SegmentationId,
): Promise<Grouping> {
  const segments = parseCustomSegmentation(segmentation);
  const columns = await filterColumnsFor(datasetId, m);
  const group = filterGroups(segments, columns, m.ids.length);
  const labels = segments.map((s, i) => ({ key: `custom:${i}:${s.name}`, label: s.name }));
  labels.push({ key: 'custom:rest', label: 'Everyone else' });
  return { group, labels };
}

async function grouping(
  datasetId: string,
  m: CustomerModel,
  segmentation: SegmentationId,
): Promise<Grouping> {
  if (segmentation === 'valueRisk') return valueRiskGrouping(m);
  if (segmentation.startsWith(CUSTOM_PREFIX)) return customGrouping(datasetId, m, segmentation);
  if (segmentation === 'rfm') return rfmGrouping(datasetId, m);
  if (segmentation.startsWith('attribute:')) {
    return attributeGrouping(datasetId, m, segmentation.slice(10) as SplitAttribute);
  }
  throw new Error(`unknown segmentation: ${segmentation}`);
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
export async function rowCac(
  datasetId: string,
  m: CustomerModel,
): Promise<Float64Array | undefined> {
  if (!m.columns) return undefined;
  const data = await dataset(datasetId);
  const byTransaction = acquisitionCosts(data);
  if (!byTransaction) return undefined;
  // acquisitionCosts is indexed like the customer dictionary (one entry per customer id).
  return Float64Array.from(m.summary.customer, (c) => byTransaction[c] ?? NaN);
}

/**
 * Lifecycle lanes as segments: the board aggregates them itself (its placement rules and the
 * user's manual moves), so N, p and V come from there; no per-customer target list.
 */
export async function laneSegments(
  datasetId: string,
  m: CustomerModel,
): Promise<SimulatorSegments> {
  const t = tiers(m);
  const thresholds = {
    lowMax: t.lowMax,
    midMax: t.midMax,
    midRisk: RISK_THRESHOLDS.mid,
    highRisk: RISK_THRESHOLDS.high,
  };
  const lanes = await lifecycle.laneSegments(datasetId);
  const segments = lanes
    .filter((l) => l.customers > 0 && Number.isFinite(l.pChurn) && Number.isFinite(l.meanClv))
    .map((l) => ({
      key: `lane:${l.id}`,
      label: l.name,
      customers: l.customers,
      p: l.pChurn,
      value: l.meanClv,
      tier: tierOf(l.pChurn, l.meanClv, thresholds),
    }));
  const assigned = segments.reduce((sum, s) => sum + s.customers, 0);
  return {
    segmentation: 'lanes',
    segments,
    thresholds,
    cac: meanOf(await rowCac(datasetId, m)),
    unassigned: Math.max(0, m.ids.length - assigned),
  };
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

let lastGrouping: { key: string; grouping: Grouping } | undefined;

export async function groupingFor(
  datasetId: string,
  m: CustomerModel,
  segmentation: SegmentationId,
) {
  const key = `${m.key}|${segmentation}`;
  if (lastGrouping?.key !== key) {
    lastGrouping = { key, grouping: await grouping(datasetId, m, segmentation) };
  }
  return lastGrouping.grouping;
}

/** A campaign's observed uplift per segment (see src/core/simulate/uplift.ts). */
