/** The descriptive screens' wire types (cohorts, churn, LTV, RFM, concentration). */
import type {
  CohortMetric,
  CohortMode,
  CustomerList,
  Grain,
  MarginSource,
  SplitAttribute,
  WindowSuggestion,
} from '../../../src/core/index.ts';

export type { CustomerList };

/** What the screens need to offer their controls: date range, window, attributes. */
export interface Overview {
  firstDay: number;
  lastDay: number;
  customers: number;
  window: WindowSuggestion;
  attributes: SplitAttribute[];
  hasCost: boolean;
  hasCac: boolean;
  hasContracts: boolean;
}

export interface CohortParams {
  grain: Grain;
  metric: CohortMetric;
  mode: CohortMode;
  split?: SplitAttribute | undefined;
}

export interface ChurnParams {
  grain: Grain;
  window: number;
  /** 'activity' (default): the inactivity window; 'contract': contract end dates. */
  mode?: 'activity' | 'contract' | undefined;
}

export interface LtvParams {
  grain: Grain;
  margin: number;
  marginSource: MarginSource;
  discount: number;
  trailingPeriods: number;
  window: number;
  split?: SplitAttribute | undefined;
}
