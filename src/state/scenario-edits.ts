/**
 * Edits of the scenario being edited, each checked against the scenario limits (a number out
 * of range changes nothing), and the carrying of the user's choices onto fresh segments.
 */
import {
  SCENARIO_LIMITS,
  defaultChannels,
  type Channel,
  type Scenario,
  type ScenarioSegment,
} from '../core/index.ts';

type Edit = (s: ScenarioSegment) => void;

const okSpend = (v: number | null) => v === null || (v >= 0 && v <= SCENARIO_LIMITS.perCustomer);

/** The edit of one field of a segment, or null when the value is out of range. */
export function segmentEdit(
  field: 'spend' | 'p' | 'value' | 'fixedCost',
  value: number,
): Edit | null {
  if (field === 'spend') return okSpend(value) ? (s) => (s.spend = value) : null;
  if (field === 'p') return value >= 0 && value <= 1 ? (s) => (s.p = value) : null;
  if (field === 'value') {
    return Math.abs(value) <= SCENARIO_LIMITS.value ? (s) => (s.value = value) : null;
  }
  return value >= 0 && value <= SCENARIO_LIMITS.total ? (s) => (s.fixedCost = value) : null;
}

/** The optimiser's bounds of a segment, or null when they are out of range or crossed. */
export function boundsEdit(min: number | null, max: number | null): Edit | null {
  if (!okSpend(min) || !okSpend(max) || (min !== null && max !== null && min > max)) return null;
  return (s) => {
    s.min = min;
    s.max = max;
  };
}

/** Changes a channel of the library; the channel is then the user's figure. */
export function editChannel(
  scenario: Scenario,
  id: string,
  patch: Partial<Pick<Channel, 'costPerContact' | 'eMax' | 'k'>>,
): void {
  const c = scenario.channels.find((x) => x.id === id);
  if (!c) return;
  const cost = patch.costPerContact;
  if (cost !== undefined && cost >= 0 && cost <= SCENARIO_LIMITS.perCustomer)
    c.costPerContact = cost;
  if (patch.eMax !== undefined && patch.eMax >= 0 && patch.eMax <= 1) c.eMax = patch.eMax;
  if (patch.k !== undefined && patch.k > 0 && patch.k <= SCENARIO_LIMITS.k) c.k = patch.k;
  c.assumed = false;
}

export function resetChannels(scenario: Scenario): void {
  scenario.channels = defaultChannels();
}

/**
 * Carries the user's channel, spend, fixed cost and bounds from the segments of an earlier
 * scenario onto the same segments (by key) of a fresh one — a new horizon or discount rate
 * regroups nothing, so nothing the user set is lost.
 */
export function carryChoices(fresh: Scenario, earlier: Scenario | null): void {
  if (!earlier || earlier.segmentation !== fresh.segmentation) return;
  const old = new Map(earlier.segments.map((s) => [s.key, s]));
  for (const s of fresh.segments) {
    const o = old.get(s.key);
    if (!o || !fresh.channels.some((c) => c.id === o.channel)) continue;
    Object.assign(s, { channel: o.channel, spend: o.spend, fixedCost: o.fixedCost });
    Object.assign(s, { min: o.min, max: o.max });
  }
  fresh.budget = earlier.budget;
}
