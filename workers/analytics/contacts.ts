/**
 * The contact plan of the open data set (docs/ARCHITECTURE.md, "Contact plan"): the core
 * rule over the customer timeline, with CLV and P(alive) from the predictive model fitted up
 * to the day before the plan starts, and the value × risk cell of every planned customer.
 */
import { transfer } from 'comlink';
import {
  CONTACT_MODEL,
  contactPlan as planOf,
  customerTimeline,
  type ContactPriority,
} from '../../src/core/index.ts';
import { dataset } from './context.ts';
import { customerModel, type ModelParams } from './predictive-model.ts';
import { tiers } from './value-risk.ts';

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

export const contacts = {
  /** The contact plan with everything the screen shows and exports. */
  async contactPlan(datasetId: string, params: ContactPlanParams): Promise<ContactPlanView> {
    const { columns, customers } = await dataset(datasetId);
    const timeline = customerTimeline(columns);
    if (timeline.rows === 0) throw new Error('This data set has no transactions.');
    const from = params.from ?? timeline.maxDay + 1;
    const model: ModelParams = {
      unit: CONTACT_MODEL.unit,
      end: Math.min(from - 1, timeline.maxDay),
      horizon: CONTACT_MODEL.horizon,
      discount: CONTACT_MODEL.discount,
      margin: CONTACT_MODEL.margin,
    };
    if (model.end! < timeline.minDay) throw new Error('The plan starts before the first purchase.');
    const m = await customerModel(datasetId, model);
    const n = columns.customerIds.length;
    const row = new Int32Array(n).fill(-1);
    m.summary.customer.forEach((c, i) => (row[c] = i));
    const at = (a: Float64Array, c: number) => (row[c]! >= 0 ? a[row[c]!]! : NaN);
    const priority: ContactPriority = {
      clv: Float64Array.from({ length: n }, (_, c) => at(m.predictions.clv, c)),
      pAlive: Float64Array.from({ length: n }, (_, c) => at(m.predictions.pAlive, c)),
    };
    const plan = planOf(timeline, priority, {
      from,
      days: params.days,
      lead: params.lead,
      capacity: params.capacity ?? Infinity,
      cooldown: params.cooldown,
    });
    const cells = tiers(m).cell;
    const names = new Map<string, string | null>();
    customers?.ids.forEach((id, i) => names.set(id, customers.names[i] ?? null));
    const facts = (indexes: Int32Array): ContactCustomers => ({
      ids: Array.from(indexes, (c) => columns.customerIds[c]!),
      names: Array.from(indexes, (c) => names.get(columns.customerIds[c]!) ?? null),
      lastDay: indexes.map((c) => plan.lastDay[c]!),
      rhythm: indexes.map((c) => plan.rhythm[c]!),
      revenue: Float64Array.from(indexes, (c) => timeline.revenue[c]!),
      clv: Float64Array.from(indexes, (c) => priority.clv[c]!),
      pAlive: Float64Array.from(indexes, (c) => priority.pAlive[c]!),
      cell: Uint8Array.from(indexes, (c) => (row[c]! >= 0 ? cells[row[c]!]! : 255)),
    });
    const view: ContactPlanView = {
      from,
      days: params.days,
      lead: params.lead,
      capacity: params.capacity,
      cooldown: params.cooldown,
      firstDay: timeline.minDay,
      lastDay: timeline.maxDay,
      model,
      load: plan.load,
      pushedLoad: plan.pushedLoad,
      contacts: {
        ...facts(plan.customer),
        date: plan.date,
        expected: plan.expected,
        reason: plan.reason,
        pushed: plan.pushed,
      },
      unscheduled: plan.unscheduled,
      cooldownDropped: plan.cooldownDropped,
      lapsed: facts(plan.lapsed),
      noRhythm: facts(plan.noRhythm),
    };
    return transfer(view, [plan.load.buffer, plan.pushedLoad.buffer]);
  },
};
