/**
 * The customer explorer's table: every customer of a transactions data set with its history,
 * RFM segment and predictions, as typed columns kept by the session. Sorting, searching and
 * filtering run here; the UI receives the total and one window of rows, so 100 000
 * customers scroll as smoothly as 100.
 */
import {
  RFM_SEGMENTS,
  customerTimeline,
  rfmScores,
  type ValueRiskTiers,
} from '../../src/core/index.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { SortKey, TableQuery, TableRow, TableWindow } from './protocol/index.ts';
import type { Session } from './session.ts';

/** Per customer of the dictionary: what the table shows, plus ranks for text columns. */
export interface ExplorerData {
  model: CustomerModel;
  ids: string[];
  names: (string | null)[];
  search: string[];
  first: Int32Array;
  last: Int32Array;
  orders: Int32Array;
  revenue: Float64Array;
  segment: Uint8Array;
  /** Model row of each customer; −1 when the customer has no purchase up to the end day. */
  row: Int32Array;
  cell: Uint8Array;
  idRank: Int32Array;
  nameRank: Int32Array;
  sorted: Map<string, Int32Array>;
  view: { key: string; rows: Int32Array } | undefined;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function ranks(values: (string | null)[]): Int32Array {
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    const x = values[a];
    const y = values[b];
    if (x === y) return a - b;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return collator.compare(x, y) || a - b;
  });
  const rank = new Int32Array(values.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

function build(model: CustomerModel, t: ValueRiskTiers): ExplorerData {
  const columns = model.columns!;
  const timeline = customerTimeline(columns);
  const n = columns.customerIds.length;
  const names = new Map<string, string | null>();
  model.customers?.ids.forEach((id, i) => names.set(id, model.customers!.names[i] ?? null));
  const ids = columns.customerIds;
  const nameOf = ids.map((id) => names.get(id) ?? null);
  const row = new Int32Array(n).fill(-1);
  model.summary.customer.forEach((c, i) => (row[c] = i));
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    first[c] = timeline.days[timeline.offsets[c]!]!;
    last[c] = timeline.days[timeline.offsets[c + 1]! - 1]!;
  }
  return {
    model,
    ids,
    names: nameOf,
    search: ids.map((id, c) => `${id}\u0000${nameOf[c] ?? ''}`.toLowerCase()),
    first,
    last,
    orders: timeline.transactions,
    revenue: timeline.revenue,
    segment: rfmScores(columns, { asOf: timeline.maxDay }).segment,
    row,
    cell: Uint8Array.from(row, (r) => (r < 0 ? 255 : t.winBack[r] ? t.cell[r]! | 16 : t.cell[r]!)),
    idRank: ranks(ids),
    nameRank: ranks(nameOf),
    sorted: new Map(),
    view: undefined,
  };
}

/** The explorer's columns for a model, kept by the session (built once per model). */
export function explorerOf(s: Session, model: CustomerModel): ExplorerData {
  return s.keep('explorer', model, () => build(model, s.tiers(model)));
}

/** The sort key of customer c for a column (NaN sorts last either way). */
function keyOf(d: ExplorerData, sort: SortKey): (c: number) => number {
  const p = d.model.predictions;
  const predicted = (values: Float64Array) => (c: number) =>
    d.row[c]! >= 0 ? values[d.row[c]!]! : NaN;
  switch (sort) {
    case 'id':
      return (c) => d.idRank[c]!;
    case 'name':
      return (c) => (d.names[c] === null ? NaN : d.nameRank[c]!);
    case 'first':
      return (c) => d.first[c]!;
    case 'last':
      return (c) => d.last[c]!;
    case 'orders':
      return (c) => d.orders[c]!;
    case 'revenue':
      return (c) => d.revenue[c]!;
    case 'segment':
      return (c) => (d.segment[c]! === 255 ? NaN : d.segment[c]!);
    case 'pAlive':
      return predicted(p.pAlive);
    case 'expectedPurchases':
      return predicted(p.expectedPurchases);
    case 'clv':
      return predicted(p.clv);
  }
}

function sortedOrder(d: ExplorerData, sort: SortKey, descending: boolean): Int32Array {
  const name = `${sort}:${descending}`;
  let order = d.sorted.get(name);
  if (!order) {
    const key = keyOf(d, sort);
    const values = Float64Array.from(d.ids, (_, c) => key(c));
    const sign = descending ? -1 : 1;
    const all = Array.from(d.ids, (_, c) => c);
    all.sort((a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      if (Number.isNaN(x) || Number.isNaN(y))
        return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : 1) : -1;
      return sign * (x - y) || a - b;
    });
    order = Int32Array.from(all);
    d.sorted.set(name, order);
  }
  return order;
}

function matches(d: ExplorerData, q: TableQuery): (c: number) => boolean {
  const text = q.query?.trim().toLowerCase() ?? '';
  const segment = q.filter?.segment;
  const cell = q.filter?.cell;
  return (c) =>
    (text === '' || d.search[c]!.includes(text)) &&
    (segment === undefined || d.segment[c] === segment) &&
    (cell === undefined || (cell === 9 ? (d.cell[c]! & 16) !== 0 : (d.cell[c]! & 15) === cell));
}

/** The rows matching a query in its order; the last view is kept so scrolling is free. */
function tableView(d: ExplorerData, q: TableQuery): Int32Array {
  const key = JSON.stringify([q.query?.trim().toLowerCase() ?? '', q.sort, q.descending, q.filter]);
  if (d.view?.key === key) return d.view.rows;
  const order = sortedOrder(d, q.sort, q.descending);
  const test = matches(d, q);
  const filtering =
    Boolean(q.query?.trim()) || q.filter?.segment !== undefined || q.filter?.cell !== undefined;
  const rows = filtering ? order.filter(test) : order;
  d.view = { key, rows };
  return rows;
}

export function tableRow(d: ExplorerData, c: number): TableRow {
  const r = d.row[c]!;
  const p = d.model.predictions;
  const s = d.segment[c]!;
  return {
    customer: c,
    id: d.ids[c]!,
    name: d.names[c] ?? null,
    first: d.first[c]!,
    last: d.last[c]!,
    orders: d.orders[c]!,
    revenue: d.revenue[c]!,
    pAlive: r >= 0 ? p.pAlive[r]! : NaN,
    expectedPurchases: r >= 0 ? p.expectedPurchases[r]! : NaN,
    clv: r >= 0 ? p.clv[r]! : NaN,
    segment: s === 255 ? null : (RFM_SEGMENTS[s] ?? null),
  };
}

/** One window of the table. */
export function tableWindow(d: ExplorerData, q: TableQuery): TableWindow {
  const rows = tableView(d, q);
  const offset = Math.max(0, Math.min(q.offset, rows.length));
  const end = Math.min(rows.length, offset + Math.max(0, Math.min(q.limit, 500)));
  const out: TableRow[] = [];
  for (let i = offset; i < end; i++) out.push(tableRow(d, rows[i]!));
  return { total: rows.length, offset, rows: out, segments: RFM_SEGMENTS };
}
