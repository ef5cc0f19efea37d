/**
 * The retention spend simulator's data: customers grouped into segments ONCE here — N, mean
 * P(churn within the horizon) and mean predicted CLV per segment, from the predictive model —
 * so that the screen's sliders work on a handful of segments, never on customers. Also the
 * target list (customer id and segment) a CRM needs to run the chosen spend.
 */
import {
  RFM_SEGMENTS,
  SCENARIO_LIMITS,
  SPLIT_ATTRIBUTES,
  aggregateSegments,
  capGroups,
  CUSTOM_PREFIX,
  boughtWithin,
  customerTimeline,
  filterGroups,
  parseCustomSegmentation,
  discountedClv,
  parseCampaignFile,
  suggestWindow,
  upliftCounts,
  upliftOf,
  rfmScores,
  tierOf,
  type SegmentBase,
  type SegmentTier,
  type SplitAttribute,
  type TierLevel,
  type FilterColumns,
  type Uplift,
} from '../../src/core/index.ts';
import { acquisitionCosts, dataset, splitBy } from './context.ts';
import { customerModel, type CustomerModel, type ModelParams } from './predictive-model.ts';
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
  // The largest groups, the rest as one, and those not set: a scenario's most segments.
  const capped = capGroups(
    Int32Array.from(m.summary.customer, (c) => split.values[c]!),
    split.labels.map((label) => ({ key: `${attribute}:${label}`, label })),
    SCENARIO_LIMITS.segments - 1,
    { key: `other:${attribute}`, label: '(other)' },
  );
  const none = capped.labels.length;
  const group = capped.group.map((v) => (v < 0 ? none : v));
  const labels = [...capped.labels, { key: `${attribute}:`, label: '(not set)' }];
  return { group, labels };
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

async function filterColumnsFor(datasetId: string, m: CustomerModel): Promise<FilterColumns> {
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
function clvAtDiscount(m: CustomerModel, discount: number): Float64Array {
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
async function rowCac(datasetId: string, m: CustomerModel): Promise<Float64Array | undefined> {
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
async function laneSegments(datasetId: string, m: CustomerModel): Promise<SimulatorSegments> {
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
function meanOf(values: Float64Array | undefined): number | null {
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

async function groupingFor(datasetId: string, m: CustomerModel, segmentation: SegmentationId) {
  const key = `${m.key}|${segmentation}`;
  if (lastGrouping?.key !== key) {
    lastGrouping = { key, grouping: await grouping(datasetId, m, segmentation) };
  }
  return lastGrouping.grouping;
}

/** A campaign's observed uplift per segment (see src/core/simulate/uplift.ts). */
export interface SimulatorUplift {
  /** Days after the campaign date in which a purchase counts as retained. */
  window: number;
  /** The data's suggested inactivity window (the default). */
  suggestedWindow: number;
  /** Rows of the campaign file used; ids not in the data; windows not yet over; rows skipped. */
  members: number;
  unknown: number;
  censored: number;
  skipped: number;
  problems: string[];
  channels: string[];
  firstDay: number;
  lastDay: number;
  /** One row per segment with campaign members, then the total (key 'all'). */
  rows: ({ key: string; label: string } & Uplift)[];
}

export const simulator = {
  /** The segmentations this data set offers (value × risk needs a CLV; others need columns). */
  async simulatorSegmentations(datasetId: string, params: ModelParams): Promise<SegmentationId[]> {
    const m = await customerModel(datasetId, params);
    const options: SegmentationId[] = [];
    if (m.fit.gammaGamma) options.push('valueRisk');
    if (m.columns) {
      options.push('rfm');
      const data = await dataset(datasetId);
      for (const a of SPLIT_ATTRIBUTES) if (splitBy(data, a)) options.push(`attribute:${a}`);
      options.push('lanes');
    }
    return options;
  },

  /** The fields a user-built segment can test, with their values (recency: a range in days). */
  async simulatorFilterFields(
    datasetId: string,
    params: ModelParams,
  ): Promise<{ categorical: { field: string; values: string[] }[]; numeric: string[] }> {
    const m = await customerModel(datasetId, params);
    const columns = await filterColumnsFor(datasetId, m);
    return {
      categorical: Object.entries(columns.categorical).map(([field, c]) => ({
        field,
        values: [...c.labels],
      })),
      numeric: Object.keys(columns.numeric),
    };
  },

  /** Segments with N, mean p and mean V (and V at ±20 % discount), aggregated once. */
  async simulatorSegments(
    datasetId: string,
    params: ModelParams,
    segmentation: SegmentationId,
  ): Promise<SimulatorSegments> {
    const m = await customerModel(datasetId, params);
    if (!m.fit.gammaGamma) {
      throw new Error(
        `The simulator needs each customer's predicted value, and the spend model could not be fitted (${m.fit.gammaGammaError ?? 'no amounts'}).`,
      );
    }
    if (segmentation === 'lanes') return laneSegments(datasetId, m);
    const g = await groupingFor(datasetId, m, segmentation);
    const cacRows = await rowCac(datasetId, m);
    const bases = aggregateSegments(
      g.group,
      g.labels,
      m.predictions.pNoPurchase,
      m.predictions.clv,
      {
        lower: clvAtDiscount(m, params.discount * 0.8),
        higher: clvAtDiscount(m, params.discount * 1.2),
        ...(cacRows ? { cac: cacRows } : {}),
      },
    );
    const t = tiers(m);
    const thresholds = {
      lowMax: t.lowMax,
      midMax: t.midMax,
      midRisk: RISK_THRESHOLDS.mid,
      highRisk: RISK_THRESHOLDS.high,
    };
    const segments = bases.map((s, k) => ({
      ...s,
      tier: g.cells?.[k] ?? tierOf(s.p, s.value, thresholds),
    }));

    const assigned = segments.reduce((sum, s) => sum + s.customers, 0);
    return {
      segmentation,
      segments: segments.filter((s) => s.customers > 0),
      thresholds,
      cac: meanOf(cacRows),
      unassigned: m.ids.length - assigned,
    };
  },

  /**
   * The customers of the given segments (by key), for a CRM target list: ids and, per
   * customer, the index of its segment in `keys`.
   */
  async simulatorTargets(
    datasetId: string,
    params: ModelParams,
    segmentation: SegmentationId,
    keys: string[],
  ): Promise<{ ids: string[]; segment: Int32Array }> {
    if (segmentation === 'lanes') {
      throw new Error(
        'A target list by lifecycle lane is not available yet: export it from the lifecycle board.',
      );
    }
    const m = await customerModel(datasetId, params);
    const g = await groupingFor(datasetId, m, segmentation);
    const wanted = new Map(keys.map((k, i) => [k, i]));
    const toKey = g.labels.map((l) => wanted.get(l.key) ?? -1);
    const ids: string[] = [];
    const segment: number[] = [];
    for (let i = 0; i < g.group.length; i++) {
      const k = g.group[i]!;
      const target = k >= 0 ? toKey[k]! : -1;
      if (target < 0 || !Number.isFinite(m.predictions.clv[i]!)) continue;
      ids.push(m.ids[i]!);
      segment.push(target);
    }
    return { ids, segment: Int32Array.from(segment) };
  },

  /**
   * The observed uplift of a campaign file (customer id, treatment | control, date, channel)
   * per segment of `segmentation`: retained = bought within `window` days after the
   * campaign date (default: the data's suggested window). Members whose window runs past the
   * end of the data are left out. The segments are today's (from the model at the end of
   * the data), so treated and control customers are placed by the same rule.
   */
  async simulatorUplift(
    datasetId: string,
    params: ModelParams,
    segmentation: SegmentationId,
    campaignText: string,
    window: number | null,
    channel: string | null = null,
  ): Promise<SimulatorUplift> {
    const parsed = parseCampaignFile(campaignText);
    // Only the rows of one channel of the file, when asked (a file may hold several campaigns).
    const file =
      channel === null
        ? parsed
        : { ...parsed, members: parsed.members.filter((x) => x.channel === channel) };
    if (file.members.length === 0)
      throw new Error(`The campaign file has no row for "${channel}".`);
    const data = await dataset(datasetId);
    const { columns } = data;
    const timeline = customerTimeline(columns);
    const suggestedWindow = suggestWindow(columns).days;
    const w = window !== null && window >= 1 ? Math.round(window) : suggestedWindow;
    const m = await customerModel(datasetId, params);
    const g = segmentation === 'lanes' ? undefined : await groupingFor(datasetId, m, segmentation);
    const dictionary = new Map(columns.customerIds.map((id, i) => [id, i]));
    const modelRow = new Map(m.ids.map((id, i) => [id, i]));
    const n = file.members.length;
    const segment = new Int32Array(n).fill(-1);
    const treated = new Uint8Array(n);
    const retained = new Uint8Array(n);
    const included = new Uint8Array(n);
    let unknown = 0;
    let censored = 0;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    file.members.forEach((member, k) => {
      firstDay = Math.min(firstDay, member.day);
      lastDay = Math.max(lastDay, member.day);
      const c = dictionary.get(member.customerId);
      if (c === undefined) return void unknown++;
      if (member.day + w > timeline.maxDay) return void censored++;
      included[k] = 1;
      treated[k] = member.arm === 'treatment' ? 1 : 0;
      retained[k] = boughtWithin(timeline.offsets, timeline.days, c, member.day, w) ? 1 : 0;
      const row = modelRow.get(member.customerId);
      if (g && row !== undefined) segment[k] = g.group[row]!;
    });
    const labels = g?.labels ?? [];
    const counts = upliftCounts(segment, treated, retained, included, labels.length);
    const rows = labels
      .map((l, k) => ({ ...l, ...upliftOf(counts[k]!) }))
      .filter((r) => r.treated + r.control > 0);
    rows.push({ key: 'all', label: 'All campaign customers', ...upliftOf(counts[labels.length]!) });
    return {
      window: w,
      suggestedWindow,
      members: n - unknown - censored,
      unknown,
      censored,
      skipped: file.skipped,
      problems: file.problems,
      channels: file.channels,
      firstDay,
      lastDay,
      rows,
    };
  },
};
