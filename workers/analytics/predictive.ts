/**
 * Predictive CLV for the open data set (BG/NBD + Gamma-Gamma): fits, per-customer
 * predictions, the screen's aggregates, calibration/holdout, the value × risk grid and the
 * customer explorer. Fits are cached in IndexedDB; per-customer arrays stay in this worker.
 */
import { transfer } from 'comlink';
import {
  customerTimeline,
  holdoutEvaluation,
  type BgNbdParams,
  type DayNumber,
  type FrequencyBucket,
  type TimeUnit,
} from '../../src/core/index.ts';
import { getDataset } from '../../src/storage/datasets.ts';
import { cached, dataset } from './context.ts';
import { customerStory, type CustomerStory } from './predictive-detail.ts';
import { customerModel, type ModelFit, type ModelParams } from './predictive-model.ts';
import { customerRow, predictiveReport, type TopCustomer } from './predictive-report.ts';
import {
  explorerData,
  tableRow,
  tableWindow,
  type TableQuery,
  type TableRow,
} from './predictive-table.ts';
import { groupRows, type GridGroup } from './value-risk.ts';

export type { ModelParams, ModelFit } from './predictive-model.ts';
export type * from './predictive-report.ts';
export type { GridCell, GridGroup, Playbook, ValueRiskGrid } from './value-risk.ts';
export type { SortKey, TableQuery, TableRow, TableWindow } from './predictive-table.ts';
export type { CustomerStory } from './predictive-detail.ts';

export interface HoldoutParams {
  unit: TimeUnit;
  /** Last calibration day; default: first day + 2/3 of the span. */
  calibrationEnd?: number | undefined;
  /** Last holdout day; default: the data's last day. */
  holdoutEnd?: number | undefined;
}

export interface HoldoutSummary {
  calibrationEnd: number;
  holdoutEnd: number;
  firstDay: number;
  /** Holdout length in units. */
  duration: number;
  params: BgNbdParams;
  converged: boolean;
  customers: number;
  totals: { actual: number; predicted: number };
  byFrequency: FrequencyBucket[];
  mae: number;
  correlation: number;
}

/** Customers of a list (a grid cell, the win-back group), columnar. */
export interface PredictedList {
  total: number;
  rows: TopCustomer[];
}

const copy = (a: Float64Array) => a.slice();

export const predictive = {
  /**
   * BG/NBD and Gamma-Gamma fits with per-customer predictions (copies, transferred):
   * horizon in periods of `unit`, discount per period, margin as a fraction of revenue.
   */
  async fit(datasetId: string, params: ModelParams) {
    const m = await customerModel(datasetId, params);
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
  async predictiveReport(datasetId: string, params: ModelParams) {
    return predictiveReport(await customerModel(datasetId, params));
  },

  /** The customers of a value × risk cell or of the win-back group, highest value first. */
  async valueRiskCustomers(
    datasetId: string,
    params: ModelParams,
    group: GridGroup,
  ): Promise<PredictedList> {
    const m = await customerModel(datasetId, params);
    const rows = groupRows(m, group);
    return { total: rows.length, rows: Array.from(rows, (r) => customerRow(m, r)) };
  },

  /** Calibration/holdout check of BG/NBD on a transactions data set. */
  async holdout(datasetId: string, params: HoldoutParams): Promise<HoldoutSummary> {
    const record = await getDataset(datasetId);
    if (record?.kind !== 'transactions') {
      throw new Error('A holdout check needs transactions; a summary file has none.');
    }
    const { columns } = await dataset(datasetId);
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
  async customerTable(datasetId: string, params: ModelParams, query: TableQuery) {
    const m = await customerModel(datasetId, params);
    if (!m.columns) throw new Error('The customer explorer needs a transactions data set.');
    return tableWindow(explorerData(m), query);
  },

  /** One customer (dictionary index or id): the table row, purchases and P(alive) over time. */
  async customerDetail(
    datasetId: string,
    params: ModelParams,
    customer: number | string,
  ): Promise<{ row: TableRow; story: CustomerStory; fit: ModelFit }> {
    const m = await customerModel(datasetId, params);
    if (!m.columns) throw new Error('Customer details need a transactions data set.');
    const data = explorerData(m);
    const index = typeof customer === 'number' ? customer : data.ids.indexOf(customer);
    if (!(index >= 0 && index < data.ids.length)) throw new Error(`No customer ${customer}.`);
    return { row: tableRow(data, index), story: customerStory(m, index), fit: m.fit };
  },
};
