/**
 * The lifecycle board as the UI sees it: the cards' columns (once), the current view of the
 * lanes from the analytics worker, the query (sort, filters, cross-sell filter), the
 * selection, collapsed lanes, the keyboard "picked up" state and the announcements read by
 * screen readers. Every change of placement is a worker call that returns the new view.
 */
import { analyticsClient, type AnalyticsCalls } from '../bridge/analytics-client.ts';
import { watchBoard } from '../storage/board.ts';
import type {
  BoardCards,
  BoardQuery,
  BoardView,
  LaneProfile,
  LifecycleFlow,
  MoveLogRow,
} from '../bridge/analytics-client.ts';
import type { BoardConfig, Grain, LaneFilter, LaneSort, PresetName } from '../core/index.ts';

export type { BoardCards, BoardView, LaneProfile, LifecycleFlow, MoveLogRow };

/** A request to show a card: the lane scrolls to it (seq makes repeats distinct). */
export interface Reveal {
  lane: number;
  position: number;
  customer: number;
  /** True for a search result (the card is outlined), false for keyboard focus moves. */
  highlight: boolean;
  seq: number;
}

/** A set that is replaced as a whole (never mutated once stored in `$state.raw`). */
function plainSet<T>(items: Iterable<T> = []): Set<T> {
  // A plain Set: stored in $state.raw and replaced as a whole, never mutated after.
  return new Set(items);
}

/** The part of the analytics worker the board calls (a fake one in the unit test). */
export type BoardClient = AnalyticsCalls<
  | 'loadBoardCards'
  | 'viewBoard'
  | 'syncBoard'
  | 'setBoardConfig'
  | 'applyBoardPreset'
  | 'moveCustomers'
  | 'clearOverrides'
  | 'undoMove'
  | 'redoMove'
  | 'findCustomers'
  | 'readMoveLog'
  | 'profileLane'
  | 'findCustomerGaps'
  | 'traceFlow'
  | 'traceFlowRange'
>;

export class BoardState {
  readonly datasetId: string;
  #cards = $state.raw<BoardCards | null>(null);
  #view = $state.raw<BoardView | null>(null);
  #error = $state<string | null>(null);
  #busy = $state(false);
  #sort = $state<LaneSort>('clv');
  #filter = $state<LaneFilter>({ segment: -1, channel: -1, tier: -1 });
  #missing = $state.raw<BoardQuery['missing']>(null);
  #selected = $state.raw<ReadonlySet<number>>(plainSet());
  #anchor = -1;
  #collapsed = $state.raw<ReadonlySet<string>>(plainSet());
  #announcement = $state('');
  #reveal = $state.raw<Reveal | null>(null);
  #revealSeq = 0;
  /** performance.now() when a view was requested; the screen reports paint time from it. */
  requestedAt = $state(0);
  receivedAt = $state(0);

  readonly #client: BoardClient;

  constructor(datasetId: string, client: BoardClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
  }

  get cards() {
    return this.#cards;
  }
  get view() {
    return this.#view;
  }
  get error() {
    return this.#error;
  }
  get busy() {
    return this.#busy;
  }
  get sort() {
    return this.#sort;
  }
  get filter() {
    return this.#filter;
  }
  get missing() {
    return this.#missing;
  }
  get selected() {
    return this.#selected;
  }
  get collapsed() {
    return this.#collapsed;
  }
  get announcement() {
    return this.#announcement;
  }
  get reveal() {
    return this.#reveal;
  }

  get query(): BoardQuery {
    return { sort: this.#sort, filter: { ...this.#filter }, missing: this.#missing };
  }

  async start(): Promise<void> {
    await this.#run(async () => {
      const client = this.#client;
      this.#cards = await client.loadBoardCards(this.datasetId);
      return client.viewBoard(this.datasetId, this.query);
    });
  }

  /** Follows changes another tab stores for this board; returns the stop. */
  watch(): () => void {
    return watchBoard(this.datasetId, () => {
      void this.#run(() => this.#client.syncBoard(this.datasetId, this.query));
    });
  }

  /** Runs a worker call that returns a view; keeps the error to show. */
  async #run(call: () => Promise<BoardView>): Promise<BoardView | null> {
    this.#busy = true;
    this.requestedAt = performance.now();
    try {
      const view = await call();
      this.#view = view;
      this.receivedAt = performance.now();
      this.#error = null;
      return view;
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  async refresh(): Promise<void> {
    await this.#run(() => this.#client.viewBoard(this.datasetId, this.query));
  }

  async setSort(sort: LaneSort): Promise<void> {
    this.#sort = sort;
    await this.refresh();
  }

  async setFilter(filter: LaneFilter): Promise<void> {
    this.#filter = filter;
    await this.refresh();
  }

  /** Shows only the customers of a lane who have not bought a product (null: all). */
  async setMissing(missing: BoardQuery['missing']): Promise<void> {
    this.#missing = missing;
    await this.refresh();
  }

  async setConfig(config: BoardConfig): Promise<void> {
    await this.#run(() =>
      this.#client.setBoardConfig(this.datasetId, $state.snapshot(config), this.query),
    );
  }

  async usePreset(preset: PresetName): Promise<void> {
    await this.#run(() => this.#client.applyBoardPreset(this.datasetId, preset, this.query));
  }

  /** Moves customers to a lane; `describe` turns the outcome into the announcement. */
  async move(
    customers: number[],
    toLane: string,
    reason: string | undefined,
    describe: (count: number) => string,
  ): Promise<void> {
    const view = await this.#run(() =>
      this.#client.moveCustomers(this.datasetId, customers, toLane, reason, this.query),
    );
    if (view) {
      this.#announcement = describe(view.changed);
      this.#selected = plainSet();
    }
  }

  async clear(customers: number[], describe: (count: number) => string): Promise<void> {
    const view = await this.#run(() =>
      this.#client.clearOverrides(this.datasetId, customers, this.query),
    );
    if (view) this.#announcement = describe(view.changed);
  }

  async undo(describe: (count: number) => string): Promise<void> {
    const view = await this.#run(() => this.#client.undoMove(this.datasetId, this.query));
    if (view) this.#announcement = describe(view.changed);
  }

  async redo(describe: (count: number) => string): Promise<void> {
    const view = await this.#run(() => this.#client.redoMove(this.datasetId, this.query));
    if (view) this.#announcement = describe(view.changed);
  }

  announce(text: string): void {
    this.#announcement = text;
  }

  /** Click: select one; Ctrl/Cmd: toggle; Shift: the range from the last click in the lane. */
  select(lane: number, position: number, mode: 'one' | 'toggle' | 'range'): void {
    const shown = this.#view?.lanes[lane]?.shown;
    if (!shown) return;
    const customer = shown[position]!;
    const next = plainSet(mode === 'one' ? [] : this.#selected);
    if (mode === 'range' && this.#anchor >= 0) {
      const from = shown.indexOf(this.#anchor);
      if (from >= 0) {
        const [a, b] = from < position ? [from, position] : [position, from];
        for (let i = a; i <= b; i++) next.add(shown[i]!);
        this.#selected = next;
        return;
      }
    }
    if (mode === 'toggle' && next.has(customer)) next.delete(customer);
    else next.add(customer);
    this.#anchor = customer;
    this.#selected = next;
  }

  selectAllShown(lane: number): void {
    const shown = this.#view?.lanes[lane]?.shown;
    if (shown) this.#selected = plainSet(shown);
  }

  clearSelection(): void {
    this.#selected = plainSet();
  }

  toggleCollapsed(laneId: string): void {
    const next = plainSet(this.#collapsed);
    if (!next.delete(laneId)) next.add(laneId);
    this.#collapsed = next;
  }

  /** Finds customers by id or name; reveals the first one shown. Returns what was found. */
  async search(text: string): Promise<{ found: number; customer: number | null; hidden: boolean }> {
    const found = await this.#client.findCustomers(this.datasetId, text, 20);
    const view = this.#view;
    const first = found[0];
    if (first === undefined || !view) return { found: 0, customer: null, hidden: false };
    const lane = view.lane[first]!;
    const position = view.lanes[lane]?.shown.indexOf(first) ?? -1;
    if (position < 0) return { found: found.length, customer: first, hidden: true };
    const id = view.lanes[lane]!.id;
    if (this.#collapsed.has(id)) this.toggleCollapsed(id);
    this.#reveal = { lane, position, customer: first, highlight: true, seq: ++this.#revealSeq };
    return { found: found.length, customer: first, hidden: false };
  }

  /**
   * Shows a customer's card where the current view puts it (after a move, undo or redo): its
   * lane opens and scrolls to it, and the card flashes. False when the filters hide it.
   */
  revealCustomer(customer: number): boolean {
    const view = this.#view;
    const lane = view?.lane[customer];
    if (!view || lane === undefined) return false;
    const position = view.lanes[lane]?.shown.indexOf(customer) ?? -1;
    if (position < 0) return false;
    const id = view.lanes[lane]!.id;
    if (this.#collapsed.has(id)) this.toggleCollapsed(id);
    this.#reveal = { lane, position, customer, highlight: true, seq: ++this.#revealSeq };
    return true;
  }

  /** Moves keyboard focus to a card of a lane (scrolling it into view). */
  focusCard(lane: number, position: number): void {
    const shown = this.#view?.lanes[lane]?.shown;
    if (!shown || position < 0 || position >= shown.length) return;
    const customer = shown[position]!;
    this.#reveal = { lane, position, customer, highlight: false, seq: ++this.#revealSeq };
  }

  moveLog(): Promise<MoveLogRow[]> {
    return this.#client.readMoveLog(this.datasetId);
  }

  profile(laneId: string): Promise<LaneProfile> {
    return this.#client.profileLane(this.datasetId, laneId);
  }

  gaps(customer: number): Promise<string[]> {
    return this.#client.findCustomerGaps(this.datasetId, customer);
  }

  flow(grain: Grain): Promise<LifecycleFlow> {
    return this.#client.traceFlow(this.datasetId, grain);
  }

  /** Start → end of a range of the flow: each customer once (S × S). */
  flowRange(grain: Grain, from: number, to: number): Promise<Int32Array> {
    return this.#client.traceFlowRange(this.datasetId, grain, from, to);
  }
}
