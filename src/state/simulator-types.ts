/**
 * The simulator state's types and defaults (what the worker sends, the model's settings, the
 * optimiser's result and the user's notes), and a segment's place in the value × risk grid.
 */
import type { AnalyticsApi } from '../bridge/analytics-client.ts';
import { tierOf, type Allocation, type SegmentTier } from '../core/index.ts';

export type SimulatorData = Awaited<ReturnType<AnalyticsApi['segmentCustomers']>>;
export type ModelParams = Parameters<AnalyticsApi['segmentCustomers']>[1];
export type SimulatorUplift = Awaited<ReturnType<AnalyticsApi['measureUplift']>>;
export type FilterFields = Awaited<ReturnType<AnalyticsApi['listFilterFields']>>;

export const DEFAULT_MODEL: ModelParams = { unit: 'week', horizon: 52, discount: 0.002, margin: 1 };

/**
 * A note for the user: a known event (`code`, translated by the screen; `text` its name
 * where it has one) or an error text. After the playbook or the optimiser: the totals it
 * reached and the segments that lose money.
 */
export interface SimulatorMessage {
  kind: 'info' | 'error';
  code: 'playbook' | 'optimised' | 'saved' | 'imported' | 'duplicate' | null;
  text: string;
  totals?: { cost: number; valueSaved: number; net: number };
  losing?: { key: string; label: string }[];
}

export interface OptimiserResult {
  budget: number;
  allocation: Allocation;
}

/** A segment's place in the value × risk grid: from its key for grid cells, else by p and V. */
export function tierOfSegment(
  s: { key: string; p: number; value: number },
  thresholds: SimulatorData['thresholds'] | undefined,
): SegmentTier {
  if (s.key === 'winBack') return { value: 2, risk: 2, winBack: true };
  const cell = /^v([012])r([012])$/.exec(s.key);
  if (cell) return { value: Number(cell[1]) as 0 | 1 | 2, risk: Number(cell[2]) as 0 | 1 | 2 };
  return thresholds ? tierOf(s.p, s.value, thresholds) : { value: 1, risk: 1 };
}
