/**
 * The Report screen's state: the report's own settings (title, client, summary, the blocks
 * switched off and the scenario picked — remembered per data set in the workspace settings)
 * and one Resource per block, computed by the analytics worker with the choices each screen
 * was left with in this tab (src/state/choices.ts) or its defaults.
 */
import {
  analyticsClient,
  type AnalyticsApi,
  type AnalyticsCalls,
} from '../../bridge/analytics-client.ts';
import type { CohortMatrix, Concentration, LtvReport } from '../../core/index.ts';
import { recallChoices } from '../../state/choices.ts';
import { Resource } from '../../state/resource.svelte.ts';
import {
  getDataset,
  getSetting,
  listScenarios,
  setSetting,
  type DatasetRecord,
  type ScenarioRecord,
} from '../../state/records.ts';
import type { ChurnChoices, ChurnMode } from '../churn/churn-view.svelte.ts';
import {
  DEFAULT_CONTROLS,
  cohortParams,
  type CohortControls,
} from '../cohorts/cohorts-view.svelte.ts';
import {
  DEFAULT_SETTINGS as PLAN_DEFAULTS,
  planKey,
  planParams,
  type PlanSettings,
} from '../contacts/contacts-view.svelte.ts';
import type { ContactPlanView } from '../contacts/types.ts';
import { LtvSettings, type LtvChoices } from '../ltv/settings.svelte.ts';
import { modelSettings } from '../predictive/model-settings.svelte.ts';
import type { ModelParams, PredictiveReport } from '../predictive/types.ts';

export type Overview = Awaited<ReturnType<AnalyticsApi['describeDataset']>>;
export type ChurnData = Awaited<ReturnType<AnalyticsApi['measureChurn']>>;

/** The blocks of the report, in the order they print. */
export const BLOCKS = [
  'facts',
  'cohorts',
  'churn',
  'ltv',
  'pareto',
  'valueRisk',
  'fit',
  'scenario',
  'contacts',
  'appendix',
] as const;
export type BlockId = (typeof BLOCKS)[number];

export interface ReportSettings {
  /** '' = the default title in the UI language. */
  title: string;
  client: string;
  summary: string;
  /** The blocks switched off. */
  off: BlockId[];
  /** The saved scenario shown, or null for none. */
  scenarioId: string | null;
}

export const DEFAULT_REPORT: ReportSettings = {
  title: '',
  client: '',
  summary: '',
  off: [],
  scenarioId: null,
};

export interface CohortsBlock {
  controls: CohortControls;
  matrix: CohortMatrix;
}
export interface ChurnBlock {
  grain: ChurnChoices['grain'];
  window: number;
  mode: ChurnMode;
  data: ChurnData;
}
export interface LtvBlock {
  choices: LtvChoices;
  report: LtvReport;
  hasCac: boolean;
}
export interface ParetoBlock {
  measure: LtvChoices['measure'];
  result: Concentration;
}
export interface PredictiveBlock {
  params: ModelParams;
  report: PredictiveReport;
}
export interface PlanBlock {
  settings: PlanSettings;
  plan: ContactPlanView;
}

/** How long typing in the title, client or summary pauses before it is saved. */
const SAVE_DELAY_MS = 300;

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type ReportClient = AnalyticsCalls<
  | 'describeDataset'
  | 'countCohorts'
  | 'measureChurn'
  | 'estimateLtv'
  | 'measureConcentration'
  | 'reportPredictions'
  | 'planContacts'
>;

export class ReportView {
  readonly datasetId: string;
  settings = $state<ReportSettings>({ ...DEFAULT_REPORT });
  readonly record = new Resource<DatasetRecord | undefined>();
  readonly overview = new Resource<Overview>();
  readonly cohorts = new Resource<CohortsBlock>();
  readonly churn = new Resource<ChurnBlock>();
  readonly ltv = new Resource<LtvBlock>();
  readonly pareto = new Resource<ParetoBlock>();
  readonly predictive = new Resource<PredictiveBlock>();
  readonly scenarios = new Resource<ScenarioRecord[]>();
  /** Null: no contact plan made for this data set yet. */
  readonly plan = new Resource<PlanBlock | null>();
  #loaded = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #client: ReportClient;

  constructor(datasetId: string, client: ReportClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
  }

  get key(): string {
    return `report:${this.datasetId}`;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  on(block: BlockId): boolean {
    return !this.settings.off.includes(block);
  }

  /** The Resource each block shows (blocks without a computation have none). */
  #resources(block: BlockId): Resource<unknown>[] {
    switch (block) {
      case 'facts':
        return [this.record, this.overview];
      case 'cohorts':
        return [this.cohorts];
      case 'churn':
        return [this.churn];
      case 'ltv':
        return [this.ltv];
      case 'pareto':
        return [this.pareto];
      case 'valueRisk':
      case 'fit':
        return [this.predictive];
      case 'scenario':
        return [this.scenarios];
      case 'contacts':
        return [this.plan];
      case 'appendix':
        return [];
    }
  }

  /** How many of the switched-on blocks are computed, of how many. */
  get progress(): { done: number; total: number } {
    const shown = BLOCKS.filter((b) => this.on(b) && this.#resources(b).length > 0);
    const done = shown.filter((b) =>
      this.#resources(b).every((r) => r.value !== undefined || r.error !== null),
    );
    return { done: done.length, total: shown.length };
  }

  /** Reads the remembered settings, then computes every switched-on block. */
  async start(): Promise<void> {
    const saved = await getSetting<Partial<ReportSettings>>(this.key, {}).catch(() => ({}));
    this.settings = { ...DEFAULT_REPORT, ...saved };
    this.#loaded = true;
    await Promise.all([
      this.record.run(() => getDataset(this.datasetId)),
      this.overview.run(() => this.#client.describeDataset(this.datasetId)),
    ]);
    await Promise.all(BLOCKS.filter((b) => this.on(b)).map((b) => this.#compute(b)));
  }

  /** Switches a block on or off (remembered); a block switched on is computed if needed. */
  async toggle(block: BlockId, on: boolean): Promise<void> {
    const off = this.settings.off.filter((b) => b !== block);
    this.settings = { ...this.settings, off: on ? off : [...off, block] };
    await this.#save();
    if (on) await this.#compute(block);
  }

  /** Title, client or summary typed: saved after a short pause. */
  edit(change: Partial<Pick<ReportSettings, 'title' | 'client' | 'summary'>>): void {
    this.settings = { ...this.settings, ...change };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#save(), SAVE_DELAY_MS);
  }

  async pickScenario(id: string | null): Promise<void> {
    this.settings = { ...this.settings, scenarioId: id };
    await this.#save();
  }

  /** Saves now what is still waiting for the pause (leaving the screen). */
  dispose(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      void this.#save();
    }
  }

  async #save(): Promise<void> {
    this.#timer = undefined;
    if (!this.#loaded) return;
    await setSetting(this.key, $state.snapshot(this.settings)).catch(() => undefined);
  }

  async #compute(block: BlockId): Promise<void> {
    const pending = this.#resources(block).some((r) => r.value === undefined && !r.loading);
    if (!pending) return;
    const overview = this.overview.value;
    if (!overview) return;
    const id = this.datasetId;
    const api = this.#client;
    switch (block) {
      case 'cohorts': {
        const controls = { ...DEFAULT_CONTROLS, ...recallChoices<CohortControls>('cohorts', id) };
        return this.cohorts.run(async () => ({
          controls,
          matrix: await api.countCohorts(id, cohortParams(controls)),
        }));
      }
      case 'churn': {
        const kept = recallChoices<ChurnChoices>('churn', id);
        const grain = kept.grain ?? 'month';
        const window = kept.window ?? overview.window.days;
        const mode = kept.mode ?? 'activity';
        return this.churn.run(async () => ({
          grain,
          window,
          mode,
          data: await api.measureChurn(id, { grain, window, mode }),
        }));
      }
      case 'ltv':
      case 'pareto':
        return this.#ltv(block, overview);
      case 'valueRisk':
      case 'fit': {
        modelSettings.use(id);
        const params = modelSettings.params;
        return this.predictive.run(async () => ({
          params,
          report: await api.reportPredictions(id, params),
        }));
      }
      case 'scenario':
        return this.scenarios.run(() => listScenarios(id));
      case 'contacts':
        return this.plan.run(async () => {
          const saved = await getSetting<Partial<PlanSettings> | null>(planKey(id), null);
          if (saved === null) return null;
          const settings = { ...PLAN_DEFAULTS, ...saved };
          return { settings, plan: await api.planContacts(id, planParams(settings)) };
        });
      case 'facts':
      case 'appendix':
        return;
    }
  }

  /** Simple LTV and the Pareto curve with the Lifetime value screen's inputs. */
  async #ltv(block: 'ltv' | 'pareto', overview: Overview): Promise<void> {
    const id = this.datasetId;
    const settings = new LtvSettings(
      { window: overview.window.days, hasCost: overview.hasCost, attributes: overview.attributes },
      recallChoices<LtvChoices>('ltv', id),
    );
    const choices = settings.choices;
    if (block === 'pareto') {
      const params = { measure: choices.measure, ...settings.margin };
      return this.pareto.run(async () => ({
        measure: choices.measure,
        result: await this.#client.measureConcentration(id, params),
      }));
    }
    const params = settings.params(undefined);
    if (!params) return;
    return this.ltv.run(async () => ({
      choices,
      report: (await this.#client.estimateLtv(id, params)).report,
      hasCac: overview.hasCac,
    }));
  }
}
