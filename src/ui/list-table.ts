/**
 * What `CustomerTable.svelte` shows of a list of customers: its columns (a header and the text
 * of row i), their widths, and the CSV it saves (raw values, not the formatted ones).
 */
import type { CustomerList } from '../core/model.ts';
import { formatDay, formatMoney, formatNumber, moneyHeader, t } from './i18n/index.ts';

export interface ListColumn {
  label: string;
  numeric?: boolean;
  show: (i: number) => string;
}

export interface ListTable {
  count: number;
  /** A row's CSS grid-template-columns. */
  widths: string;
  columns: readonly ListColumn[];
  csv: () => { header: string[]; rows: (string | number)[][] };
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const cents = (amount: number) => Math.round(amount * 100) / 100;

/** A drill-down's customers: id, name, first and last purchase, transactions, revenue. */
export function customerListTable(list: CustomerList): ListTable {
  return {
    count: list.ids.length,
    widths: '1.1fr 1.4fr 1fr 1fr 0.7fr 0.9fr',
    columns: [
      { label: t('customers.id'), show: (i) => list.ids[i] ?? '' },
      { label: t('customers.name'), show: (i) => list.names[i] ?? '' },
      { label: t('customers.first'), show: (i) => formatDay(list.firstDay[i]!) },
      { label: t('customers.last'), show: (i) => formatDay(list.lastDay[i]!) },
      { label: t('customers.orders'), numeric: true, show: (i) => formatNumber(list.orders[i]!) },
      { label: t('summary.revenue'), numeric: true, show: (i) => formatMoney(list.revenue[i]!) },
    ],
    csv: () => ({
      header: [
        'customer_id',
        'name',
        'first_purchase',
        'last_purchase',
        'transactions',
        moneyHeader('revenue'),
      ],
      rows: list.ids.map((id, i) => [
        id,
        list.names[i] ?? '',
        isoDay(list.firstDay[i]!),
        isoDay(list.lastDay[i]!),
        list.orders[i]!,
        cents(list.revenue[i]!),
      ]),
    }),
  };
}
