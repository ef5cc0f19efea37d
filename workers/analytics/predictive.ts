/**
 * Predictive CLV for the open data set (BG/NBD + Gamma-Gamma): fits, per-customer
 * predictions, the screen's aggregates, calibration/holdout, the value × risk grid and the
 * customer explorer. Fits are cached in IndexedDB; per-customer arrays stay in the session.
 */
import { transfer } from 'comlink';
import { customerTimeline, holdoutEvaluation, type DayNumber } from '../../src/core/index.ts';
import { cached } from './context.ts';
import { customerStory } from './predictive-detail.ts';
import { modelOf } from './predictive-model.ts';
import { customerRow, predictiveReport } from './predictive-report.ts';
import { explorerOf, tableRow, tableWindow } from './predictive-table.ts';
import type {
  CustomerDetail,
  GridGroup,
  HoldoutParams,
  HoldoutSummary,
  ModelParams,
  ModelPredictions,
  PredictedList,
  PredictiveReport,
  TableQuery,
  TableWindow,
} from './protocol/index.ts';
import { session } from './session.ts';
import { groupRows } from './value-risk.ts';

const copy = (a: Float64Array) => a.slice();

export const predictive = {
  /**
   * BG/NBD and Gamma-Gamma fits with per-customer predictions (copies, transferred):
   * horizon in periods of `unit`, discount per period, margin as a fraction of revenue.
   */
  async fitModel(datasetId: string, params: ModelParams): Promise<ModelPredictions> {
    const m = await modelOf(await session(datasetId), params);
    const p = m.predictions;
    const arrays = {
      x: copy(m.summary.x),
      tx: copy(m.summary.tx),
      T: copy(m.summary.T),
      monetary: copy(m.summary.monetary),
      pAlive: copy(p.pAlive),
      expectedPurchases: copy(p.expectedPurchases),
      pNoPurchase: copy(p.pNoPurchase),
      expectedValue: copy(p.expectedValue),
      clv: copy(p.clv),
    };
    const result = { ...m.fit, ids: m.ids, horizon: p.horizon, ...arrays };
    return transfer(
      result,
      Object.values(arrays).map((a) => a.buffer),
    );
  },

  /** The Predictive CLV screen's aggregates (no per-customer arrays). */
  async reportPredictions(datasetId: string, params: ModelParams): Promise<PredictiveReport> {
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    return predictiveReport(m, () => s.tiers(m));
  },

  /** The customers of a value × risk cell or of the win-back group, highest value first. */
  async listGridGroup(
    datasetId: string,
    params: ModelParams,
    group: GridGroup,
  ): Promise<PredictedList> {
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    const rows = groupRows(m, s.tiers(m), group);
    return { total: rows.length, rows: Array.from(rows, (r) => customerRow(m, r)) };
  },

  /** Calibration/holdout check of BG/NBD on a transactions data set. */
  async checkHoldout(datasetId: string, params: HoldoutParams): Promise<HoldoutSummary> {
    const s = await session(datasetId);
    if (s.record.kind !== 'transactions') {
      throw new Error('A holdout check needs transactions; a summary file has none.');
    }
    const { columns } = await s.data();
    const timeline = customerTimeline(columns);
    const firstDay = timeline.minDay;
    const holdoutEnd = params.holdoutEnd ?? timeline.maxDay;
    const calibrationEnd =
      params.calibrationEnd ?? firstDay + Math.round(((holdoutEnd - firstDay) * 2) / 3);
    if (!(calibrationEnd > firstDay && calibrationEnd < holdoutEnd)) {
      throw new Error('The split day must fall after the first day and before the last one.');
    }
    const key = { unit: params.unit, calibrationEnd, holdoutEnd };
    return cached(datasetId, 'predictive-holdout', key, () => {
      const r = holdoutEvaluation(columns, {
        unit: params.unit,
        calibrationEnd: calibrationEnd as DayNumber,
        holdoutEnd: holdoutEnd as DayNumber,
      });
      return {
        calibrationEnd,
        holdoutEnd,
        firstDay,
        duration: r.duration,
        params: r.fit.params,
        converged: r.fit.converged,
        customers: r.fit.customers,
        totals: r.totals,
        byFrequency: r.byFrequency,
        mae: r.mae,
        correlation: r.correlation,
      };
    });
  },

  /** A window of the customer explorer's table, sorted and filtered here. */
  async queryCustomers(
    datasetId: string,
    params: ModelParams,
    query: TableQuery,
  ): Promise<TableWindow> {
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    if (!m.columns) throw new Error('The customer explorer needs a transactions data set.');
    return tableWindow(explorerOf(s, m), query);
  },

  /** One customer (dictionary index or id): the table row, purchases and P(alive) over time. */
  async describeCustomer(
    datasetId: string,
    params: ModelParams,
    customer: number | string,
  ): Promise<CustomerDetail> {
    const s = await session(datasetId);
    const m = await modelOf(s, params);
    if (!m.columns) throw new Error('Customer details need a transactions data set.');
    const data = explorerOf(s, m);
    const index = typeof customer === 'number' ? customer : data.ids.indexOf(customer);
    if (!(index >= 0 && index < data.ids.length)) throw new Error(`No customer ${customer}.`);
    return { row: tableRow(data, index), story: customerStory(m, index), fit: m.fit };
  },
};
