/** The explorer's columns: header, sort key and how a row's cell is shown. */
import {
  formatDay,
  formatMoney,
  formatNumber,
  formatPercent,
  type MessageKey,
} from '../../ui/i18n/index.ts';
import type { SortKey, TableRow } from '../predictive/types.ts';
import { segmentLabel } from '../ltv/rfm/rfm-format.ts';

export interface Column {
  key: SortKey;
  label: MessageKey;
  numeric: boolean;
  show: (row: TableRow) => string;
}

const maybe = (value: number, show: (v: number) => string) =>
  Number.isFinite(value) ? show(value) : '—';

export const COLUMNS: readonly Column[] = [
  { key: 'id', label: 'customers.id', numeric: false, show: (r) => r.id },
  { key: 'name', label: 'customers.name', numeric: false, show: (r) => r.name ?? '' },
  { key: 'first', label: 'customers.first', numeric: false, show: (r) => formatDay(r.first) },
  { key: 'last', label: 'customers.last', numeric: false, show: (r) => formatDay(r.last) },
  { key: 'orders', label: 'customers.orders', numeric: true, show: (r) => formatNumber(r.orders) },
  { key: 'revenue', label: 'summary.revenue', numeric: true, show: (r) => formatMoney(r.revenue) },
  {
    key: 'pAlive',
    label: 'predictive.col.pAlive',
    numeric: true,
    show: (r) => maybe(r.pAlive, (v) => formatPercent(v)),
  },
  {
    key: 'expectedPurchases',
    label: 'predictive.col.expected',
    numeric: true,
    show: (r) => maybe(r.expectedPurchases, (v) => formatNumber(v, 2)),
  },
  {
    key: 'clv',
    label: 'predictive.col.clv',
    numeric: true,
    show: (r) => maybe(r.clv, formatMoney),
  },
  {
    key: 'segment',
    label: 'explorer.segment',
    numeric: false,
    show: (r) => (r.segment ? segmentLabel(r.segment) : '—'),
  },
];
