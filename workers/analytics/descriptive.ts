/**
 * Cohorts, churn, growth, simple LTV, RFM and concentration for the open data set: thin
 * wrappers over core/metrics that add the data set's attributes and the result cache.
 */
import {
  SPLIT_ATTRIBUTES,
  churnCustomers,
  churnSeries,
  churnSeriesContractual,
  growthCustomers,
  type GrowthGroup,
  contractCustomers,
  cohortCustomers,
  cohortMatrix,
  concentration,
  customerTimeline,
  growthAccounting,
  ltvByGroup,
  ltvReport,
  rfmScores,
  suggestWindow,
  type ChurnGroup,
  type ConcentrationMeasure,
  type Grain,
  type MarginSource,
  type SplitAttribute,
} from '../../src/core/index.ts';
import { acquisitionCosts, cached, customerList, splitBy } from './context.ts';
import type { ChurnParams, CohortParams, LtvParams, Overview } from './protocol/index.ts';
import { dataset, type LoadedDataset } from './session.ts';

/** Sign-up and contract end per customer of the customers file, when it has contracts. */
function contractArrays(data: LoadedDataset) {
  const file = data.customers;
  if (!file || !file.contractEndDay.some((d) => d >= 0)) return undefined;
  return { ids: file.ids, signup: file.signupDay, end: file.contractEndDay };
}

function requireContracts(data: LoadedDataset) {
  const contracts = contractArrays(data);
  if (!contracts) {
    throw new Error('Contract mode needs a customers file with sign-up and contract end dates.');
  }
  return contracts;
}

/** A split that the data set does not have is an error the user can understand. */
function requireSplit(data: LoadedDataset, split: SplitAttribute) {
  const result = splitBy(data, split);
  if (!result) throw new Error(`This data set has no "${split}" attribute to split by.`);
  return result;
}

export const descriptive = {
  /** What the screens need to offer their controls: date range, window, attributes. */
  async describeDataset(datasetId: string): Promise<Overview> {
    // Version 3: the window suggestion carries its gap count (the screens word the reason).
    return cached(datasetId, 'overview', 3, async () => {
      const data = await dataset(datasetId);
      const timeline = customerTimeline(data.columns);
      return {
        firstDay: timeline.minDay,
        lastDay: timeline.maxDay,
        customers: timeline.customers,
        window: suggestWindow(data.columns),
        attributes: SPLIT_ATTRIBUTES.filter((a) => splitBy(data, a) !== undefined),
        hasCost: data.columns.cost !== undefined,
        hasCac: acquisitionCosts(data) !== undefined,
        hasContracts: contractArrays(data) !== undefined,
      };
    });
  },

  async countCohorts(datasetId: string, params: CohortParams) {
    return cached(datasetId, 'cohorts', params, async () => {
      const data = await dataset(datasetId);
      const split = params.split ? requireSplit(data, params.split) : undefined;
      return cohortMatrix(data.columns, { ...params, split });
    });
  },

  /** The customers of one cohort cell (cohort label, offset k, optional split group). */
  async listCohortCell(
    datasetId: string,
    params: CohortParams & { cohort: string; k: number; group?: string | undefined },
  ) {
    const data = await dataset(datasetId);
    const split = params.split ? requireSplit(data, params.split) : undefined;
    const indexes = cohortCustomers(data.columns, params.cohort, params.k, {
      grain: params.grain,
      mode: params.mode,
      split,
      group: params.group,
    });
    return customerList(data, indexes);
  },

  /**
   * The churn series and growth accounting. Mode 'contract' (customers file with contract
   * end dates): lost = contract ended in the period, no inactivity window.
   */
  async measureChurn(datasetId: string, params: ChurnParams) {
    return cached(datasetId, 'churn', params, async () => {
      const data = await dataset(datasetId);
      const { columns } = data;
      const growth = growthAccounting(columns, { grain: params.grain });
      if (params.mode !== 'contract') return { series: churnSeries(columns, params), growth };
      const contracts = requireContracts(data);
      const series = churnSeriesContractual(contracts.end, contracts.signup, {
        grain: params.grain,
        asOf: customerTimeline(columns).maxDay,
      });
      return {
        series: { window: params.window, grain: params.grain, periods: series.periods },
        growth,
      };
    });
  },

  async listChurnCell(
    datasetId: string,
    params: ChurnParams & { period: string; group: ChurnGroup },
  ) {
    const data = await dataset(datasetId);
    if (params.mode !== 'contract') {
      return customerList(data, churnCustomers(data.columns, params.period, params.group, params));
    }
    const contracts = requireContracts(data);
    const inFile = contractCustomers(contracts.end, contracts.signup, params.period, params.group, {
      grain: params.grain,
      asOf: customerTimeline(data.columns).maxDay,
    });
    // Listed with their purchases; customers of the file who never bought are not in the list.
    const index = new Map(data.columns.customerIds.map((id, i) => [id, i]));
    const indexes = Array.from(inFile, (i) => index.get(contracts.ids[i]!) ?? -1).filter(
      (i) => i >= 0,
    );
    return customerList(data, indexes);
  },

  async estimateLtv(datasetId: string, params: LtvParams) {
    return cached(datasetId, 'ltv', params, async () => {
      const data = await dataset(datasetId);
      const cac = acquisitionCosts(data);
      const options = { ...params, cac };
      const split = params.split ? requireSplit(data, params.split) : undefined;
      return {
        report: ltvReport(data.columns, options),
        byGroup: split ? ltvByGroup(data.columns, { ...options, split }) : null,
      };
    });
  },

  async scoreRfm(datasetId: string, params: { asOf: number }) {
    return cached(datasetId, 'rfm', params, async () => {
      const { columns } = await dataset(datasetId);
      const result = rfmScores(columns, params);
      // The R × F grid of counts and revenue (scores 1–5), for the heat map.
      const counts = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
      const revenue = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
      for (let i = 0; i < result.r.length; i++) {
        const r = result.r[i]!;
        const f = result.f[i]!;
        if (r === 0) continue;
        counts[r - 1]![f - 1]!++;
        revenue[r - 1]![f - 1]! += result.monetary[i]!;
      }
      return {
        asOf: result.asOf,
        customers: result.customers,
        segments: result.segments,
        counts,
        revenue,
      };
    });
  },

  async listRfmSegment(datasetId: string, params: { asOf: number; segment: number }) {
    const data = await dataset(datasetId);
    const result = rfmScores(data.columns, { asOf: params.asOf });
    const indexes: number[] = [];
    for (let i = 0; i < result.segment.length; i++) {
      if (result.segment[i] === params.segment) indexes.push(i);
    }
    return customerList(data, indexes);
  },

  async measureConcentration(
    datasetId: string,
    params: { measure: ConcentrationMeasure; margin: number; marginSource: MarginSource },
  ) {
    return cached(datasetId, 'concentration', params, async () => {
      const { columns } = await dataset(datasetId);
      return concentration(columns, params);
    });
  },

  // --- Churn screen: drill-down of growth accounting (Hsu's groups) --------------------

  /**
   * The customers behind one growth-accounting bar (see core growthAccounting): new = first
   * purchase in p; retained = bought in p − 1 and p; resurrected = bought in p, not in p − 1,
   * but before; lost = bought in p − 1, not in p. "Bought in p" is Hsu's activity, not the
   * inactivity window of listChurnCell.
   */
  async listGrowthCell(
    datasetId: string,
    params: { grain: Grain; period: string; group: GrowthGroup },
  ) {
    const data = await dataset(datasetId);
    return customerList(data, growthCustomers(data.columns, params));
  },
};
