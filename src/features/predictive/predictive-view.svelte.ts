/**
 * The Predictive CLV screen's state: the report for the shared model settings (computed by
 * the analytics worker, latest request wins), the calibration/holdout check and the
 * customers of the chosen value × risk cell.
 */
import { analyticsClient, type AnalyticsCalls } from '../../bridge/analytics-client.ts';
import { Resource } from '../../state/resource.svelte.ts';
import { ModelSettings, modelSettings } from './model-settings.svelte.ts';
import type { GridGroup, HoldoutSummary, PredictedList, PredictiveReport } from './types.ts';

export interface GroupSelection {
  group: GridGroup;
  list: PredictedList;
}

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type PredictiveClient = AnalyticsCalls<
  'reportPredictions' | 'checkHoldout' | 'listGridGroup'
>;

export class PredictiveView {
  readonly settings: ModelSettings;
  readonly report = new Resource<PredictiveReport>();
  readonly holdout = new Resource<HoldoutSummary>();
  readonly group = new Resource<GroupSelection>();
  readonly datasetId: string;
  #split = $state<number | undefined>(undefined);

  readonly #client: PredictiveClient;

  /** `settings` are the model settings the Customers screen shares by default. */
  constructor(
    datasetId: string,
    client: PredictiveClient = analyticsClient(),
    settings: ModelSettings = modelSettings,
  ) {
    this.datasetId = datasetId;
    this.#client = client;
    this.settings = settings;
    this.settings.use(datasetId);
  }

  /** The calibration end chosen by the user (undefined: 2/3 of the span). */
  get split() {
    return this.#split;
  }

  async start(): Promise<void> {
    await this.refresh();
  }

  /** Recomputes after a settings change; the open cell list is re-read for the new model. */
  async refresh(): Promise<void> {
    const params = this.settings.params;
    const group = this.group.value?.group;
    await this.report.run(() => this.#client.reportPredictions(this.datasetId, params));
    if (this.report.value?.fit.kind === 'transactions') void this.refreshHoldout();
    if (group) await this.select(group);
  }

  async refreshHoldout(): Promise<void> {
    const params = {
      unit: this.settings.unit,
      calibrationEnd: this.#split,
      holdoutEnd: this.settings.end,
    };
    await this.holdout.run(() => this.#client.checkHoldout(this.datasetId, params));
  }

  async setSplit(day: number | undefined): Promise<void> {
    this.#split = day;
    await this.refreshHoldout();
  }

  async select(group: GridGroup): Promise<void> {
    const params = this.settings.params;
    await this.group.run(async () => ({
      group,
      list: await this.#client.listGridGroup(this.datasetId, params, group),
    }));
  }

  closeGroup(): void {
    this.group.clear();
  }
}
