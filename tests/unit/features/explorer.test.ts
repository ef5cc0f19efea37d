/**
 * The customer explorer's state (src/features/customers/explorer.svelte.ts) against a fake
 * analytics worker: the window of rows it fetches as the table scrolls, the query it sends for a
 * search, sort or filter, the paged export, and the detail of one customer.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  ExplorerState,
  type ExplorerClient,
} from '../../../src/features/customers/explorer.svelte.ts';
import { ModelSettings } from '../../../src/features/predictive/model-settings.svelte.ts';
import type {
  CustomerDetail,
  TableQuery,
  TableRow,
  TableWindow,
} from '../../../src/features/predictive/types.ts';

const TOTAL = 1_000;
const row = (i: number) => ({ customer: i, id: `C${i}` }) as unknown as TableRow;
const DETAIL = { row: row(7) } as unknown as CustomerDetail;

/** The worker's answer: rows [offset, offset + limit) of TOTAL customers. */
function page(_: string, __: unknown, query: TableQuery): Promise<TableWindow> {
  const end = Math.min(TOTAL, query.offset + query.limit);
  const rows = Array.from({ length: Math.max(0, end - query.offset) }, (_, i) =>
    row(query.offset + i),
  );
  return Promise.resolve({ rows, offset: query.offset, total: TOTAL, segments: ['Champions'] });
}

let datasets = 0;
const freshId = () => `explorer-${++datasets}`;

function fake() {
  return {
    queryCustomers: vi.fn(page),
    describeCustomer: vi.fn(() => Promise.resolve(DETAIL)),
  } satisfies ExplorerClient;
}

describe('ExplorerState', () => {
  it('loads the first window sorted by CLV, highest first', async () => {
    const client = fake();
    const id = freshId();
    const explorer = new ExplorerState(id, client, new ModelSettings());
    expect(explorer.loaded).toBe(false);
    await explorer.reload();
    expect(explorer.loaded).toBe(true);
    expect(explorer.total).toBe(TOTAL);
    expect(explorer.segments).toEqual(['Champions']);
    expect(explorer.rowAt(0)?.id).toBe('C0');
    expect(client.queryCustomers).toHaveBeenCalledWith(
      id,
      { unit: 'week', end: undefined, horizon: 52, discount: 0.002, margin: 1 },
      {
        query: '',
        sort: 'clv',
        descending: true,
        filter: { segment: undefined, cell: undefined },
        offset: 0,
        limit: 240,
      },
    );
  });

  it('fetches another window only when rows outside the loaded one are shown', async () => {
    const client = fake();
    const explorer = new ExplorerState(freshId(), client, new ModelSettings());
    await explorer.reload();
    explorer.ensure(100, 130);
    expect(client.queryCustomers).toHaveBeenCalledTimes(1);
    expect(explorer.rowAt(500)).toBeUndefined();
    explorer.ensure(500, 520);
    explorer.ensure(500, 520);
    await vi.waitFor(() => expect(explorer.rowAt(500)?.id).toBe('C500'));
    expect(client.queryCustomers).toHaveBeenCalledTimes(2);
    expect(client.queryCustomers.mock.calls[1]?.[2].offset).toBe(440);
  });

  it('sorts, flips, searches and filters, each from the top', async () => {
    const client = fake();
    const explorer = new ExplorerState(freshId(), client, new ModelSettings());
    await explorer.sortBy('name');
    expect([explorer.sort, explorer.descending]).toEqual(['name', false]);
    await explorer.sortBy('name');
    expect(explorer.descending).toBe(true);
    await explorer.sortBy('revenue');
    expect(explorer.descending).toBe(true);
    await explorer.search('petrov');
    await explorer.filter({ segment: 2 });
    expect(client.queryCustomers).toHaveBeenLastCalledWith(expect.any(String), expect.anything(), {
      query: 'petrov',
      sort: 'revenue',
      descending: true,
      filter: { segment: 2, cell: undefined },
      offset: 0,
      limit: 240,
    });
  });

  it('exports every selected row in pages of 500', async () => {
    const client = fake();
    const explorer = new ExplorerState(freshId(), client, new ModelSettings());
    const rows = await explorer.allRows();
    expect(rows).toHaveLength(TOTAL);
    expect(rows[999]?.id).toBe('C999');
    expect(client.queryCustomers.mock.calls.map((call) => call[2].offset)).toEqual([0, 500]);
  });

  it('opens a customer with the model settings, and keeps the worker’s error', async () => {
    const client = fake();
    const id = freshId();
    const explorer = new ExplorerState(id, client, new ModelSettings());
    await explorer.open(7);
    expect(client.describeCustomer).toHaveBeenCalledWith(
      id,
      expect.objectContaining({ horizon: 52 }),
      7,
    );
    expect(explorer.detail.value).toBe(DETAIL);
    explorer.closeDetail();
    expect(explorer.detail.value).toBeUndefined();
    client.queryCustomers.mockImplementationOnce(() => Promise.reject(new Error('worker gone')));
    await explorer.reload();
    expect(explorer.error).toBe('worker gone');
    expect(explorer.loaded).toBe(false);
  });
});
