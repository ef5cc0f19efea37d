/**
 * The customer explorer's state: search, sort and filters, the window of rows the worker
 * returned for them (the table renders only what is visible and asks for the next window
 * as it scrolls), and the customer whose details are open.
 */
import { analyticsClient, type AnalyticsCalls } from '../../bridge/analytics-client.ts';
import { Resource } from '../../state/resource.svelte.ts';
import { ModelSettings, modelSettings } from '../predictive/model-settings.svelte.ts';
import type { CustomerDetail, SortKey, TableRow } from '../predictive/types.ts';

/** Rows fetched per request; the view shows about 15, so one window covers many screens. */
const WINDOW = 240;

/** Columns whose natural first order is descending (largest first). */
const DESCENDING_FIRST: readonly SortKey[] = [
  'orders',
  'revenue',
  'pAlive',
  'expectedPurchases',
  'clv',
  'last',
];

/** Rows per worker call when exporting (the worker serves at most 500 at a time). */
const EXPORT_PAGE = 500;

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type ExplorerClient = AnalyticsCalls<'queryCustomers' | 'describeCustomer'>;

export class ExplorerState {
  readonly settings: ModelSettings;
  readonly detail = new Resource<CustomerDetail>();
  readonly datasetId: string;
  #query = $state('');
  #sort = $state<SortKey>('clv');
  #descending = $state(true);
  #segment = $state<number | undefined>(undefined);
  #cell = $state<number | undefined>(undefined);
  #total = $state(0);
  #offset = $state(0);
  #rows = $state.raw<TableRow[]>([]);
  #segments = $state.raw<readonly string[]>([]);
  #loading = $state(false);
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #version = 0;
  #pending: number | null = null;

  readonly #client: ExplorerClient;

  /** `settings` are the model settings the Predictive CLV screen shares by default. */
  constructor(
    datasetId: string,
    client: ExplorerClient = analyticsClient(),
    settings: ModelSettings = modelSettings,
  ) {
    this.datasetId = datasetId;
    this.#client = client;
    this.settings = settings;
    this.settings.use(datasetId);
  }

  get query() {
    return this.#query;
  }
  get sort() {
    return this.#sort;
  }
  get descending() {
    return this.#descending;
  }
  get segment() {
    return this.#segment;
  }
  get cell() {
    return this.#cell;
  }
  get total() {
    return this.#total;
  }
  get segments() {
    return this.#segments;
  }
  get loading() {
    return this.#loading;
  }
  /** True once the first window arrived (the table can show its count). */
  get loaded() {
    return this.#loaded;
  }
  get error() {
    return this.#error;
  }

  /** Row i of the current view, or undefined while its window is being fetched. */
  rowAt(i: number): TableRow | undefined {
    return this.#rows[i - this.#offset];
  }

  /** Makes sure rows [first, last) are loaded, fetching a window around them if not. */
  ensure(first: number, last: number): void {
    const end = Math.min(last, this.#total);
    if (first >= this.#offset && end <= this.#offset + this.#rows.length) return;
    const offset = Math.max(0, first - WINDOW / 4);
    if (this.#pending === offset) return;
    void this.#load(offset);
  }

  async #load(offset: number): Promise<void> {
    const version = ++this.#version;
    this.#pending = offset;
    this.#loading = true;
    const query = {
      query: this.#query,
      sort: this.#sort,
      descending: this.#descending,
      filter: { segment: this.#segment, cell: this.#cell },
      offset,
      limit: WINDOW,
    };
    try {
      const page = await this.#client.queryCustomers(this.datasetId, this.settings.params, query);
      if (version !== this.#version) return;
      this.#rows = page.rows;
      this.#offset = page.offset;
      this.#total = page.total;
      this.#segments = page.segments;
      this.#error = null;
      this.#loaded = true;
    } catch (error) {
      if (version !== this.#version) return;
      this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      if (version === this.#version) {
        this.#loading = false;
        this.#pending = null;
      }
    }
  }

  /** Reloads from the top (after a change of query, sort, filter or model settings). */
  async reload(): Promise<void> {
    this.#rows = [];
    this.#offset = 0;
    await this.#load(0);
  }

  async search(query: string): Promise<void> {
    this.#query = query;
    await this.reload();
  }

  /** Sorts by a column; the same column again flips the direction. */
  async sortBy(key: SortKey): Promise<void> {
    if (this.#sort === key) this.#descending = !this.#descending;
    else {
      this.#sort = key;
      this.#descending = DESCENDING_FIRST.includes(key);
    }
    await this.reload();
  }

  async filter(change: { segment?: number | undefined; cell?: number | undefined }): Promise<void> {
    if ('segment' in change) this.#segment = change.segment;
    if ('cell' in change) this.#cell = change.cell;
    await this.reload();
  }

  /** Every row the search and filters select, in the table's order (for the CSV export). */
  async allRows(): Promise<TableRow[]> {
    const rows: TableRow[] = [];
    const base = {
      query: this.#query,
      sort: this.#sort,
      descending: this.#descending,
      filter: { segment: this.#segment, cell: this.#cell },
    };
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = await this.#client.queryCustomers(this.datasetId, this.settings.params, {
        ...base,
        offset,
        limit: EXPORT_PAGE,
      });
      rows.push(...page.rows);
      if (page.rows.length === 0 || rows.length >= page.total) return rows;
    }
  }

  async open(customer: number | string): Promise<void> {
    const params = this.settings.params;
    await this.detail.run(() => this.#client.describeCustomer(this.datasetId, params, customer));
  }

  closeDetail(): void {
    this.detail.clear();
  }
}
