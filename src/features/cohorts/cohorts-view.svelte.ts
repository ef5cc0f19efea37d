/**
 * The Cohorts screen's state: its controls, the matrix for them (computed by the analytics
 * worker, latest request wins) and the customers of the selected cell.
 */
import {
  analyticsClient,
  type AnalyticsCalls,
  type AnalyticsApi,
  type CustomerList,
} from '../../bridge/analytics-client.ts';
import type {
  CohortMatrix,
  CohortMetric,
  CohortMode,
  CohortRow,
  Grain,
  SplitAttribute,
} from '../../core/index.ts';
import { recallChoices, rememberChoices } from '../../state/choices.ts';
import { Resource } from '../../state/resource.svelte.ts';
import { storedOr } from '../../state/stored-results.ts';

export type Overview = Awaited<ReturnType<AnalyticsApi['describeDataset']>>;

export interface CohortControls {
  grain: Grain;
  metric: CohortMetric;
  mode: CohortMode;
  percent: boolean;
  /** '' = no split. */
  split: SplitAttribute | '';
  /** Cohorts with fewer customers are faded: too few for their shares to mean much. */
  minSize: number;
}

export interface CellSelection {
  row: CohortRow;
  k: number;
  list: CustomerList;
}

export const DEFAULT_CONTROLS: CohortControls = {
  grain: 'month',
  metric: 'customers',
  mode: 'classic',
  percent: true,
  split: '',
  minSize: 30,
};

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type CohortsClient = AnalyticsCalls<'describeDataset' | 'countCohorts' | 'listCohortCell'>;

export class CohortsView {
  #controls = $state<CohortControls>({ ...DEFAULT_CONTROLS });
  readonly overview = new Resource<Overview>();
  readonly matrix = new Resource<CohortMatrix>();
  readonly cell = new Resource<CellSelection>();
  readonly datasetId: string;
  readonly #client: CohortsClient;

  constructor(datasetId: string, client: CohortsClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
    this.#controls = {
      ...DEFAULT_CONTROLS,
      ...recallChoices<CohortControls>('cohorts', datasetId),
    };
  }

  get controls(): Readonly<CohortControls> {
    return this.#controls;
  }

  /** Whether the rolling mode is allowed with the chosen metric (the engine refuses it otherwise). */
  get rollingAllowed(): boolean {
    return this.#controls.metric !== 'cumulativeRevenuePerCustomer';
  }

  /** Loads the overview (for the split choices) and the first matrix. */
  async start(): Promise<void> {
    await Promise.all([
      this.overview.run(() => this.#client.describeDataset(this.datasetId)),
      this.refresh(),
    ]);
  }

  /** Changes controls; the cumulative metric forces the classic mode. Recomputes if needed. */
  async set(change: Partial<CohortControls>): Promise<void> {
    const next = { ...this.#controls, ...change };
    if (next.metric === 'cumulativeRevenuePerCustomer') next.mode = 'classic';
    const recompute = (['grain', 'metric', 'mode', 'split'] as const).some(
      (key) => next[key] !== this.#controls[key],
    );
    this.#controls = next;
    rememberChoices('cohorts', this.datasetId, next);
    if (recompute) {
      this.cell.clear();
      await this.refresh();
    }
  }

  async refresh(): Promise<void> {
    const params = this.#params();
    // The worker's cache key for countCohorts ('cohorts', params): read here first (reloads).
    await this.matrix.run(() =>
      storedOr(this.datasetId, 'cohorts', params, () =>
        this.#client.countCohorts(this.datasetId, params),
      ),
    );
  }

  /** Lists the customers of cell (row, k). */
  async select(row: CohortRow, k: number): Promise<void> {
    const params = { ...this.#params(), cohort: row.cohort, k, group: row.group };
    await this.cell.run(async () => ({
      row,
      k,
      list: await this.#client.listCohortCell(this.datasetId, params),
    }));
  }

  closeCell(): void {
    this.cell.clear();
  }

  #params() {
    return cohortParams(this.#controls);
  }
}

/**
 * Has the worker compute and cache the matrix the screen first shows for a newly imported data
 * set (no choices made yet), so opening Cohorts after the import reads it from storage.
 */
export async function prepareCohorts(
  datasetId: string,
  client: AnalyticsCalls<'countCohorts'> = analyticsClient(),
): Promise<void> {
  await client.countCohorts(datasetId, cohortParams(DEFAULT_CONTROLS));
}

/** The worker's parameters for a set of controls (the Report uses the screen's choices). */
export function cohortParams(controls: CohortControls) {
  const { grain, metric, mode, split } = controls;
  return { grain, metric, mode, split: split === '' ? undefined : split };
}
