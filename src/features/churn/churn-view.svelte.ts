/**
 * The Churn screen's state: inactivity window and grain, the churn series and growth
 * accounting for them (computed by the analytics worker, latest request wins), and the
 * customers behind the number the user clicked.
 */
import {
  analyticsClient,
  type AnalyticsApi,
  type AnalyticsCalls,
  type CustomerList,
} from '../../bridge/analytics-client.ts';
import type { ChurnGroup, Grain } from '../../core/index.ts';
import { recallChoices, rememberChoices } from '../../state/choices.ts';
import { Resource } from '../../state/resource.svelte.ts';

export type Overview = Awaited<ReturnType<AnalyticsApi['describeDataset']>>;
export type ChurnData = Awaited<ReturnType<AnalyticsApi['measureChurn']>>;
export type GrowthGroup = 'new' | 'retained' | 'resurrected' | 'lost';
/** How "active" is decided: purchases within the window, or a running contract. */
export type ChurnMode = 'activity' | 'contract';

/** A drill-down: window-based groups of the churn series, or Hsu's groups of growth accounting. */
export type Drill =
  | { kind: 'churn'; period: string; group: ChurnGroup; list: CustomerList }
  | { kind: 'growth'; period: string; group: GrowthGroup; list: CustomerList };

/** The choices kept for the tab (window null: the suggested one). */
export interface ChurnChoices {
  grain: Grain;
  mode: ChurnMode;
  window: number | null;
}

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type ChurnClient = AnalyticsCalls<
  'describeDataset' | 'measureChurn' | 'listChurnCell' | 'listGrowthCell'
>;

/** How long the window control waits for typing or dragging to pause before recomputing. */
const DEBOUNCE_MS = 150;

export class ChurnView {
  #window = $state<number | null>(null);
  #grain = $state<Grain>('month');
  #mode = $state<ChurnMode>('activity');
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly overview = new Resource<Overview>();
  readonly data = new Resource<ChurnData>();
  readonly drill = new Resource<Drill>();
  readonly datasetId: string;
  readonly #client: ChurnClient;

  constructor(datasetId: string, client: ChurnClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
    const kept = recallChoices<ChurnChoices>('churn', datasetId);
    if (kept.grain) this.#grain = kept.grain;
    if (kept.mode) this.#mode = kept.mode;
  }

  /** Keeps the choices for the tab: the screen reopens with them and the Report uses them. */
  #remember(): void {
    const choices: ChurnChoices = { grain: this.#grain, mode: this.#mode, window: this.#window };
    rememberChoices('churn', this.datasetId, choices);
  }

  get window(): number | null {
    return this.#window;
  }
  get grain(): Grain {
    return this.#grain;
  }
  get mode(): ChurnMode {
    return this.#mode;
  }

  async setMode(mode: ChurnMode): Promise<void> {
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.#remember();
    this.drill.clear();
    await this.refresh();
  }

  /** The longest window offered: the data's span in days (at least a year). */
  get maxWindow(): number {
    const o = this.overview.value;
    return o ? Math.max(365, o.lastDay - o.firstDay + 1) : 365;
  }

  /** Loads the overview, takes its suggested window, then computes the series. */
  async start(): Promise<void> {
    await this.overview.run(() => this.#client.describeDataset(this.datasetId));
    const overview = this.overview.value;
    if (!overview) return;
    const kept = recallChoices<ChurnChoices>('churn', this.datasetId).window;
    this.#window = kept != null && kept <= this.maxWindow ? kept : overview.window.days;
    await this.refresh();
  }

  /** A new window (whole days within range), recomputed after a short pause. */
  setWindow(days: number): void {
    if (!Number.isInteger(days) || days < 1 || days > this.maxWindow) return;
    if (days === this.#window) return;
    this.#window = days;
    this.#remember();
    if (this.drill.value?.kind === 'churn') this.drill.clear();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  async setGrain(grain: Grain): Promise<void> {
    if (grain === this.#grain) return;
    this.#grain = grain;
    this.#remember();
    this.drill.clear();
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const window = this.#window;
    if (window === null) return;
    const params = { grain: this.#grain, window, mode: this.#mode };
    await this.data.run(() => this.#client.measureChurn(this.datasetId, params));
  }

  /** Lists a window-based group of a period (lost, new, reactivated, active at start or end). */
  async drillChurn(period: string, group: ChurnGroup): Promise<void> {
    const window = this.#window;
    if (window === null) return;
    const params = { grain: this.#grain, window, mode: this.#mode, period, group };
    await this.drill.run(async () => ({
      kind: 'churn' as const,
      period,
      group,
      list: await this.#client.listChurnCell(this.datasetId, params),
    }));
  }

  /** Lists a growth-accounting group of a period. */
  async drillGrowth(period: string, group: GrowthGroup): Promise<void> {
    const params = { grain: this.#grain, period, group };
    await this.drill.run(async () => ({
      kind: 'growth' as const,
      period,
      group,
      list: await this.#client.listGrowthCell(this.datasetId, params),
    }));
  }

  closeDrill(): void {
    this.drill.clear();
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
