/**
 * The retention spend simulator's state: the segments (aggregated once by the analytics
 * worker), the scenario being edited (spend, channel, p and V per segment, the channel
 * library), its outcome (recomputed here on every slider move — a few segments, not
 * customers), the optimiser's result and the saved scenarios of the data set.
 */
import { analyticsClient } from '../bridge/analytics-client.ts';
import {
  PLAYBOOK,
  SCENARIO_LIMITS,
  allocateBudget,
  customSegmentation,
  defaultChannels,
  parseCustomSegmentation,
  efficientFrontier,
  frontierRange,
  newScenario,
  parseScenarioFile,
  prescriptionOf,
  scenarioFileText,
  scenarioOutcome,
  segmentInputs,
  sensitivity,
  type Channel,
  type FilterSegment,
  type Scenario,
} from '../core/index.ts';
import {
  createScenario,
  deleteScenario,
  renameScenario,
  updateScenario,
  type ScenarioRecord,
} from '../storage/scenarios.ts';
import { explainStorageError } from '../storage/errors.ts';
import { Resource } from './resource.svelte.ts';

import {
  DEFAULT_MODEL,
  tierOfSegment,
  type FilterFields,
  type ModelParams,
  type OptimiserResult,
  type SimulatorData,
  type SimulatorMessage,
} from './simulator-types.ts';
import { CampaignUplift } from './campaign-uplift.svelte.ts';
import { SavedScenarios } from './saved-scenarios.svelte.ts';

export class SimulatorState {
  readonly datasetId: string;
  readonly segmentations = new Resource<string[]>();
  readonly data = new Resource<SimulatorData>();
  /** The observed uplift of a campaign file the user picked, measured on these segments. */
  readonly campaign = new CampaignUplift(this);
  /** The data set's saved scenarios and the ones compared side by side. */
  readonly library: SavedScenarios;
  /** What the user's own segments can test, and the segments they built (in order). */
  readonly filterFields = new Resource<FilterFields>();
  #filters = $state.raw<FilterSegment[]>([]);
  #model = $state<ModelParams>({ ...DEFAULT_MODEL });
  #segmentation = $state('valueRisk');
  #scenario = $state<Scenario | null>(null);
  #openId = $state<string | null>(null);
  #optimiser = $state.raw<OptimiserResult | null>(null);
  #optimiserError = $state<string | null>(null);
  #message = $state<SimulatorMessage | null>(null);

  /** Segment outcomes and totals of the scenario being edited. */
  readonly outcome = $derived(this.#scenario ? scenarioOutcome(this.#scenario) : null);
  readonly sensitivity = $derived(
    this.#scenario
      ? sensitivity(
          segmentInputs(this.#scenario).map((s, i) => ({ ...this.#scenario!.segments[i]!, ...s })),
        )
      : null,
  );

  constructor(datasetId: string) {
    this.datasetId = datasetId;
    this.library = new SavedScenarios(datasetId, (error, action) => this.#fail(error, action));
  }

  get model() {
    return this.#model;
  }
  get segmentation() {
    return this.#segmentation;
  }
  get scenario() {
    return this.#scenario;
  }
  get openId() {
    return this.#openId;
  }
  get optimiser() {
    return this.#optimiser;
  }
  get optimiserError() {
    return this.#optimiserError;
  }
  get message() {
    return this.#message;
  }
  get filters() {
    return this.#filters;
  }
  /** The segmentation id of the user's segments (null: none built). */
  get customId(): string | null {
    return this.#filters.length > 0 ? customSegmentation(this.#filters) : null;
  }
  async start(): Promise<void> {
    await Promise.all([this.refresh(), this.library.refresh()]);
    await this.segmentations.run(() =>
      analyticsClient().simulatorSegmentations(this.datasetId, $state.snapshot(this.#model)),
    );
    await this.filterFields.run(() =>
      analyticsClient().simulatorFilterFields(this.datasetId, $state.snapshot(this.#model)),
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
    await this.data.run(() =>
      analyticsClient().simulatorSegments(this.datasetId, model, segmentation),
    );
    const data = this.data.value;
    if (!data || this.data.error) return;
    const channels = this.#scenario ? $state.snapshot(this.#scenario.channels) : defaultChannels();
    this.#scenario = newScenario(
      this.#scenario?.name ?? 'Scenario 1',
      data.segmentation,
      model,
      data.segments,
      channels,
      data.cac,
    );
    this.#openId = null;
    this.#optimiser = null;
    this.#message = null;
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

  /** A segment's field, by index; numbers outside their range are ignored. */
  setSpend(i: number, spend: number): void {
    const s = this.#scenario?.segments[i];
    if (s && spend >= 0 && spend <= SCENARIO_LIMITS.perCustomer) s.spend = spend;
  }
  setP(i: number, p: number): void {
    const s = this.#scenario?.segments[i];
    if (s && p >= 0 && p <= 1) s.p = p;
  }
  setValue(i: number, value: number): void {
    const s = this.#scenario?.segments[i];
    if (s && Math.abs(value) <= SCENARIO_LIMITS.value) s.value = value;
  }
  setChannel(i: number, channel: string): void {
    const s = this.#scenario?.segments[i];
    if (s && this.#scenario?.channels.some((c) => c.id === channel)) s.channel = channel;
  }
  setFixedCost(i: number, cost: number): void {
    const s = this.#scenario?.segments[i];
    if (s && cost >= 0 && cost <= SCENARIO_LIMITS.total) s.fixedCost = cost;
  }
  setBounds(i: number, min: number | null, max: number | null): void {
    const s = this.#scenario?.segments[i];
    const ok = (v: number | null) => v === null || (v >= 0 && v <= SCENARIO_LIMITS.perCustomer);
    if (s && ok(min) && ok(max) && (min === null || max === null || min <= max)) {
      s.min = min;
      s.max = max;
    }
  }
  /** Back to the model's p and V for a segment. */
  resetSegment(i: number): void {
    const s = this.#scenario?.segments[i];
    if (s) {
      s.p = s.baseP;
      s.value = s.baseValue;
    }
  }

  updateChannel(id: string, patch: Partial<Pick<Channel, 'costPerContact' | 'eMax' | 'k'>>): void {
    const c = this.#scenario?.channels.find((x) => x.id === id);
    if (!c) return;
    const cost = patch.costPerContact;
    if (cost !== undefined && cost >= 0 && cost <= SCENARIO_LIMITS.perCustomer)
      c.costPerContact = cost;
    if (patch.eMax !== undefined && patch.eMax >= 0 && patch.eMax <= 1) c.eMax = patch.eMax;
    if (patch.k !== undefined && patch.k > 0 && patch.k <= SCENARIO_LIMITS.k) c.k = patch.k;
    c.assumed = false;
  }

  resetChannels(): void {
    if (this.#scenario) this.#scenario.channels = defaultChannels();
  }

  /** Seed 000's playbook: a channel and a number of contacts per segment, by its grid cell. */
  applyPlaybook(): void {
    const scenario = this.#scenario;
    if (!scenario) return;
    const thresholds = this.data.value?.thresholds;
    for (const s of scenario.segments) {
      const action = PLAYBOOK[prescriptionOf(tierOfSegment(s, thresholds))];
      const channel = scenario.channels.find((c) => c.id === action.channel);
      if (!channel) continue;
      s.channel = channel.id;
      s.spend = Number((channel.costPerContact * action.contacts).toFixed(2));
    }
    this.#say('info', '', 'playbook');
  }

  /** The prescription a segment gets from the playbook (for its label). */
  prescription(i: number) {
    const s = this.#scenario?.segments[i];
    return s ? prescriptionOf(tierOfSegment(s, this.data.value?.thresholds)) : null;
  }

  /** Allocates `budget` across segments for the most net value, with the frontier. */
  optimise(budget: number): void {
    const scenario = this.#scenario;
    if (!scenario) return;
    try {
      if (!(budget >= 0 && budget <= SCENARIO_LIMITS.total)) {
        throw new Error(
          `the budget must be between 0 and ${SCENARIO_LIMITS.total.toExponential().replace('e+', 'e')}`,
        );
      }
      const segments = segmentInputs(scenario).map((s, i) => ({
        ...s,
        min: scenario.segments[i]!.min,
        max: scenario.segments[i]!.max,
      }));
      const allocation = allocateBudget(segments, budget);
      const range = Math.max(frontierRange(segments), budget * 1.25, 1);
      const frontier = efficientFrontier(segments, range, 80);
      scenario.budget = budget;
      this.#optimiser = { budget, allocation, frontier };
      this.#optimiserError = null;
    } catch (error) {
      this.#optimiser = null;
      this.#optimiserError = error instanceof Error ? error.message : String(error);
    }
  }

  /** Puts the optimiser's allocation into the scenario's sliders. */
  applyAllocation(): void {
    const result = this.#optimiser;
    if (!result || !this.#scenario) return;
    this.#scenario.segments.forEach((s, i) => (s.spend = result.allocation.spend[i] ?? s.spend));
  }

  setName(name: string): void {
    if (this.#scenario) this.#scenario.name = name;
  }

  /** Saves the scenario: over the open saved one, or as a new one. */
  async save(asNew = false): Promise<void> {
    const scenario = this.#scenario;
    if (!scenario) return;
    try {
      const body = $state.snapshot(scenario);
      if (this.#openId && !asNew) {
        await updateScenario(this.#openId, body);
        await renameScenario(this.#openId, scenario.name);
      } else {
        this.#openId = (await createScenario(this.datasetId, scenario.name, body)).id;
      }
      this.#say('info', '', 'saved');
    } catch (error) {
      this.#fail(error, 'save the scenario');
    }
    await this.library.refresh();
  }

  open(record: ScenarioRecord): void {
    try {
      const scenario = parseScenarioFile(scenarioFileText(record.body as Scenario)).scenario;
      this.#scenario = { ...scenario, name: record.name };
      this.#openId = record.id;
      // The user's own segments come back with a scenario built on them.
      if (scenario.segmentation.startsWith('custom:')) {
        this.#filters = parseCustomSegmentation(scenario.segmentation);
      }
      this.#optimiser = null;
    } catch (error) {
      this.#say('error', error instanceof Error ? error.message : String(error));
    }
  }

  async rename(id: string, name: string): Promise<void> {
    try {
      await renameScenario(id, name);
      if (id === this.#openId) this.setName(name.trim());
    } catch (error) {
      this.#fail(error, 'rename the scenario');
    }
    await this.library.refresh();
  }

  async remove(id: string): Promise<void> {
    try {
      await deleteScenario(id);
      if (id === this.#openId) this.#openId = null;
    } catch (error) {
      this.#fail(error, 'delete the scenario');
    }
    await this.library.refresh();
  }

  /** The scenario as file text (JSON with a version). */
  exportText(): string | null {
    return this.#scenario ? scenarioFileText($state.snapshot(this.#scenario)) : null;
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
      this.#say('error', error instanceof Error ? error.message : String(error));
      return false;
    }
    try {
      const record = await createScenario(this.datasetId, scenario.name, scenario);
      await this.library.refresh();
      this.open(record);
      this.#say('info', '', 'imported');
      return true;
    } catch (error) {
      this.#fail(error, 'import the scenario');
      return false;
    }
  }

  /**
   * The target list: every customer of a segment with spend, as (customer id, index of the
   * segment in the scenario); the worker knows who is in which segment.
   */
  async targets(): Promise<{ ids: string[]; segment: number[] }> {
    const scenario = this.#scenario;
    if (!scenario) return { ids: [], segment: [] };
    const funded = scenario.segments.flatMap((s, i) => (s.spend > 0 ? [i] : []));
    const { ids, segment } = await analyticsClient().simulatorTargets(
      this.datasetId,
      $state.snapshot(scenario.model),
      scenario.segmentation,
      funded.map((i) => scenario.segments[i]!.key),
    );
    return { ids, segment: Array.from(segment, (k) => funded[k]!) };
  }

  dismissMessage(): void {
    this.#message = null;
  }

  #say(kind: 'info' | 'error', text: string, code: SimulatorMessage['code'] = null): void {
    this.#message = { kind, text, code };
  }

  #fail(error: unknown, action: string): void {
    this.#say('error', explainStorageError(error, action).message);
  }
}
