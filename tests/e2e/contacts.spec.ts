import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ContactsPage } from './pages/contacts-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The expected plan is worked out here from the sample CSV by a separate, hand-coded reading
 * of the rule in docs/ARCHITECTURE.md ("Contact plan"), not by calling src/core: per
 * customer the distinct purchase days before F, the median gap (even count: mean of the two
 * middle ones rounded half up), then overdue / due contacts and the cooldown (at least one
 * day apart). Capacity then only caps a day; the first day of the plan receives no pushes.
 */
const DAY = 86_400_000;
const customers = (n: number) =>
  `${new Intl.NumberFormat('en').format(n)} customer${n === 1 ? '' : 's'}`;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

async function plannedPerDay(lead: number, days: number, cooldown: number) {
  const text = await readFile('public/sample/transactions.csv', 'utf8');
  const byCustomer = new Map<string, Set<number>>();
  let last = -Infinity;
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const cells = line.split(',');
    const day = Date.parse(`${cells[2]}T00:00:00Z`) / DAY;
    last = Math.max(last, day);
    const set = byCustomer.get(cells[0]!) ?? new Set<number>();
    set.add(day);
    byCustomer.set(cells[0]!, set);
  }
  const from = last + 1;
  const perDay = new Map<number, number>();
  let total = 0;
  for (const set of byCustomer.values()) {
    const ds = [...set].filter((d) => d < from).sort((a, b) => a - b);
    if (ds.length < 2) continue;
    const gaps = ds
      .slice(1)
      .map((d, i) => d - ds[i]!)
      .sort((a, b) => a - b);
    const h = Math.floor(gaps.length / 2);
    const r = gaps.length % 2 === 1 ? gaps[h]! : Math.floor((gaps[h - 1]! + gaps[h]! + 1) / 2);
    const lastDay = ds.at(-1)!;
    const e1 = lastDay + r;
    if (e1 < from - r) continue;
    const planned: number[] = [];
    if (e1 < from + lead) planned.push(from);
    for (let e = e1; e - lead < from + days; e += r) {
      if (e - lead >= from) planned.push(e - lead);
    }
    let prev = -Infinity;
    for (const d of planned) {
      if (d - prev < Math.max(cooldown, 1)) continue;
      prev = d;
      perDay.set(d, (perDay.get(d) ?? 0) + 1);
      total++;
    }
  }
  return { from, perDay, total };
}

test.beforeEach(async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('a day’s load matches an independent count, capacity caps it, and the CSV holds the plan', async ({
  page,
}) => {
  const contacts = new ContactsPage(page);
  await contacts.open();
  const { from, perDay, total } = await plannedPerDay(7, 90, 0);
  const first = iso(from);
  // The busiest day of the horizon, without a capacity.
  const [busiest, busiestCount] = [...perDay].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  await expect(contacts.summary).toContainText(
    `${new Intl.NumberFormat('en').format(total)} contacts`,
  );
  await contacts.pickDay(iso(busiest));
  expect(await contacts.dayLoad(iso(busiest))).toBe(busiestCount);
  await expect(contacts.dayCount).toHaveText(customers(busiestCount));
  // The list renders 100 rows at a time.
  await expect(contacts.dayList.getByRole('option')).toHaveCount(Math.min(100, busiestCount));

  // Capacity below the first day's load: the first day holds exactly the capacity.
  const firstCount = perDay.get(from) ?? 0;
  expect(firstCount).toBeGreaterThan(3);
  const capacity = Math.floor(firstCount / 2);
  await contacts.setCapacity(capacity);
  await expect(contacts.summary).toContainText(/[1-9][\d,]* pushed/);
  await contacts.pickDay(first);
  await expect(contacts.dayCount).toHaveText(customers(capacity));
  expect(await contacts.dayLoad(first)).toBe(capacity);

  // Keyboard drill into the customer of the second row.
  await contacts.openWithKeyboard(1);
  await expect(contacts.customerDetail).toBeVisible({ timeout: 15_000 });

  // The CSV: one row per placed contact, the first day's rows = capacity.
  const download = await contacts.exportCsv();
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toBe(
    'date,customer_id,name,channel,reason,expected_date,rhythm_days,last_purchase,pushed_days,clv (USD),p_alive',
  );
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(rows.filter((r) => r[0] === first)).toHaveLength(capacity);
  const summary = (await contacts.summary.textContent()) ?? '';
  const placed = Number(/^([\d,]+) contacts/.exec(summary.trim())![1]!.replace(/,/g, ''));
  const unscheduled = Number(/([\d,]+) left unscheduled/.exec(summary)![1]!.replace(/,/g, ''));
  expect(rows).toHaveLength(placed);
  expect(placed + unscheduled).toBe(total);
  const loads = new Map<string, number>();
  for (const r of rows) loads.set(r[0]!, (loads.get(r[0]!) ?? 0) + 1);
  expect(Math.max(...loads.values())).toBeLessThanOrEqual(capacity);

  // The calendar file has one event per day with contacts.
  const ics = await readFile(await (await contacts.exportIcs()).path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(loads.size);

  // The settings are remembered for the data set.
  await page.reload();
  await contacts.open();
  await expect(contacts.capacity).toHaveValue(String(capacity));
});
