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
import { modelOf } from './predictive-model.ts';
import type {
  ContactCustomers,
  ContactPlanParams,
  ContactPlanView,
  ModelParams,
} from './protocol/index.ts';
import { session } from './session.ts';

export const contacts = {
  /** The contact plan with everything the screen shows and exports. */
  async planContacts(datasetId: string, params: ContactPlanParams): Promise<ContactPlanView> {
    const s = await session(datasetId);
    const { columns, customers } = await s.data();
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
    const m = await modelOf(s, model);
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
    const cells = s.tiers(m).cell;
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
