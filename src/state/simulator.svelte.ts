/**
 * The retention spend simulator's state: the segments (aggregated once by the analytics
 * worker), the scenario being edited (spend, channel, p and V per segment, the channel
 * library), its outcome (recomputed here on every slider move — a few segments, not
 * customers), the optimiser's result and the saved scenarios of the data set. The scenario
 * being edited is kept per data set (simulator-draft.ts) and marked while it has unsaved changes.
 */
import { analyticsClient, type AnalyticsCalls } from '../bridge/analytics-client.ts';
import {
  customSegmentation,
  defaultChannels,
  newScenario,
  parseCustomSegmentation,
  parseScenarioFile,
  scenarioFileText,
  withLabel,
  type FilterSegment,
  type Scenario,
} from '../core/index.ts';
import {
  createScenario,
  deleteScenario,
  freeName,
  nameTaken,
  renameScenario,
  updateScenario,
  type ScenarioRecord,
} from '../storage/scenarios.ts';
import { Resource } from './resource.svelte.ts';
import {
  DEFAULT_MODEL,
  type FilterFields,
  type ModelParams,
  type SimulatorData,
} from './simulator-types.ts';
import { CampaignUplift } from './campaign-uplift.svelte.ts';
import { SavedScenarios } from './saved-scenarios.svelte.ts';
import { ScenarioEditor } from './scenario-editor.svelte.ts';
import { carryChoices } from './scenario-edits.ts';
import { draftFits, keepDraft, loadDraft, scenarioKey, type Draft } from './simulator-draft.ts';

/** The part of the analytics worker the simulator calls (a fake one in the unit test). */
export type SimulatorClient = AnalyticsCalls<
  'listSegmentations' | 'listFilterFields' | 'segmentCustomers' | 'listTargets' | 'measureUplift'
>;

export class SimulatorState extends ScenarioEditor {
  readonly datasetId: string;
  readonly segmentations = new Resource<string[]>();
  readonly data = new Resource<SimulatorData>();
  /** The observed uplift of a campaign file the user picked, measured on these segments. */
  readonly campaign: CampaignUplift;
  /** The data set's saved scenarios and the ones compared side by side. */
  readonly library: SavedScenarios;
  /** What the user's own segments can test, and the segments they built (in order). */
  readonly filterFields = new Resource<FilterFields>();
  #filters = $state.raw<FilterSegment[]>([]);
  #model = $state<ModelParams>({ ...DEFAULT_MODEL });
  #segmentation = $state('valueRisk');
  /** True once the kept draft was read: only then is the draft written over. */
  #restored = false;
  #kept: string | null = null;
  readonly #defaultName: (n: number) => string;
  readonly #client: SimulatorClient;

  /** `defaultName(n)`: the name of a new scenario, "Scenario n" in the user's language. */
  constructor(
    datasetId: string,
    defaultName: (n: number) => string = (n) => `Scenario ${n}`,
    client: SimulatorClient = analyticsClient(),
  ) {
    super();
    this.datasetId = datasetId;
    this.#defaultName = defaultName;
    this.#client = client;
    this.campaign = new CampaignUplift(this, client);
    this.library = new SavedScenarios(datasetId, (error, action) => this.fail(error, action));
  }

  protected get thresholds() {
    return this.data.value?.thresholds;
  }

  get model() {
    return this.#model;
  }
  get segmentation() {
    return this.#segmentation;
  }
  get filters() {
    return this.#filters;
  }
  /** The segmentation id of the user's segments (null: none built). */
  get customId(): string | null {
    return this.#filters.length > 0 ? customSegmentation(this.#filters) : null;
  }
  async start(): Promise<void> {
    const draft = await loadDraft(this.datasetId);
    if (draft) {
      this.#model = { ...draft.scenario.model };
      this.#segmentation = draft.scenario.segmentation;
      this.#filters = draft.filters;
    }
    await this.library.refresh();
    await this.refresh();
    if (draft) this.#restore(draft);
    this.#restored = true;
    void this.keep();
    await this.segmentations.run(() =>
      this.#client.listSegmentations(this.datasetId, $state.snapshot(this.#model)),
    );
    await this.filterFields.run(() =>
      this.#client.listFilterFields(this.datasetId, $state.snapshot(this.#model)),
    );
  }

  /** Adds a segment the user built and shows the user's segments as the rows. */
  async addFilterSegment(segment: FilterSegment): Promise<void> {
    this.#filters = [...this.#filters, segment];
    await this.setSegmentation(customSegmentation(this.#filters));
  }

  /** Removes one of the user's segments (back to the value × risk grid when none is left). */
  async removeFilterSegment(index: number): Promise<void> {
    this.#filters = this.#filters.filter((_, i) => i !== index);
    const id = this.customId;
    if (id) await this.setSegmentation(id);
    else if (this.#segmentation.startsWith('custom:')) await this.setSegmentation('valueRisk');
  }

  /** Re-reads the segments from the worker and starts a fresh scenario over them. */
  async refresh(): Promise<void> {
    const model = $state.snapshot(this.#model);
    const segmentation = this.#segmentation;
    await this.data.run(() => this.#client.segmentCustomers(this.datasetId, model, segmentation));
    const data = this.data.value;
    if (!data || this.data.error) return;
    const earlier = this._scenario ? $state.snapshot(this._scenario) : null;
    const channels = earlier ? earlier.channels : defaultChannels();
    const name = earlier?.name ?? this.#freshName();
    const segments = data.segments.map(withLabel);
    const fresh = newScenario(name, data.segmentation, model, segments, channels, data.cac);
    this._baseline = scenarioKey(fresh);
    carryChoices(fresh, earlier);
    this._scenario = fresh;
    this._openId = null;
    this._optimiser = null;
    this._message = null;
    await this.campaign.refresh();
  }

  async setSegmentation(segmentation: string): Promise<void> {
    this.#segmentation = segmentation;
    await this.refresh();
  }

  async setModel(patch: Partial<ModelParams>): Promise<void> {
    this.#model = { ...this.#model, ...patch };
    await this.refresh();
  }

  /** Saves the scenario: over the open saved one, or as a new one; names are unique. */
  async save(asNew = false): Promise<void> {
    const scenario = this._scenario;
    if (!scenario) return;
    try {
      const body = $state.snapshot(scenario);
      const over = this._openId && !asNew ? this._openId : null;
      if (await nameTaken(this.datasetId, body.name, over)) {
        this.say('error', body.name.trim(), 'duplicate');
        return;
      }
      if (over) {
        await updateScenario(over, body);
        await renameScenario(over, scenario.name);
      } else {
        this._openId = (await createScenario(this.datasetId, scenario.name, body)).id;
      }
      scenario.name = scenario.name.trim();
      this._baseline = scenarioKey($state.snapshot(scenario));
      this.say('info', '', 'saved');
    } catch (error) {
      this.fail(error, 'save the scenario');
    }
    await this.library.refresh();
  }

  open(record: ScenarioRecord): void {
    try {
      const scenario = parseScenarioFile(scenarioFileText(record.body as Scenario)).scenario;
      this._scenario = { ...scenario, name: record.name };
      this._baseline = scenarioKey($state.snapshot(this._scenario));
      this.#model = { ...scenario.model };
      this.#segmentation = scenario.segmentation;
      this._openId = record.id;
      // The user's own segments come back with a scenario built on them.
      if (scenario.segmentation.startsWith('custom:')) {
        this.#filters = parseCustomSegmentation(scenario.segmentation);
      }
      this._optimiser = null;
    } catch (error) {
      this.say('error', error instanceof Error ? error.message : String(error));
    }
  }

  async rename(id: string, name: string): Promise<void> {
    try {
      await renameScenario(id, name);
      if (id === this._openId) this.setName(name.trim());
    } catch (error) {
      this.fail(error, 'rename the scenario');
    }
    await this.library.refresh();
  }

  async remove(id: string): Promise<void> {
    try {
      await deleteScenario(id);
      if (id === this._openId) this._openId = null;
    } catch (error) {
      this.fail(error, 'delete the scenario');
    }
    await this.library.refresh();
  }

  /** The scenario as file text (JSON with a version). */
  exportText(): string | null {
    return this._scenario ? scenarioFileText($state.snapshot(this._scenario)) : null;
  }

  /**
   * Reads a scenario file and saves it as a new scenario of this data set, then opens it.
   * A malformed or newer file changes nothing; the message says why.
   */
  async importText(text: string): Promise<boolean> {
    let scenario: Scenario;
    try {
      scenario = parseScenarioFile(text).scenario;
    } catch (error) {
      this.say('error', error instanceof Error ? error.message : String(error));
      return false;
    }
    try {
      const name = await freeName(this.datasetId, scenario.name);
      const record = await createScenario(this.datasetId, name, { ...scenario, name });
      await this.library.refresh();
      this.open(record);
      this.say('info', '', 'imported');
      return true;
    } catch (error) {
      this.fail(error, 'import the scenario');
      return false;
    }
  }

  /**
   * The target list: every customer of a segment with spend, as (customer id, index of the
   * segment in the scenario); the worker knows who is in which segment.
   */
  async targets(): Promise<{ ids: string[]; segment: number[] }> {
    const scenario = this._scenario;
    if (!scenario) return { ids: [], segment: [] };
    const funded = scenario.segments.flatMap((s, i) => (s.spend > 0 ? [i] : []));
    const { ids, segment } = await this.#client.listTargets(
      this.datasetId,
      $state.snapshot(scenario.model),
      scenario.segmentation,
      funded.map((i) => scenario.segments[i]!.key),
    );
    return { ids, segment: Array.from(segment, (k) => funded[k]!) };
  }

  /** The draft as kept: the scenario, the user's segments, what it was opened from. */
  readonly #draft = $derived.by((): Draft | null =>
    this._scenario
      ? {
          version: 1,
          scenario: $state.snapshot(this._scenario),
          filters: $state.snapshot(this.#filters),
          openId: this._openId,
          baseline: this._baseline,
        }
      : null,
  );

  /** Keeps the scenario being edited for this data set (when it changed since last kept). */
  async keep(): Promise<void> {
    const draft = this.#draft;
    if (!this.#restored || !draft) return;
    const text = JSON.stringify(draft);
    if (text === this.#kept) return;
    this.#kept = text;
    await keepDraft(this.datasetId, draft).catch((error: unknown) => {
      this.#kept = null;
      this.fail(error, 'keep the scenario being edited');
    });
  }

  /** A change to watch: the draft's text (read by the screen to keep it after each edit). */
  get draftText(): string {
    return JSON.stringify(this.#draft);
  }

  /** "Scenario n" with the first n the data set's saved scenarios do not use. */
  #freshName(): string {
    const taken = this.library.list.map((r) => r.name.trim().toLowerCase());
    let n = 1;
    while (taken.includes(this.#defaultName(n).toLowerCase())) n++;
    return this.#defaultName(n);
  }

  #restore(draft: Draft): void {
    const fresh = this._scenario;
    if (!fresh || !draftFits(draft, fresh)) return;
    let baseline = draft.baseline ?? scenarioKey(fresh);
    // A never saved, never renamed scenario takes the default name of today's language.
    const base = JSON.parse(baseline) as { name?: unknown };
    if (draft.openId === null && base.name === draft.scenario.name) {
      draft.scenario.name = fresh.name;
      baseline = JSON.stringify({ ...base, name: fresh.name });
    }
    this._scenario = draft.scenario;
    this._openId = draft.openId;
    this._baseline = baseline;
  }
}
