/**
 * A retention-spend scenario: the segments (base figures from the model, the user's edits),
 * the channel library, the spend per segment and the optimiser's budget — everything needed
 * to recompute its outcome anywhere (the app, the CLI).
 */
import { checkChannel, type Channel } from './channels.ts';
import type { SegmentBase } from './segments.ts';
import {
  simulate,
  type SegmentInput,
  type SegmentOutcome,
  type SimulationTotals,
} from './response.ts';

/** How customers were grouped: 'valueRisk', 'rfm', 'lanes', or 'attribute:<name>'. */
export type Segmentation = string;

export interface ScenarioSegment extends SegmentBase {
  /** The model's p and V (p and value above may be the user's edits). */
  baseP: number;
  baseValue: number;
  channel: string;
  /** Spend per customer. */
  spend: number;
  fixedCost: number;
  /** Bounds for the optimiser, per customer (null: none). */
  min: number | null;
  max: number | null;
}

export interface ScenarioModel {
  unit: 'day' | 'week';
  horizon: number;
  discount: number;
  margin: number;
}

export interface Scenario {
  name: string;
  segmentation: Segmentation;
  model: ScenarioModel;
  channels: Channel[];
  segments: ScenarioSegment[];
  /** The optimiser's total budget (null: not set). */
  budget: number | null;
  /** Mean acquisition cost where known (null: unknown). */
  cac: number | null;
}

/** A segment's inputs for the response model, with its channel's curve. */
export function segmentInputs(scenario: Scenario): SegmentInput[] {
  const channels = new Map(scenario.channels.map((c) => [c.id, c]));
  return scenario.segments.map((s) => {
    const channel = channels.get(s.channel);
    if (!channel) throw new Error(`segment ${s.label}: unknown channel "${s.channel}"`);
    return {
      customers: s.customers,
      p: s.p,
      value: s.value,
      spend: s.spend,
      fixedCost: s.fixedCost,
      curve: { eMax: channel.eMax, k: channel.k },
    };
  });
}

export interface ScenarioOutcome {
  outcomes: SegmentOutcome[];
  totals: SimulationTotals;
}

export function scenarioOutcome(scenario: Scenario): ScenarioOutcome {
  return simulate(segmentInputs(scenario));
}

/** A scenario over new segments: each starts with the first channel at no spend. */
export function newScenario(
  name: string,
  segmentation: Segmentation,
  model: ScenarioModel,
  segments: readonly SegmentBase[],
  channels: Channel[],
  cac: number | null,
): Scenario {
  channels.forEach(checkChannel);
  return {
    name,
    segmentation,
    model,
    channels,
    segments: segments.map((s) => ({
      ...s,
      baseP: s.p,
      baseValue: s.value,
      channel: channels[0]?.id ?? 'email',
      spend: 0,
      fixedCost: 0,
      min: null,
      max: null,
    })),
    budget: null,
    cac,
  };
}
