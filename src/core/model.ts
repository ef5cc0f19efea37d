/**
 * The domain's units and the columnar shape of a transaction set.
 *
 * Dates are calendar days in UTC counted from 1970-01-01 (day 0), converted once at ingest.
 * Transactions never exist as row objects: they are parallel typed-array columns, so a
 * million rows move between threads and into IndexedDB as a handful of buffers.
 */

export type CustomerId = string & { readonly __brand: 'CustomerId' };
/** Whole days since 1970-01-01 UTC. */
export type DayNumber = number & { readonly __brand: 'DayNumber' };
/** An amount in the data set's own currency. */
export type Money = number & { readonly __brand: 'Money' };

export const MS_PER_DAY = 86_400_000;

/** The day number of a UTC calendar date. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY) as DayNumber;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` strictly; undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayNumber(y, mo, d);
  return isoDate(day) === text ? day : undefined;
}

/**
 * Transactions as columns. Row i is (customer[i], day[i], amount[i], …). Customer,
 * product and channel columns hold indexes into the matching dictionary.
 * Optional columns are absent when the file had no such column.
 */
export interface TransactionColumns {
  /** Index into `customerIds`. */
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Index into `orderIds`; -1 where empty. */
  order?: Int32Array;
  /** Index into `products`; -1 where empty. */
  product?: Int32Array;
  /** Index into `channels`; -1 where empty. */
  channel?: Int32Array;
  quantity?: Float64Array;
  /** Cost of the row (revenue − cost = margin); NaN where empty. */
  cost?: Float64Array;
  customerIds: string[];
  orderIds?: string[];
  products?: string[];
  channels?: string[];
}

/**
 * The buffers behind the typed-array columns of `columns`, to transfer them between threads
 * rather than copy them. Each column must have a buffer of its own: a view into a shared one
 * would take all of it along.
 */
export function columnBuffers(columns: object): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of Object.values(columns))
    if (ArrayBuffer.isView(column)) buffers.push(column.buffer as ArrayBuffer);
  return buffers;
}

/** A list of customers for drill-down tables: columnar, so 100 000 rows cross threads cheaply. */
export interface CustomerList {
  ids: string[];
  names: (string | null)[];
  firstDay: Int32Array;
  lastDay: Int32Array;
  orders: Int32Array;
  revenue: Float64Array;
}

export function rowCount(columns: TransactionColumns): number {
  return columns.day.length;
}
