/** The contact plan's wire types. */
import type { ModelParams } from './predictive.ts';

export interface ContactPlanParams {
  /** First day of the plan; default: the day after the data's last day. */
  from?: number | undefined;
  days: number;
  lead: number;
  /** Contacts a day; null = no limit. */
  capacity: number | null;
  cooldown: number;
}

/** Customers of a list, columnar (row j of every array is one customer). */
export interface ContactCustomers {
  ids: string[];
  names: (string | null)[];
  lastDay: Int32Array;
  /** Rhythm in days; −1 without one. */
  rhythm: Int32Array;
  revenue: Float64Array;
  clv: Float64Array;
  pAlive: Float64Array;
  /** value · 3 + risk of the value × risk grid; 255 when unknown. */
  cell: Uint8Array;
}

export interface ContactPlanView {
  from: number;
  days: number;
  lead: number;
  capacity: number | null;
  cooldown: number;
  /** The data's first and last day. */
  firstDay: number;
  lastDay: number;
  /** The model the priorities come from (for the customer drill-down). */
  model: ModelParams;
  load: Int32Array;
  pushedLoad: Int32Array;
  /** Planned contacts by date, then priority: the customer's facts and the contact's. */
  contacts: ContactCustomers & {
    date: Int32Array;
    expected: Int32Array;
    /** 0 = overdue, 1 = due. */
    reason: Uint8Array;
    pushed: Int32Array;
  };
  unscheduled: number;
  cooldownDropped: number;
  lapsed: ContactCustomers;
  noRhythm: ContactCustomers;
}
