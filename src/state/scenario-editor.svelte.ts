/**
 * The scenario being edited and what is done to it on this thread: its outcome (recomputed on
 * every slider move — a few segments, not customers), the edits of its segments and channels,
 * the value × risk playbook, the optimiser, whether it has unsaved changes, and the note shown
 * to the user. SimulatorState adds where the segments come from and where scenarios are kept.
 */
import {
  PLAYBOOK,
  SCENARIO_LIMITS,
  allocateBudget,
  efficientFrontier,
  frontierRange,
  prescriptionOf,
  scenarioOutcome,
  segmentInputs,
  sensitivity,
  type Channel,
  type Scenario,
} from '../core/index.ts';
import { DuplicateNameError } from '../storage/scenarios.ts';
import { explainStorageError } from '../storage/errors.ts';
import {
  tierOfSegment,
  type OptimiserResult,
  type SimulatorData,
  type SimulatorMessage,
} from './simulator-types.ts';
import { boundsEdit, editChannel, resetChannels, segmentEdit } from './scenario-edits.ts';
import { scenarioKey } from './simulator-draft.ts';

export abstract class ScenarioEditor {
  protected _scenario = $state<Scenario | null>(null);
  protected _openId = $state<string | null>(null);
  protected _optimiser = $state.raw<OptimiserResult | null>(null);
  protected _optimiserError = $state<string | null>(null);
  protected _message = $state<SimulatorMessage | null>(null);
  /** The scenario as last saved, opened or started (its key); null until there is one. */
  protected _baseline = $state<string | null>(null);

  /** The value × risk thresholds of the segments (for the playbook of other groupings). */
  protected abstract get thresholds(): SimulatorData['thresholds'] | undefined;

  /** Segment outcomes and totals of the scenario being edited. */
  readonly outcome = $derived(this._scenario ? scenarioOutcome(this._scenario) : null);
  readonly sensitivity = $derived(
    this._scenario
      ? sensitivity(
          segmentInputs(this._scenario).map((s, i) => ({ ...this._scenario!.segments[i]!, ...s })),
        )
      : null,
  );

  /**
   * Net value against budget (each budget spent the best way), up to where every segment
   * is near its full effect, past the peak, or a little past the optimiser's budget; null when it cannot be
   * drawn (no segment, or minimum spends beyond it).
   */
  readonly frontier = $derived.by(() => {
    const scenario = this._scenario;
    if (!scenario || scenario.segments.length === 0) return null;
    try {
      const segments = allocationSegments(scenario);
      // Far enough to show the peak (exact: the optimiser with no budget limit), so the most
      // the chart says the plan can earn is the optimiser's own figure.
      const peak = allocateBudget(segments, SCENARIO_LIMITS.total);
      const full = Math.max(
        frontierRange(segments),
        peak.stoppedBy === 'budget' ? 0 : peak.cost * 1.5,
        1,
      );
      const asked = scenario.budget ?? 0;
      const range = asked > full && asked <= 10 * full ? asked * 1.25 : full;
      return efficientFrontier(segments, range, 80);
    } catch {
      return null;
    }
  });

  /** True while the scenario differs from its saved (or fresh) state. */
  readonly dirty = $derived(
    this._scenario !== null && scenarioKey(this._scenario) !== this._baseline,
  );

  get scenario() {
    return this._scenario;
  }
  get openId() {
    return this._openId;
  }
  get optimiser() {
    return this._optimiser;
  }
  get optimiserError() {
    return this._optimiserError;
  }
  get message() {
    return this._message;
  }

  /** A segment's field, by index; numbers outside their range are ignored. */
  setSpend(i: number, spend: number): void {
    this.edit(i, segmentEdit('spend', spend));
  }
  setP(i: number, p: number): void {
    this.edit(i, segmentEdit('p', p));
  }
  setValue(i: number, value: number): void {
    this.edit(i, segmentEdit('value', value));
  }
  setChannel(i: number, channel: string): void {
    if (this._scenario?.channels.some((c) => c.id === channel))
      this.edit(i, (s) => (s.channel = channel));
  }
  setFixedCost(i: number, cost: number): void {
    this.edit(i, segmentEdit('fixedCost', cost));
  }
  setBounds(i: number, min: number | null, max: number | null): void {
    this.edit(i, boundsEdit(min, max));
  }
  /** Back to the model's p and V for a segment. */
  resetSegment(i: number): void {
    this.edit(i, (s) => ((s.p = s.baseP), (s.value = s.baseValue)));
  }

  updateChannel(id: string, patch: Partial<Pick<Channel, 'costPerContact' | 'eMax' | 'k'>>): void {
    if (this._scenario) editChannel(this._scenario, id, patch);
  }

  resetChannels(): void {
    if (this._scenario) resetChannels(this._scenario);
  }

  /** The value × risk playbook: a channel and a number of contacts per segment, by its cell. */
  applyPlaybook(): void {
    const scenario = this._scenario;
    if (!scenario) return;
    const thresholds = this.thresholds;
    for (const s of scenario.segments) {
      const action = PLAYBOOK[prescriptionOf(tierOfSegment(s, thresholds))];
      const channel = scenario.channels.find((c) => c.id === action.channel);
      if (!channel) continue;
      s.channel = channel.id;
      s.spend = Number((channel.costPerContact * action.contacts).toFixed(2));
    }
    this.sayOutcome('playbook');
  }

  /**
   * Re-spends what the scenario costs now (or, with nothing spent, what pays off) the optimal
   * way and puts it in the sliders: never a loss, since the optimiser stops at break-even.
   */
  optimiseFromHere(): void {
    const scenario = this._scenario;
    const cost = this.outcome?.totals.cost ?? 0;
    if (!scenario) return;
    this.optimise(cost > 0 ? cost : frontierRange(allocationSegments(scenario)));
    if (!this._optimiser) return;
    this.applyAllocation();
    this.sayOutcome('optimised');
  }

  /** The prescription a segment gets from the playbook (for its label). */
  prescription(i: number) {
    const s = this._scenario?.segments[i];
    return s ? prescriptionOf(tierOfSegment(s, this.thresholds)) : null;
  }

  /** Allocates `budget` across segments for the most net value, with the frontier. */
  optimise(budget: number): void {
    const scenario = this._scenario;
    if (!scenario) return;
    try {
      if (!(budget >= 0 && budget <= SCENARIO_LIMITS.total)) {
        throw new Error(
          `the budget must be between 0 and ${SCENARIO_LIMITS.total.toExponential().replace('e+', 'e')}`,
        );
      }
      const allocation = allocateBudget(allocationSegments(scenario), budget);
      scenario.budget = budget;
      this._optimiser = { budget, allocation };
      this._optimiserError = null;
    } catch (error) {
      this._optimiser = null;
      this._optimiserError = error instanceof Error ? error.message : String(error);
    }
  }

  /** Optimises for `budget` and puts the allocation in the sliders at once (the big slider). */
  spendBudget(budget: number): void {
    this.optimise(budget);
    this.applyAllocation();
  }

  /** Puts the optimiser's allocation into the scenario's sliders. */
  applyAllocation(): void {
    const result = this._optimiser;
    if (!result || !this._scenario) return;
    this._scenario.segments.forEach((s, i) => (s.spend = result.allocation.spend[i] ?? s.spend));
  }

  setName(name: string): void {
    if (this._scenario) this._scenario.name = name;
  }

  dismissMessage(): void {
    this._message = null;
  }

  protected edit(i: number, edit: ((s: Scenario['segments'][number]) => void) | null): void {
    const s = this._scenario?.segments[i];
    if (s && edit) edit(s);
  }

  protected sayOutcome(code: 'playbook' | 'optimised'): void {
    const scenario = this._scenario;
    const outcome = scenario ? scenarioOutcome(scenario) : null;
    if (!scenario || !outcome) return;
    const { cost, valueSaved, net } = outcome.totals;
    const losing = scenario.segments.filter((_, i) => outcome.outcomes[i]!.net < -0.005);
    this._message = {
      kind: 'info',
      text: '',
      code,
      totals: { cost, valueSaved, net },
      losing: losing.map((s) => ({ key: s.key, label: s.label })),
    };
  }

  protected say(kind: 'info' | 'error', text: string, code: SimulatorMessage['code'] = null): void {
    this._message = { kind, text, code };
  }

  protected fail(error: unknown, action: string): void {
    if (error instanceof DuplicateNameError) this.say('error', error.scenarioName, 'duplicate');
    else this.say('error', explainStorageError(error, action).message);
  }
}

/** The scenario's segments as the optimiser reads them: inputs with their bounds. */
function allocationSegments(scenario: Scenario) {
  return segmentInputs(scenario).map((s, i) => ({
    ...s,
    min: scenario.segments[i]!.min,
    max: scenario.segments[i]!.max,
  }));
}
