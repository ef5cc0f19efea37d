import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contacts } from '../../../src/cli/commands/contacts.ts';
import { runCommand } from '../../support/cli.ts';

const fixture = fileURLToPath(new URL('../../fixtures/contacts.csv', import.meta.url));

/** Runs `contacts` in-process: exit code and stdout. */
const run = (argv: string[]) => runCommand(contacts, argv);

afterEach(() => {
  vi.restoreAllMocks();
});

interface Json {
  contacts: {
    customerId: string;
    date: string;
    expectedDate: string;
    reason: string;
    priority: number | null;
  }[];
  [key: string]: unknown;
}

describe('tenure contacts --json', () => {
  it('prints the contract JSON with the plan worked by hand', async () => {
    const { code, stdout } = await run([fixture, '--days', '20', '--lead', '3', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Json;
    expect(Object.keys(json)).toEqual([
      'from',
      'days',
      'lead',
      'capacity',
      'cooldown',
      'contacts',
      'unscheduled',
      'lapsed',
      'noRhythm',
    ]);
    // Data ends 2024-01-25, so F = 01-26 and the horizon is 01-26 … 02-14.
    // A: gaps 10, 10 → r = 10, last 01-21: e1 = 01-31 ≥ F + L → due 01-28; e2 = 02-10 → 02-07.
    // B: r = 20, last 01-25: e1 = 02-14 → due 02-11. C: one purchase day → no rhythm.
    // D: r = 2, last 2023-10-03: e1 = 10-05 < F − 2 → lapsed.
    // E: r = 13, last 01-14: e1 = 01-27 in [01-13, 01-29) → overdue on 01-26; e2 = 02-09 → 02-06.
    expect({ ...json, contacts: undefined }).toEqual({
      from: '2024-01-26',
      days: 20,
      lead: 3,
      capacity: null,
      cooldown: 0,
      contacts: undefined,
      unscheduled: 0,
      lapsed: 1,
      noRhythm: 1,
    });
    expect(json.contacts.map((c) => ({ ...c, priority: undefined }))).toEqual(
      [
        { customerId: 'E', date: '2024-01-26', expectedDate: '2024-01-27', reason: 'overdue' },
        { customerId: 'A', date: '2024-01-28', expectedDate: '2024-01-31', reason: 'due' },
        { customerId: 'E', date: '2024-02-06', expectedDate: '2024-02-09', reason: 'due' },
        { customerId: 'A', date: '2024-02-07', expectedDate: '2024-02-10', reason: 'due' },
        { customerId: 'B', date: '2024-02-11', expectedDate: '2024-02-14', reason: 'due' },
      ].map((c) => ({ ...c, priority: undefined })),
    );
    for (const c of json.contacts) {
      expect(c.priority === null || typeof c.priority === 'number').toBe(true);
    }
  });

  it('pushes with capacity and drops with cooldown, and names a bad option', async () => {
    // --from 2024-02-01, horizon 02-01 … 02-10, lead 0; every purchase is before F.
    // A: r = 10, last 01-21: e1 = 01-31 in [01-22, 02-01) → overdue 02-01; e2 = 02-10 → 02-10.
    // E: r = 13: e1 = 01-27 in [01-19, 02-01) → overdue 02-01; e2 = 02-09, 8 days later:
    // dropped by the cooldown of 9. B: e1 = 02-14, outside.
    // Capacity 1 on 02-01: E (higher CLV) stays, A is pushed to 02-02; A's 02-10 is then
    // 8 days after its placed contact, so it is unscheduled.
    const { stdout } = await run([
      fixture,
      '--from',
      '2024-02-01',
      '--days',
      '10',
      '--lead',
      '0',
      '--capacity',
      '1',
      '--cooldown',
      '9',
      '--json',
    ]);
    const json = JSON.parse(stdout) as Json;
    expect(json.capacity).toBe(1);
    expect(json.contacts.map((c) => [c.customerId, c.date, c.reason])).toEqual([
      ['E', '2024-02-01', 'overdue'],
      ['A', '2024-02-02', 'overdue'],
    ]);
    const [e, a] = json.contacts;
    expect(e!.priority).toBeGreaterThan(a!.priority!);
    expect(json.unscheduled).toBe(1);
    await expect(run([fixture, '--days', '0', '--json'])).rejects.toThrow(/--days/);
  });
});
