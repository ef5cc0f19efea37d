/**
 * The predictive screens' wire types: the model's settings and fits, the Predictive CLV
 * report, the value × risk grid (tiers 0 low … 2 high, never words), the customer explorer's
 * table and a customer's story, and the holdout check.
 */
import type {
  BgNbdParams,
  CustomerModelFits,
  FrequencyBucket,
  Prescription,
  RISK_THRESHOLDS,
  Tier,
  TimeUnit,
} from '../../../src/core/index.ts';
import type { DatasetKind } from '../../../src/storage/db.ts';

export type { Tier };

/** What the user chooses: the time unit, the end of observation and the CLV terms. */
export interface ModelParams {
  unit: TimeUnit;
  /** Last observed day (inclusive); defaults to the data's last day. Ignored for summaries. */
  end?: number | undefined;
  /** Horizon in periods of `unit` (52 with weeks = a year). */
  horizon: number;
  /** Discount rate per period of `unit` (0.002 = 0.2 % a week). */
  discount: number;
  /** Margin as a fraction of revenue (1 = revenue CLV). */
  margin: number;
}

/** The fitted models, as cached: no per-customer arrays. */
export interface ModelFit extends CustomerModelFits {
  kind: DatasetKind;
  unit: TimeUnit;
  /** Observation window in days (transactions only). */
  firstDay: number | null;
  lastDay: number | null;
  end: number | null;
}

/** The fits with every customer's summary and predictions (row i = customer ids[i]). */
export interface ModelPredictions extends ModelFit {
  ids: string[];
  horizon: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  pNoPurchase: Float64Array;
  expectedValue: Float64Array;
  clv: Float64Array;
}

export interface ClvBin {
  /** Lower bound (inclusive) and upper bound (exclusive), in currency. */
  from: number;
  to: number;
  customers: number;
  clv: number;
}

export interface TopCustomer {
  row: number;
  id: string;
  name: string | null;
  frequency: number;
  revenue: number;
  pAlive: number;
  expectedPurchases: number;
  expectedValue: number;
  clv: number;
}

export interface AliveMatrix {
  /** Frequency bins: [from, to] repeat purchases, inclusive (to = null: and more). */
  frequency: { from: number; to: number | null }[];
  /** Time since the last purchase (T − t_x), bins [from, to) in the model's unit. */
  sinceLast: { from: number; to: number }[];
  /** Mean P(alive) per cell [frequency][sinceLast]; null where no customer falls. */
  pAlive: (number | null)[][];
  customers: number[][];
}

export interface FrequencyDiagnostic {
  /** Repeat purchases 0 … 6, and 7 for "7 or more". */
  frequency: number;
  actual: number;
  model: number;
}

/** The playbook's prescription for a grid cell (core's rule). */
export type Playbook = Prescription;

export interface GridCell {
  value: Tier;
  risk: Tier;
  customers: number;
  clv: number;
  playbook: Playbook;
}

export interface ValueRiskGrid {
  /** CLV tertiles: low ≤ lowMax < mid ≤ midMax < high. */
  lowMax: number;
  midMax: number;
  risk: typeof RISK_THRESHOLDS;
  lostPAlive: number;
  /** Revenue so far that makes a customer "valuable" for win-back (top third). */
  valuableRevenue: number;
  /** Cells in value-major order: index = value · 3 + risk. */
  cells: GridCell[];
  /** Valuable customers already lost: P(alive) < lostPAlive and revenue in the top third. */
  winBack: { customers: number; revenue: number };
}

/** A group of customers to list: one grid cell, or the win-back group. */
export type GridGroup = { value: Tier; risk: Tier } | 'winBack';

export interface PredictiveReport {
  fit: ModelFit;
  horizon: number;
  customers: number;
  totals: {
    expectedPurchases: number;
    clv: number;
    meanPAlive: number;
    /** Mean P(alive) of customers with a repeat purchase (null when nobody bought twice). */
    meanPAliveRepeat: number | null;
    repeatCustomers: number;
    revenue: number;
  };
  histogram: ClvBin[];
  top: TopCustomer[];
  matrix: AliveMatrix;
  diagnostics: FrequencyDiagnostic[];
  grid: ValueRiskGrid | null;
}

/** Customers of a list (a grid cell, the win-back group), columnar. */
export interface PredictedList {
  total: number;
  rows: TopCustomer[];
}

export type SortKey =
  | 'id'
  | 'name'
  | 'first'
  | 'last'
  | 'orders'
  | 'revenue'
  | 'pAlive'
  | 'expectedPurchases'
  | 'clv'
  | 'segment';

export interface TableQuery {
  /** Case-insensitive part of the id or the name. */
  query?: string | undefined;
  sort: SortKey;
  descending: boolean;
  /** RFM segment index, value × risk cell (value · 3 + risk) or 9 for the win-back group. */
  filter?: { segment?: number | undefined; cell?: number | undefined } | undefined;
  offset: number;
  limit: number;
}

export interface TableRow {
  /** Index into the data set's customer dictionary (for describeCustomer). */
  customer: number;
  id: string;
  name: string | null;
  first: number;
  last: number;
  orders: number;
  revenue: number;
  pAlive: number;
  expectedPurchases: number;
  clv: number;
  /** The RFM segment's core name (a code the screens word), null when not scored. */
  segment: string | null;
}

export interface TableWindow {
  total: number;
  offset: number;
  rows: TableRow[];
  segments: readonly string[];
}

export interface AlivePoint {
  day: number;
  pAlive: number;
}

export interface CustomerStory {
  /** Purchase days (same-day transactions merged) and their summed amounts. */
  days: number[];
  amounts: number[];
  /** P(alive) just after each purchase day (x = j, t_x = T = day_j − first day). */
  afterPurchase: number[];
  /** P(alive) at the end day. */
  atEnd: number;
  end: number;
  /** A line to draw: sampled points, two at each purchase (just before, just after). */
  curve: AlivePoint[];
}

/** One customer of the explorer: the table row, purchases and P(alive) over time. */
export interface CustomerDetail {
  row: TableRow;
  story: CustomerStory;
  fit: ModelFit;
}

export interface HoldoutParams {
  unit: TimeUnit;
  /** Last calibration day; default: first day + 2/3 of the span. */
  calibrationEnd?: number | undefined;
  /** Last holdout day; default: the data's last day. */
  holdoutEnd?: number | undefined;
}

export interface HoldoutSummary {
  calibrationEnd: number;
  holdoutEnd: number;
  firstDay: number;
  /** Holdout length in units. */
  duration: number;
  params: BgNbdParams;
  converged: boolean;
  customers: number;
  totals: { actual: number; predicted: number };
  byFrequency: FrequencyBucket[];
  mae: number;
  correlation: number;
}
