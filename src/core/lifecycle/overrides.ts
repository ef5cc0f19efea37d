/**
 * Override precedence: a manual move keeps a customer in the chosen lane whatever the rules
 * say, as long as that lane exists; an override to a removed lane is ignored (the rule lane
 * shows) but kept, so restoring the lane restores the move.
 */
import { NO_LANE } from './placement.ts';

/** An override as the board reads it: customer index → lane id. */
export interface LaneOverride {
  customer: number;
  lane: string;
}

export interface PlacedLanes {
  /** Final lane per customer (NO_LANE: not placed). */
  lanes: Uint8Array;
  /** 1 where the lane comes from an override. */
  manual: Uint8Array;
  /** Overrides whose lane no longer exists (ignored). */
  orphaned: number;
}

/** The rule lanes with the overrides laid over them. */
export function applyOverrides(
  ruleLanes: Uint8Array,
  laneIds: readonly string[],
  overrides: readonly LaneOverride[],
): PlacedLanes {
  const lanes = ruleLanes.slice();
  const manual = new Uint8Array(lanes.length);
  const index = new Map(laneIds.map((id, i) => [id, i]));
  let orphaned = 0;
  for (const o of overrides) {
    const lane = index.get(o.lane);
    if (o.customer < 0 || o.customer >= lanes.length || lanes[o.customer] === NO_LANE) continue;
    if (lane === undefined) {
      orphaned++;
      continue;
    }
    lanes[o.customer] = lane;
    manual[o.customer] = 1;
  }
  return { lanes, manual, orphaned };
}
