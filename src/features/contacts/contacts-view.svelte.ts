/**
 * The Contact plan screen's state: the settings (remembered per data set in the workspace
 * settings), the plan from the analytics worker, the month shown, the day picked and the
 * contact selected in the day's list.
 */
import { analyticsClient, type AnalyticsCalls } from '../../bridge/analytics-client.ts';
import { Resource } from '../../state/resource.svelte.ts';
import { getSetting, setSetting } from '../../state/records.ts';
import type { CustomerDetail } from '../predictive/types.ts';
import { addMonths, monthStart } from './calendar.ts';
import type { Channel, ContactPlanView } from './types.ts';

export interface PlanSettings {
  /** Start day, or null for the day after the data's last day. */
  from: number | null;
  days: number;
  lead: number;
  /** Contacts a day, or null for no limit. */
  capacity: number | null;
  cooldown: number;
  channel: Channel;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  from: null,
  days: 90,
  lead: 7,
  capacity: null,
  cooldown: 0,
  channel: 'phone',
};

/** Where a data set's plan settings are kept (the workspace settings); absent: no plan yet. */
export function planKey(datasetId: string): string {
  return `contactPlan:${datasetId}`;
}

/** The worker's parameters for a plan's settings. */
export function planParams(s: PlanSettings) {
  return {
    from: s.from ?? undefined,
    days: s.days,
    lead: s.lead,
    capacity: s.capacity,
    cooldown: s.cooldown,
  };
}

export type PlanField = 'days' | 'lead' | 'capacity' | 'cooldown';

const whole = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function invalidFields(s: PlanSettings): PlanField[] {
  const out: PlanField[] = [];
  if (!whole(s.days, 1, 3660)) out.push('days');
  if (!whole(s.lead, 0, 3660)) out.push('lead');
  if (s.capacity !== null && !whole(s.capacity, 1, 1_000_000)) out.push('capacity');
  if (!whole(s.cooldown, 0, 3660)) out.push('cooldown');
  return out;
}

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type ContactsClient = AnalyticsCalls<'planContacts' | 'describeCustomer'>;

export class ContactsView {
  readonly datasetId: string;
  readonly plan = new Resource<ContactPlanView>();
  readonly detail = new Resource<CustomerDetail>();
  settings = $state<PlanSettings>({ ...DEFAULT_SETTINGS });
  /** First day of the month the calendar shows. */
  month = $state(0);
  /** The day picked in the calendar. */
  day = $state<number | null>(null);
  readonly invalid = $derived(invalidFields(this.settings));
  #loaded = false;
  readonly #client: ContactsClient;

  constructor(datasetId: string, client: ContactsClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
  }

  get key() {
    return planKey(this.datasetId);
  }

  /** Reads the remembered settings and computes the plan. */
  async start(): Promise<void> {
    const saved = await getSetting<Partial<PlanSettings>>(this.key, {}).catch(() => ({}));
    this.settings = { ...DEFAULT_SETTINGS, ...saved };
    this.#loaded = true;
    // Kept from the first visit on: the Report shows the plan once it exists.
    await setSetting(this.key, $state.snapshot(this.settings)).catch(() => undefined);
    await this.compute();
  }

  /** Changes settings, remembers them and recomputes when they are valid. */
  async update(change: Partial<PlanSettings>): Promise<void> {
    this.settings = { ...this.settings, ...change };
    if (!this.#loaded || this.invalid.length > 0) return;
    await setSetting(this.key, $state.snapshot(this.settings)).catch(() => undefined);
    if (Object.keys(change).some((k) => k !== 'channel')) await this.compute();
  }

  async compute(): Promise<void> {
    const params = planParams(this.settings);
    await this.plan.run(() => this.#client.planContacts(this.datasetId, params));
    const plan = this.plan.value;
    if (plan) {
      const inside = this.day !== null && this.day >= plan.from && this.day < plan.from + plan.days;
      if (!inside) this.day = plan.from;
      this.month = monthStart(this.day ?? plan.from);
    }
  }

  pick(day: number): void {
    this.day = day;
    this.month = monthStart(day);
  }

  /** Shows the month `delta` months away. */
  shiftMonth(delta: number): void {
    this.month = addMonths(this.month, delta);
  }

  /** Indexes of the picked day's contacts in the plan (already in priority order). */
  get dayRows(): number[] {
    const plan = this.plan.value;
    if (!plan || this.day === null) return [];
    const rows: number[] = [];
    const { date } = plan.contacts;
    for (let i = 0; i < date.length; i++) if (date[i] === this.day) rows.push(i);
    return rows;
  }

  async open(customerId: string): Promise<void> {
    const plan = this.plan.value;
    if (!plan) return;
    await this.detail.run(() =>
      this.#client.describeCustomer(this.datasetId, plan.model, customerId),
    );
  }

  closeDetail(): void {
    this.detail.clear();
  }
}
