/** Builds TransactionColumns for tests from readable rows. */
import fc from 'fast-check';
import { parseIsoDate, type TransactionColumns } from '../../../src/core/model.ts';

export type Row = readonly [customer: string, date: string, amount: number];

/** Columns from [customer, YYYY-MM-DD, amount] rows; customers indexed in order of appearance. */
export function columnsOf(
  rows: readonly Row[],
  extra: { cost?: number[]; order?: string[] } = {},
): TransactionColumns {
  const customerIds: string[] = [];
  const index = new Map<string, number>();
  const customer = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const amount = new Float64Array(rows.length);
  rows.forEach(([id, date, value], r) => {
    if (!index.has(id)) {
      index.set(id, customerIds.length);
      customerIds.push(id);
    }
    const d = parseIsoDate(date);
    if (d === undefined) throw new Error(`bad test date ${date}`);
    customer[r] = index.get(id)!;
    day[r] = d;
    amount[r] = value;
  });
  const columns: TransactionColumns = { customer, day, amount, customerIds };
  if (extra.cost) columns.cost = Float64Array.from(extra.cost);
  if (extra.order) {
    const orderIds = [...new Set(extra.order)];
    columns.order = Int32Array.from(extra.order, (o) => orderIds.indexOf(o));
    columns.orderIds = orderIds;
  }
  return columns;
}

/** The customer index of an id in columns built by `columnsOf`. */
export function idx(columns: TransactionColumns, id: string): number {
  return columns.customerIds.indexOf(id);
}

/** Random column sets: up to `maxCustomers` customers over ~2 years from 2021-01-01. */
export function arbitraryColumns(
  maxCustomers = 12,
  maxRows = 60,
): fc.Arbitrary<TransactionColumns> {
  const start = parseIsoDate('2021-01-01')!;
  return fc
    .record({
      customers: fc.integer({ min: 1, max: maxCustomers }),
      rows: fc.array(
        fc.tuple(fc.nat(), fc.integer({ min: 0, max: 730 }), fc.integer({ min: -50, max: 500 })),
        { minLength: 1, maxLength: maxRows },
      ),
    })
    .map(({ customers, rows }) => ({
      customerIds: Array.from({ length: customers }, (_, i) => `c${i}`),
      customer: Int32Array.from(rows, ([c]) => c % customers),
      day: Int32Array.from(rows, ([, d]) => start + d),
      amount: Float64Array.from(rows, ([, , a]) => a),
    }));
}
