/** The Customers screen's CSV: every customer the search and filters select, as shown or unrounded. */
import { download, toCsv } from '../../ui/csv.ts';
import type { TableRow } from '../predictive/types.ts';
import { segmentLabel } from '../ltv/rfm/rfm-format.ts';

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const round = (value: number, digits: number, full: boolean) =>
  !Number.isFinite(value) ? '' : full ? value : Number(value.toFixed(digits));

export const CUSTOMER_CSV_HEADER = [
  'customer_id',
  'name',
  'first_purchase',
  'last_purchase',
  'transactions',
  'revenue',
  'p_alive',
  'expected_purchases',
  'clv',
  'rfm_segment',
];

/**
 * CSV rows; `full` keeps every digit, otherwise values are rounded as the table shows them
 * (money 2 decimals, P(alive) a percent with one decimal, expected purchases 2 decimals).
 */
export function customerCsvRows(rows: TableRow[], full: boolean): (string | number)[][] {
  return rows.map((r) => [
    r.id,
    r.name ?? '',
    isoDay(r.first),
    isoDay(r.last),
    r.orders,
    round(r.revenue, 2, full),
    round(r.pAlive, 3, full),
    round(r.expectedPurchases, 2, full),
    round(r.clv, 2, full),
    r.segment ? segmentLabel(r.segment) : '',
  ]);
}

export function saveCustomersCsv(rows: TableRow[], full: boolean): void {
  download(
    full ? 'customers-full.csv' : 'customers.csv',
    toCsv(CUSTOMER_CSV_HEADER, customerCsvRows(rows, full)),
  );
}
