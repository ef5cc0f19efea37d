/**
 * Lifecycle board configuration: the lanes (stages) in display order, the rule that fills
 * each lane, and the thresholds the rules read. Two presets: the default new → active →
 * loyal → at risk → lapsed → won back (docs/ARCHITECTURE.md, "Lifecycle board"), and five
 * relationship stages (awareness, exploration, expansion, commitment, dissolution).
 */

/** The rules a lane can be filled by. Lanes added by the user have none (manual only). */
export type RuleKind =
  | 'new'
  | 'active'
  | 'loyal'
  | 'atRisk'
  | 'lapsed'
  | 'wonBack'
  | 'awareness'
  | 'exploration'
  | 'expansion'
  | 'commitment'
  | 'dissolution';

export type PresetName = 'default' | 'seed001';

export interface Thresholds {
  /** Inactivity window W in days: lapsed when no purchase in the W days ending today. */
  window: number;
  /** Loyal (and expansion/commitment): at least this many distinct purchase days. */
  loyalOrders: number;
  /** At risk when P(alive) is below this. */
  atRiskPAlive: number;
  /** At risk when the days since the last purchase exceed this × the customer's mean gap. */
  gapFactor: number;
  /** Commitment: customer for at least this many days (seed 001 preset). */
  commitmentDays: number;
}

export interface Lane {
  /** Stable id; overrides refer to it. */
  id: string;
  /** The user's name for the lane; null = the rule's default name (translated by the UI). */
  name: string | null;
  rule: RuleKind | null;
}

export interface BoardConfig {
  preset: PresetName;
  lanes: Lane[];
  thresholds: Thresholds;
}

/** English names of the rules' lanes (the UI translates; the worker uses these). */
export const RULE_NAMES: Record<RuleKind, string> = {
  new: 'New',
  active: 'Active',
  loyal: 'Loyal',
  atRisk: 'At risk',
  lapsed: 'Lapsed',
  wonBack: 'Won back',
  awareness: 'Awareness',
  exploration: 'Exploration',
  expansion: 'Expansion',
  commitment: 'Commitment',
  dissolution: 'Dissolution',
};

/**
 * The order rules are tried in: a customer goes to the first rule that matches and has a
 * lane. Lapsed comes first (nobody lapsed is "new"), then new, won back, at risk, loyal;
 * active and exploration match everyone and so catch the rest.
 */
export const RULE_PRIORITY: readonly RuleKind[] = [
  'lapsed',
  'dissolution',
  'new',
  'awareness',
  'wonBack',
  'atRisk',
  'commitment',
  'loyal',
  'expansion',
  'active',
  'exploration',
];

/** Rules that match every customer: their lane cannot be removed. */
export const CATCH_ALL: readonly RuleKind[] = ['active', 'exploration'];

export const PRESET_RULES: Record<PresetName, readonly RuleKind[]> = {
  default: ['new', 'active', 'loyal', 'atRisk', 'lapsed', 'wonBack'],
  seed001: ['awareness', 'exploration', 'expansion', 'commitment', 'dissolution'],
};

/** Thresholds with the window taken from the data (core `suggestWindow`). */
export function defaultThresholds(window: number): Thresholds {
  return { window, loyalOrders: 4, atRiskPAlive: 0.5, gapFactor: 2, commitmentDays: 365 };
}

/** A preset's lanes with the given thresholds. */
export function presetConfig(preset: PresetName, thresholds: Thresholds): BoardConfig {
  const lanes = PRESET_RULES[preset].map((rule) => ({ id: rule, name: null, rule }));
  return { preset, lanes, thresholds: { ...thresholds } };
}

/** Checks a configuration at the boundary; the error names the bad part. */
export function checkConfig(config: BoardConfig): BoardConfig {
  const { lanes, thresholds: t } = config;
  if (lanes.length === 0) throw new Error('invalid board: at least one lane is needed');
  if (lanes.length > 254) throw new Error(`invalid board: ${lanes.length} lanes (at most 254)`);
  const ids = new Set(lanes.map((l) => l.id));
  if (ids.size !== lanes.length) throw new Error('invalid board: two lanes share an id');
  if (!(Number.isInteger(t.window) && t.window >= 1)) {
    throw new Error(`invalid window: ${t.window} (a whole number of days, at least 1)`);
  }
  if (!(Number.isInteger(t.loyalOrders) && t.loyalOrders >= 2)) {
    throw new Error(`invalid loyal purchases: ${t.loyalOrders} (a whole number, at least 2)`);
  }
  if (!(t.atRiskPAlive >= 0 && t.atRiskPAlive <= 1)) {
    throw new Error(`invalid P(alive) threshold: ${t.atRiskPAlive} (0 to 1)`);
  }
  if (!(t.gapFactor > 0)) throw new Error(`invalid gap factor: ${t.gapFactor} (above 0)`);
  if (!(t.commitmentDays >= 0)) throw new Error(`invalid commitment days: ${t.commitmentDays}`);
  return config;
}

/** The lane's display name in English (the user's name, or the rule's). */
export function laneName(lane: Lane): string {
  return lane.name ?? (lane.rule ? RULE_NAMES[lane.rule] : lane.id);
}

/** A lane id not used by the board yet. */
export function newLaneId(config: BoardConfig): string {
  const ids = new Set(config.lanes.map((l) => l.id));
  let n = config.lanes.length + 1;
  while (ids.has(`lane-${n}`)) n++;
  return `lane-${n}`;
}
