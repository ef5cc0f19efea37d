/**
 * The predictive model of a data set: the per-customer summary (x, t_x, T, monetary), the
 * BG/NBD and Gamma-Gamma fits (cached in IndexedDB by unit and end day — small) and the
 * per-customer predictions (kept by the session for one set of parameters, recomputed from
 * the cached fits when missing).
 */
import {
  checkUnit,
  customerSummary,
  customerTimeline,
  fitCustomerModels,
  predictFromFits,
  summaryFromColumns,
  type CustomerSummary,
  type DayNumber,
  type Predictions,
  type TimeUnit,
  type TransactionColumns,
} from '../../src/core/index.ts';
import type { CustomersRecord, DatasetKind } from '../../src/storage/db.ts';
import { getSummary } from '../../src/storage/datasets.ts';
import { cached } from './context.ts';
import type { ModelFit, ModelParams } from './protocol/index.ts';
import type { Session } from './session.ts';

/** Everything per customer, row i of each array for summary row i. */
export interface CustomerModel {
  key: string;
  params: ModelParams;
  fit: ModelFit;
  summary: CustomerSummary;
  predictions: Predictions;
  ids: string[];
  names: (string | null)[];
  /** Revenue up to the end day (transactions), or x · monetary (summaries). */
  revenue: Float64Array;
  /** The transaction columns, for timelines and holdout; undefined for summaries. */
  columns: TransactionColumns | undefined;
  customers: CustomersRecord | undefined;
}

export const DEFAULT_PARAMS: ModelParams = {
  unit: 'week',
  horizon: 52,
  discount: 0.002,
  margin: 1,
};

/** Checks the user's parameters at the boundary, naming the bad one. */
function checkParams(params: ModelParams): ModelParams {
  checkUnit(params.unit);
  if (!Number.isInteger(params.horizon) || params.horizon < 1 || params.horizon > 3660) {
    throw new Error(`invalid horizon: ${params.horizon} (a whole number of periods, 1–3660)`);
  }
  if (!(params.discount >= 0 && params.discount < 1)) {
    throw new Error(`invalid discount rate: ${params.discount} (0 to < 100 % per period)`);
  }
  if (!(params.margin > 0 && params.margin <= 1)) {
    throw new Error(`invalid margin: ${params.margin} (above 0 %, at most 100 %)`);
  }
  if (params.end !== undefined && !Number.isInteger(params.end)) {
    throw new Error(`invalid end day: ${params.end}`);
  }
  return params;
}

interface Source {
  kind: DatasetKind;
  summary: CustomerSummary;
  ids: string[];
  names: (string | null)[];
  revenue: Float64Array;
  columns: TransactionColumns | undefined;
  customers: CustomersRecord | undefined;
  firstDay: number | null;
  lastDay: number | null;
  end: number | null;
}

async function transactionSource(s: Session, params: ModelParams): Promise<Source> {
  const { columns, customers } = await s.data();
  const timeline = customerTimeline(columns);
  if (timeline.rows === 0) throw new Error('This data set has no transactions.');
  const end = params.end ?? timeline.maxDay;
  if (end < timeline.minDay) throw new Error('The observation end is before the first purchase.');
  const summary = customerSummary(columns, { unit: params.unit, end: end as DayNumber });
  const byCustomer = new Float64Array(columns.customerIds.length);
  for (let i = 0; i < columns.day.length; i++) {
    if (columns.day[i]! <= end) byCustomer[columns.customer[i]!]! += columns.amount[i]!;
  }
  const names = new Map<string, string | null>();
  customers?.ids.forEach((id, i) => names.set(id, customers.names[i] ?? null));
  const ids = Array.from(summary.customer, (c) => columns.customerIds[c]!);
  return {
    kind: 'transactions',
    summary,
    ids,
    names: ids.map((id) => names.get(id) ?? null),
    revenue: Float64Array.from(summary.customer, (c) => byCustomer[c]!),
    columns,
    customers,
    firstDay: timeline.minDay,
    lastDay: timeline.maxDay,
    end,
  };
}

async function summarySource(datasetId: string, unit: TimeUnit): Promise<Source> {
  const record = await getSummary(datasetId);
  if (!record) throw new Error('The summary of this data set is missing; import it again.');
  const summary = summaryFromColumns(
    record.ids,
    record.frequency,
    record.recency,
    record.T,
    record.monetary,
    unit,
  );
  const revenue = summary.x.map((x, i) =>
    Number.isFinite(summary.monetary[i]!) ? x * summary.monetary[i]! : NaN,
  );
  return {
    kind: 'summary',
    summary,
    ids: record.ids,
    names: record.ids.map(() => null),
    revenue,
    columns: undefined,
    customers: undefined,
    firstDay: null,
    lastDay: null,
    end: null,
  };
}

async function fitModels(datasetId: string, source: Source, unit: TimeUnit): Promise<ModelFit> {
  return cached(datasetId, 'predictive-fit', { unit, end: source.end, v: 1 }, () => ({
    kind: source.kind,
    unit,
    firstDay: source.firstDay,
    lastDay: source.lastDay,
    end: source.end,
    ...fitCustomerModels(source.summary),
  }));
}

function predict(summary: CustomerSummary, fit: ModelFit, params: ModelParams): Predictions {
  return predictFromFits(summary, fit, {
    horizonPeriods: params.horizon,
    periodLength: 1,
    discountPerPeriod: params.discount,
    margin: params.margin,
  });
}

async function buildModel(s: Session, params: ModelParams, key: string): Promise<CustomerModel> {
  const source =
    s.record.kind === 'summary'
      ? await summarySource(s.datasetId, params.unit)
      : await transactionSource(s, params);
  if (source.summary.x.length === 0) throw new Error('No customer bought before the end day.');
  const fit = await fitModels(s.datasetId, source, params.unit);
  return {
    key,
    params,
    fit,
    summary: source.summary,
    predictions: predict(source.summary, fit, params),
    ids: source.ids,
    names: source.names,
    revenue: source.revenue,
    columns: source.columns,
    customers: source.customers,
  };
}

/**
 * The session's model for the parameters: the one it keeps, or built (fits from the result
 * cache). One model is kept per session, the last one asked for.
 */
export async function modelOf(s: Session, params: ModelParams): Promise<CustomerModel> {
  checkParams(params);
  const normal = {
    unit: params.unit,
    end: params.end,
    horizon: params.horizon,
    discount: params.discount,
    margin: params.margin,
  };
  const key = `${s.datasetId}|${JSON.stringify(normal)}`;
  return s.keep('model', key, () => buildModel(s, normal, key));
}
