/**
 * What the worker's modules share over a loaded data set (its split by an attribute,
 * acquisition costs, drill-down lists), the start-up head start, and the IndexedDB result
 * cache keyed by data set and parameters. The loaded data set itself is the session's
 * (session.ts).
 */
import {
  customerTimeline,
  splitFromCustomerFile,
  splitFromFirstTransaction,
  type CustomerList,
  type CustomerSplit,
  type SplitAttribute,
} from '../../src/core/index.ts';
import { getDataset } from '../../src/storage/datasets.ts';
import type { DatasetRecord } from '../../src/storage/db.ts';
import { getResult, putResult, resultKey } from '../../src/storage/results.ts';
import { session, sessionKey, type LoadedDataset } from './session.ts';

/**
 * Opens the database (the first request need not wait for it) and, with `load`, reads the
 * data set's columns and builds their customer timeline, which every screen starts from.
 */
export async function prepare(datasetId: string | null, load: boolean): Promise<void> {
  try {
    if (datasetId === null || !load) await getDataset(datasetId ?? '');
    else customerTimeline((await (await session(datasetId)).data()).columns);
  } catch {
    // Only a head start: the request that needs the data reports any failure itself.
  }
}

/** Results being read or computed, by cache key: a second request for one waits for it. */
const running = new Map<string, Promise<unknown>>();

/**
 * A result from the cache, or computed, cached and returned. Requests for the same result
 * while it is on its way share it (a screen asking for what an import's preparation is
 * computing, or two parts of the Report), instead of computing it twice. When the data set
 * changes while it is computed (a customers file joined: new attributes to split by), the
 * result is computed again from the new data rather than given or cached stale.
 */
export function cached<T>(
  datasetId: string,
  name: string,
  params: unknown,
  compute: () => T | Promise<T>,
): Promise<T> {
  const key = resultKey(datasetId, name, params);
  const pending = running.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const result: Promise<T> = (async () => {
    const hit = await getResult<T>(key);
    if (hit !== undefined) return hit;
    const from = (await session(datasetId)).key;
    const value = await compute();
    const current = (record: DatasetRecord | undefined) => !!record && sessionKey(record) === from;
    if (await putResult(key, datasetId, value, current)) return value;
    running.delete(key);
    return cached(datasetId, name, params, compute);
  })().finally(() => {
    if (running.get(key) === result) running.delete(key);
  });
  running.set(key, result);
  return result;
}

const FILE_ATTRIBUTES = {
  acquisitionChannel: 'channels',
  segment: 'segments',
  plan: 'plans',
} as const;

/** The split of customers by an attribute, or undefined when the data set lacks it. */
export function splitBy(
  { columns, customers }: LoadedDataset,
  attribute: SplitAttribute,
): CustomerSplit | undefined {
  if (attribute === 'firstChannel') return splitFromFirstTransaction(columns, 'channel');
  if (attribute === 'firstProduct') return splitFromFirstTransaction(columns, 'product');
  if (!customers) return undefined;
  const values = customers[FILE_ATTRIBUTES[attribute]];
  if (values.every((v) => v === null)) return undefined;
  return splitFromCustomerFile(columns.customerIds, customers.ids, values);
}

/** Acquisition cost per customer of the transactions (NaN where unknown). */
export function acquisitionCosts({ columns, customers }: LoadedDataset): Float64Array | undefined {
  if (!customers || customers.acquisitionCost.every((c) => Number.isNaN(c))) return undefined;
  const byId = new Map<string, number>();
  customers.ids.forEach((id, i) => byId.set(id, customers.acquisitionCost[i]!));
  return Float64Array.from(columns.customerIds, (id) => byId.get(id) ?? NaN);
}

/** The drill-down list of the given customers (indexes into the customer dictionary). */
export function customerList(
  { columns, customers }: LoadedDataset,
  indexes: ArrayLike<number>,
): CustomerList {
  const timeline = customerTimeline(columns);
  const names = new Map<string, string | null>();
  customers?.ids.forEach((id, i) => names.set(id, customers.names[i] ?? null));
  const n = indexes.length;
  const list: CustomerList = {
    ids: new Array<string>(n),
    names: new Array<string | null>(n),
    firstDay: new Int32Array(n),
    lastDay: new Int32Array(n),
    orders: new Int32Array(n),
    revenue: new Float64Array(n),
  };
  for (let j = 0; j < n; j++) {
    const c = indexes[j]!;
    const id = columns.customerIds[c]!;
    list.ids[j] = id;
    list.names[j] = names.get(id) ?? null;
    list.firstDay[j] = timeline.days[timeline.offsets[c]!]!;
    list.lastDay[j] = timeline.days[timeline.offsets[c + 1]! - 1]!;
    list.orders[j] = timeline.transactions[c]!;
    list.revenue[j] = timeline.revenue[c]!;
  }
  return list;
}
