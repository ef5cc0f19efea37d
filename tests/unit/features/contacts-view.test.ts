/**
 * The Contact plan screen's state (src/features/contacts/contacts-view.svelte.ts) against a fake
 * analytics worker, with the workspace settings in fake-indexeddb: the plan's parameters, the
 * day and month shown, what is remembered, and what a change recomputes.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContactPlanView } from '../../../src/features/contacts/types.ts';
import {
  ContactsView,
  planKey,
  type ContactsClient,
} from '../../../src/features/contacts/contacts-view.svelte.ts';
import type { CustomerDetail } from '../../../src/features/predictive/types.ts';
import { getSetting } from '../../../src/state/records.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';

// 2024-03-30 and 2024-04-01 as day numbers (days since 1970-01-01).
const MAR_30 = 19_812;
const APR_1 = MAR_30 + 2;
const PLAN = {
  from: MAR_30,
  days: 90,
  model: { horizon: 52 },
  contacts: { ids: ['A', 'B', 'C'], date: new Int32Array([MAR_30, APR_1, APR_1]) },
} as unknown as ContactPlanView;
const DETAIL = { row: { id: 'B' } } as unknown as CustomerDetail;

let db: TenureDb;
beforeAll(() => {
  db = openDb('tenure-contacts-view-test');
  useDb(db);
});
afterAll(() => db.close());

let datasets = 0;
const freshId = () => `contacts-${++datasets}`;

function fake() {
  return {
    planContacts: vi.fn(() => Promise.resolve(PLAN)),
    describeCustomer: vi.fn(() => Promise.resolve(DETAIL)),
  } satisfies ContactsClient;
}

describe('ContactsView', () => {
  it('computes the default plan, shows its first day and remembers the settings', async () => {
    const client = fake();
    const id = freshId();
    const view = new ContactsView(id, client);
    await view.start();
    expect(client.planContacts).toHaveBeenCalledWith(id, {
      from: undefined,
      days: 90,
      lead: 7,
      capacity: null,
      cooldown: 0,
    });
    expect(view.day).toBe(MAR_30);
    expect(view.month).toBe(MAR_30 - 29); // 2024-03-01
    expect(view.dayRows).toEqual([0]);
    expect(await getSetting(planKey(id), null)).toMatchObject({ days: 90, channel: 'phone' });
  });

  it('recomputes for valid settings only, and not for the channel', async () => {
    const client = fake();
    const id = freshId();
    const view = new ContactsView(id, client);
    await view.start();
    await view.update({ days: 0 });
    expect(view.invalid).toEqual(['days']);
    await view.update({ days: 30, capacity: 5 });
    expect(client.planContacts).toHaveBeenCalledTimes(2);
    expect(client.planContacts).toHaveBeenLastCalledWith(id, {
      from: undefined,
      days: 30,
      lead: 7,
      capacity: 5,
      cooldown: 0,
    });
    await view.update({ channel: 'email' });
    expect(client.planContacts).toHaveBeenCalledTimes(2);
    const again = new ContactsView(id, fake());
    await again.start();
    expect(again.settings).toMatchObject({ days: 30, capacity: 5, channel: 'email' });
  });

  it('a picked day lists its contacts; months move; a contact opens with the plan’s model', async () => {
    const client = fake();
    const id = freshId();
    const view = new ContactsView(id, client);
    await view.start();
    view.pick(APR_1);
    expect(view.month).toBe(APR_1);
    expect(view.dayRows).toEqual([1, 2]);
    view.shiftMonth(-1);
    expect(view.month).toBe(MAR_30 - 29);
    await view.open('B');
    expect(client.describeCustomer).toHaveBeenCalledWith(id, { horizon: 52 }, 'B');
    expect(view.detail.value).toBe(DETAIL);
    view.closeDetail();
    expect(view.detail.value).toBeUndefined();
  });
});
