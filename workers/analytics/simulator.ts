/**
 * The retention spend simulator's data: customers grouped into segments ONCE here — N, mean
 * P(churn within the horizon) and mean predicted CLV per segment, from the predictive model —
 * so that the screen's sliders work on a handful of segments, never on customers. Also the
 * target list (customer id and segment) a CRM needs to run the chosen spend. The groupings
 * are simulator-groupings.ts, the uplift of a past campaign simulator-uplift.ts.
 */
import { SPLIT_ATTRIBUTES, aggregateSegments, tierOf } from '../../src/core/index.ts';
import { splitBy } from './context.ts';
import { modelOf } from './predictive-model.ts';
import type {
  FilterFields,
  ModelParams,
  SegmentationId,
  SimulatorSegments,
  SimulatorTargets,
} from './protocol/index.ts';
import { session } from './session.ts';
import {
  clvAtDiscount,
  filterColumnsOf,
  laneSegments,
  meanOf,
  rowCac,
  thresholdsOf,
} from './simulator-figures.ts';
import { groupingOf } from './simulator-groupings.ts';
import { measureUplift } from './simulator-uplift.ts';

export const simulator = {
  /** The segmentations this data set offers (value × risk needs a CLV; others need columns). */
  async listSegmentations(datasetId: string, params: ModelParams): Promise<SegmentationId[]> {
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    const options: SegmentationId[] = [];
    if (m.fit.gammaGamma) options.push('valueRisk');
    if (m.columns) {
      options.push('rfm');
      const data = await s.data();
      for (const a of SPLIT_ATTRIBUTES) if (splitBy(data, a)) options.push(`attribute:${a}`);
      options.push('lanes');
    }
    return options;
  },

  /** The fields a user-built segment can test, with their values (recency: a range in days). */
  async listFilterFields(datasetId: string, params: ModelParams): Promise<FilterFields> {
    const s = await session(datasetId);
    const columns = await filterColumnsOf(s, await modelOf(s, params));
    return {
      categorical: Object.entries(columns.categorical).map(([field, c]) => ({
        field,
        values: [...c.labels],
      })),
      numeric: Object.keys(columns.numeric),
    };
  },

  /** Segments with N, mean p and mean V (and V at ±20 % discount), aggregated once. */
  async segmentCustomers(
    datasetId: string,
    params: ModelParams,
    segmentation: SegmentationId,
  ): Promise<SimulatorSegments> {
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    if (!m.fit.gammaGamma) {
      throw new Error(
        `The simulator needs each customer's predicted value, and the spend model could not be fitted (${m.fit.gammaGammaError ?? 'no amounts'}).`,
      );
    }
    if (segmentation === 'lanes') return laneSegments(s, m);
    const g = await groupingOf(s, m, segmentation);
    const cacRows = await rowCac(s, m);
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
    const thresholds = thresholdsOf(s, m);
    const segments = bases.map((b, k) => ({
      ...b,
      tier: g.cells?.[k] ?? tierOf(b.p, b.value, thresholds),
    }));
    const assigned = segments.reduce((sum, b) => sum + b.customers, 0);
    return {
      segmentation,
      segments: segments.filter((b) => b.customers > 0),
      thresholds,
      cac: meanOf(cacRows),
      unassigned: m.ids.length - assigned,
    };
  },

  /**
   * The customers of the given segments (by key), for a CRM target list: ids and, per
   * customer, the index of its segment in `keys`.
   */
  async listTargets(
    datasetId: string,
    params: ModelParams,
    segmentation: SegmentationId,
    keys: string[],
  ): Promise<SimulatorTargets> {
    if (segmentation === 'lanes') {
      throw new Error(
        'A target list by lifecycle lane is not available yet: export it from the lifecycle board.',
      );
    }
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    const g = await groupingOf(s, m, segmentation);
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

  measureUplift,
};
