/**
 * The retention spend simulator's data: customers grouped into segments ONCE here — N, mean
 * P(churn within the horizon) and mean predicted CLV per segment, from the predictive model —
 * so that the screen's sliders work on a handful of segments, never on customers. Also the
 * target list (customer id and segment) a CRM needs to run the chosen spend, and the uplift of
 * a past campaign. The groupings themselves are in simulator-groupings.ts.
 */
import {
  SPLIT_ATTRIBUTES,
  aggregateSegments,
  boughtWithin,
  customerTimeline,
  parseCampaignFile,
  suggestWindow,
  upliftCounts,
  upliftOf,
  tierOf,
  type Uplift,
} from '../../src/core/index.ts';
import { dataset, splitBy } from './context.ts';
import { customerModel, type ModelParams } from './predictive-model.ts';
import { RISK_THRESHOLDS, tiers } from './value-risk.ts';
import {
  clvAtDiscount,
  filterColumnsFor,
  groupingFor,
  laneSegments,
  meanOf,
  rowCac,
  type SegmentationId,
  type SimulatorSegments,
} from './simulator-groupings.ts';

export type { SegmentationId, SimulatorSegment, SimulatorSegments } from './simulator-groupings.ts';
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
