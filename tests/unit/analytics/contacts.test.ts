import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSample } from '../../support/stored-sample.ts';

import { planContacts, type TransactionColumns } from '../../../src/core/index.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';

import { contacts } from '../../../workers/analytics/contacts.ts';

let db: TenureDb;
let sampleId: string;
let columns: TransactionColumns;

beforeAll(async () => {
  db = openDb('tenure-contacts-test');
  useDb(db);
  ({ id: sampleId, columns } = await storeSample());
});

afterAll(() => {
  db.close();
});

describe('contactPlan in the analytics worker', () => {
  it('gives the same plan as the CLI’s pipeline on the sample, with a capacity', async () => {
    const view = await contacts.planContacts(sampleId, {
      days: 90,
      lead: 7,
      capacity: 20,
      cooldown: 14,
    });
    const last = columns.day.reduce((a, b) => Math.max(a, b), -Infinity);
    expect(view.from).toBe(last + 1);
    const cli = planContacts(columns, {
      from: last + 1,
      days: 90,
      lead: 7,
      capacity: 20,
      cooldown: 14,
    });
    expect(view.contacts.ids).toEqual(Array.from(cli.customer, (c) => columns.customerIds[c]));
    expect(Array.from(view.contacts.date)).toEqual(Array.from(cli.date));
    expect(view.unscheduled).toBe(cli.unscheduled);
    expect(view.lapsed.ids.length).toBe(cli.lapsed.length);
    expect(view.noRhythm.ids.length).toBe(cli.noRhythm.length);
    expect(Math.max(...view.load)).toBe(20);
  }, 60_000);
});
