import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import {
  beginDataset,
  commitDataset,
  createSummaryDataset,
  deleteDataset,
  getCustomers,
  listDatasets,
  loadTransactions,
  putChunk,
  putCustomers,
} from '../../../src/storage/datasets.ts';
import { createBackup, readBackup, restoreBackup } from '../../../src/storage/backup.ts';
import {
  CALENDAR_SHIFT,
  createWorkshopPack,
  resetWorkshopKey,
} from '../../../src/storage/workshop.ts';
import { loadTransactionsFile } from '../../../src/cli/load.ts';
import {
  EMPTY_SUMMARY,
  churnSeries,
  cohortMatrix,
  customerAttributes,
  customerSummary,
  detectCustomerColumns,
  detectSettings,
  fitBgNbd,
  fromHeaderRow,
  mergeSummaries,
  parseCustomerRows,
  readAllRows,
  rfmScores,
  simpleLtv,
  summarizeTransactions,
  type DayNumber,
  type TransactionColumns,
} from '../../../src/core/index.ts';

/** The bundled sample (5 000 customers over 3 years) and its customers file. */
const sample = (name: string) =>
  fileURLToPath(new URL(`../../../public/sample/${name}`, import.meta.url));
const CHUNK = 20_000;

let db: TenureDb;
let original: string;
let customerIds: string[];
let names: string[];

async function storeSample(): Promise<string> {
  const { columns, settings, headers } = await loadTransactionsFile(sample('transactions.csv'));
  const id = await beginDataset({
    name: 'Coffee shop',
    kind: 'transactions',
    fileName: 'transactions.csv',
    fileSize: 1,
    settings,
    headers,
    summary: null,
    rejectedCount: 0,
    currency: 'EUR',
  });
  let summary = EMPTY_SUMMARY;
  for (let at = 0, index = 0; at < columns.day.length; at += CHUNK, index++) {
    const part = (a: Int32Array | Float64Array) => a.slice(at, at + CHUNK);
    const chunk: TransactionColumns = {
      customer: part(columns.customer) as Int32Array,
      day: part(columns.day) as Int32Array,
      amount: part(columns.amount) as Float64Array,
      order: part(columns.order!) as Int32Array,
      product: part(columns.product!) as Int32Array,
      channel: part(columns.channel!) as Int32Array,
      quantity: part(columns.quantity!) as Float64Array,
      customerIds: [],
    };
    await putChunk(id, index, chunk);
    summary = mergeSummaries(summary, summarizeTransactions(chunk));
  }
  summary = { ...summary, customers: columns.customerIds.length };
  const { customerIds: ids, orderIds, products, channels } = columns;
  await commitDataset(id, { summary }, { customerIds: ids, orderIds, products, channels }, [
    { line: 7, column: 'customer_id', reason: `unreadable "${ids[0]!}"` },
  ]);
  const bytes = readFileSync(sample('customers.csv'));
  const detection = detectSettings(bytes, true);
  const raw = fromHeaderRow(
    readAllRows(new TextDecoder().decode(bytes), detection.settings.delimiter),
    detection.settings.headerRow,
  );
  const parsed = parseCustomerRows(raw, detection.headers, {
    hasHeader: true,
    columns: detectCustomerColumns(detection.headers),
  });
  await putCustomers(id, customerAttributes(parsed.customers).attributes, 'customers.csv');
  return id;
}

/** Every figure the analysis screens start from, without labels (dates may be shifted). */
function metrics(columns: TransactionColumns, grain: 'month' | 'week') {
  const last = Math.max(...columns.day) as DayNumber;
  const cohorts = (metric: 'customers' | 'revenue') =>
    cohortMatrix(columns, { grain, metric }).cohorts.map((c) => [c.size, ...c.values]);
  const rfm = rfmScores(columns, { asOf: last });
  const summary = customerSummary(columns, { unit: 'week', end: last });
  const fit = fitBgNbd(summary);
  return {
    customers: cohorts('customers'),
    revenue: cohorts('revenue'),
    churn: churnSeries(columns, { grain, window: 90 }).periods.map((p) => ({ ...p, period: null })),
    ltv: { ...simpleLtv(columns, { grain, window: 90 }), periodsUsed: null },
    rfm: rfm.segments,
    rfmScores: [Array.from(rfm.r), Array.from(rfm.f), Array.from(rfm.m)],
    bgnbd: { ...fit.params, ll: fit.logLikelihood },
  };
}

beforeAll(async () => {
  db = openDb(`tenure-workshop-${Math.random()}`);
  useDb(db);
  original = await storeSample();
  customerIds = (await loadTransactions(original)).customerIds;
  names = (await getCustomers(original))!.names.filter((n): n is string => n !== null);
}, 120_000);
afterAll(async () => {
  db.close();
  await db.delete();
});

/** The pack's JSON and arrays, unzipped: what "anywhere in the file's bytes" is searched in. */
async function unpackedText(file: Uint8Array): Promise<string> {
  const body = new Blob([file.slice(40)]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

describe('workshop pack', () => {
  it('a per-customer summary data set keeps its figures under pseudonymous ids', async () => {
    const ids = ['anna@example.com', 'boris', 'C10001'];
    const frequency = Float64Array.from([2, 0, 5]);
    const id = await createSummaryDataset(
      {
        name: 'Summary',
        kind: 'summary',
        fileName: 's.csv',
        fileSize: 1,
        settings: null,
        headers: [],
        summary: null,
        summaryCustomers: 3,
        rejectedCount: 0,
      },
      { ids, frequency, recency: frequency, T: frequency, monetary: frequency },
      [],
    );
    const { bytes } = await createWorkshopPack({ datasetIds: [id], keep: [], shiftDays: 30 });
    const pack = await readBackup(bytes);
    const [record] = pack.tables.summaries as { ids: string[]; frequency: Float64Array }[];
    expect(record!.frequency).toEqual(frequency);
    expect(record!.ids.every((p) => /^C-[0-9a-f]{16}$/.test(p))).toBe(true);
    expect(ids.filter((s) => new TextDecoder('latin1').decode(bytes).includes(s))).toEqual([]);
    expect((await unpackedText(bytes)).includes('anna@')).toBe(false);
    await deleteDataset(id);
  });

  it('restores beside the original, marked anonymised, with every metric equal', async () => {
    const before = await loadTransactions(original);
    const { bytes } = await createWorkshopPack({ datasetIds: [original], keep: [], shiftDays: 0 });
    const summary = await restoreBackup(await readBackup(bytes));
    const packed = summary.datasets[0]!.id;
    expect(packed).not.toBe(original);
    const all = await listDatasets();
    expect(all.map((d) => d.anonymised ?? false).sort()).toEqual([false, true]);
    const restored = all.find((d) => d.id === packed)!;
    expect(restored.currency).toBe('EUR');
    const after = await loadTransactions(packed);
    expect(after.customerIds).toHaveLength(before.customerIds.length);
    expect(after.customerIds.some((id) => customerIds.includes(id))).toBe(false);
    expect(metrics(after, 'month')).toEqual(metrics(before, 'month'));
    // The customers file: ids pseudonymous like the transactions', names the pseudonym.
    const people = (await getCustomers(packed))!;
    expect(people.names.every((n, i) => n === null || n === people.ids[i])).toBe(true);
    expect(people.segments.some((s) => s !== null)).toBe(false);
  }, 120_000);

  it('a 28-year shift keeps monthly and weekly figures; 7 days keeps weekly ones', async () => {
    const before = await loadTransactions(original);
    for (const [shiftDays, grains] of [
      [-CALENDAR_SHIFT, ['month', 'week']],
      [14, ['week']],
    ] as const) {
      const { bytes } = await createWorkshopPack({
        datasetIds: [original],
        keep: ['segments', 'channels', 'plans'],
        shiftDays,
      });
      const packed = (await restoreBackup(await readBackup(bytes))).datasets[0]!.id;
      const after = await loadTransactions(packed);
      expect(after.day[0]! - before.day[0]!).toBe(shiftDays);
      for (const grain of grains) expect(metrics(after, grain)).toEqual(metrics(before, grain));
      const people = (await getCustomers(packed))!;
      const source = (await getCustomers(original))!;
      expect(people.segments).toEqual(source.segments);
      expect(people.signupDay[0]! - source.signupDay[0]!).toBe(shiftDays);
    }
  }, 240_000);

  it('no original id or name is anywhere in the file; pseudonyms are stable until reset', async () => {
    const options = { datasetIds: [original, original], keep: [], shiftDays: 0 };
    const { bytes } = await createWorkshopPack(options);
    const text = await unpackedText(bytes);
    expect(text).toContain('"customerIds"');
    const raw = new TextDecoder('latin1').decode(bytes);
    const found = [...customerIds, ...names].filter((s) => text.includes(s) || raw.includes(s));
    expect(found).toEqual([]);
    expect(names.length).toBeGreaterThan(1000);
    const pack = await readBackup(bytes);
    const [a, b] = pack.tables.dictionaries as { customerIds: string[] }[];
    // The same customer keeps one pseudonym across the data sets of a pack, and across packs.
    expect(a!.customerIds).toEqual(b!.customerIds);
    const again = await readBackup((await createWorkshopPack(options)).bytes);
    expect((again.tables.dictionaries[0] as { customerIds: string[] }).customerIds).toEqual(
      a!.customerIds,
    );
    await resetWorkshopKey();
    const fresh = await readBackup((await createWorkshopPack(options)).bytes);
    const renamed = (fresh.tables.dictionaries[0] as { customerIds: string[] }).customerIds;
    expect(renamed.filter((id, i) => id === a!.customerIds[i])).toEqual([]);
    // The key stays in this browser: a workspace backup does not carry it.
    const backup = await readBackup((await createBackup()).bytes);
    expect(Object.keys(backup.tables)).not.toContain('secrets');
    expect(await db.secrets.count()).toBe(1);
    // Rejected rows quote the file: left out, their count kept.
    expect(pack.tables.rejections).toEqual([
      { datasetId: pack.summary.datasets[0]!.id, rows: [] },
      { datasetId: pack.summary.datasets[1]!.id, rows: [] },
    ]);
  }, 120_000);
});
