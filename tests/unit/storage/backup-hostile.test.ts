import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TenureDb } from '../../../src/storage/db.ts';
import { listDatasets, loadTransactions } from '../../../src/storage/datasets.ts';
import {
  createBackup,
  readBackup,
  replacedBy,
  restoreBackup,
} from '../../../src/storage/backup.ts';
import { addDataset, freshDb, snapshot, workspace } from './backup-fixture.ts';
import { bomb, craft, open, seal } from './backup-craft.ts';

type Json = Record<string, unknown> & {
  summary: { datasets: { id: string; name: string }[]; records: Record<string, number> };
  tables: Record<string, Record<string, unknown>[]>;
};

let db: TenureDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A workspace with the user's data set and a harmless one, and a backup of both. */
async function setUp() {
  const victim = await addDataset('Sample coffee shop', 10);
  const harmless = await addDataset('Harmless', 5);
  await workspace();
  const { bytes } = await createBackup();
  return { victim, harmless, bytes };
}

/** Restores the file: refused with a message matching `reason`, and nothing changed. */
async function expectRefused(file: Uint8Array, reason: RegExp) {
  const before = await snapshot(db);
  await expect(readBackup(file).then(restoreBackup)).rejects.toThrow(reason);
  expect(await snapshot(db)).toEqual(before);
}

describe('a restore writes nothing its preview does not show', () => {
  it('refuses a re-put of an existing data set with status importing plus a setting', async () => {
    const { victim, bytes } = await setUp();
    const crafted = craft(bytes, (raw) => {
      const json = raw as Json;
      json.summary.datasets = json.summary.datasets.filter((d) => d.id !== victim);
      const record = json.tables.datasets!.find((d) => d.id === victim)!;
      record.status = 'importing';
      json.tables.settings!.push({ key: 'language', value: 'ru' });
      json.summary.records.settings = json.tables.settings!.length;
    });
    await expectRefused(crafted, /damaged or was altered/);
    expect((await listDatasets()).map((d) => d.name)).toContain('Sample coffee shop');
  });

  it('refuses a listed data set whose status is importing', async () => {
    const { victim, bytes } = await setUp();
    const crafted = craft(bytes, (raw) => {
      (raw as Json).tables.datasets!.find((d) => d.id === victim)!.status = 'importing';
    });
    await expectRefused(crafted, /not complete/);
  });

  it('refuses a replaced chunk 0, listed or not (totals recomputed from the rows)', async () => {
    const { victim, bytes } = await setUp();
    const zeroFirstChunk = (raw: Record<string, unknown>, binary: Uint8Array) => {
      const chunk = (raw as Json).tables.chunks!.find(
        (c) => c.datasetId === victim && c.index === 0,
      )!;
      const amount = chunk.amount as { offset: number; length: number };
      binary.fill(0, amount.offset, amount.offset + amount.length);
    };
    await expectRefused(craft(bytes, zeroFirstChunk), /totals of data set .* do not match/);
    const unlisted = craft(bytes, (raw, binary) => {
      zeroFirstChunk(raw, binary);
      const json = raw as Json;
      json.summary.datasets = json.summary.datasets.filter((d) => d.id !== victim);
    });
    await expectRefused(unlisted, /damaged or was altered/);
    const before = await loadTransactions(victim);
    expect(before.amount[0]).not.toBe(0);
  });

  it('refuses $typed "constructor" and "__proto__" (own kinds only)', async () => {
    const { bytes } = await setUp();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const crafted = craft(bytes, (raw) => {
        const chunk = (raw as Json).tables.chunks![0]!;
        (chunk.customer as Record<string, unknown>).$typed = name;
      });
      await expectRefused(crafted, /array of an unknown kind/);
    }
    // A known kind in the wrong place is refused as well (customers are Int32Array).
    const wrongKind = craft(bytes, (raw) => {
      const chunk = (raw as Json).tables.chunks![0]!;
      (chunk.customer as Record<string, unknown>).$typed = 'Uint8Array';
    });
    await expectRefused(wrongKind, /wrong kind|unequal length/);
  });

  it('refuses indexes outside their dictionaries, unknown settings and bad counts', async () => {
    const { bytes } = await setUp();
    const outside = craft(bytes, (raw, binary) => {
      const chunk = (raw as Json).tables.chunks![0]!;
      const customer = chunk.customer as { offset: number };
      new DataView(binary.buffer).setInt32(customer.offset, 99, true);
    });
    await expectRefused(outside, /unknown customer/);
    const setting = craft(bytes, (raw) => {
      const json = raw as Json;
      json.tables.settings!.push({ key: 'serviceWorkerUrl', value: 'https://evil' });
      json.summary.records.settings = json.tables.settings!.length;
    });
    await expectRefused(setting, /unknown setting/);
    const badLanguage = craft(bytes, (raw) => {
      (raw as Json).tables.settings!.find((s) => s.key === 'language')!.value = '<script>';
    });
    await expectRefused(badLanguage, /setting "language"/);
    const count = craft(bytes, (raw) => {
      (raw as Json).summary.records.chunks = 1;
    });
    await expectRefused(count, /summary does not count/);
  });

  it('previews which existing data sets a restore replaces', async () => {
    const { victim, harmless, bytes } = await setUp();
    const document = await readBackup(bytes);
    const replaced = await replacedBy(document);
    expect(replaced.map((r) => r.id).sort()).toEqual([victim, harmless].sort());
    await db.datasets.delete(harmless);
    expect((await replacedBy(document)).map((r) => r.name)).toEqual(['Sample coffee shop']);
  });
});

describe('a gzip bomb is refused as too large while unpacking', () => {
  it('refuses a 1 GB bomb quickly, without unpacking it whole', async () => {
    const { bytes } = await setUp();
    const file = await bomb(bytes, 1 << 30);
    expect(file.length).toBeLessThan(2 << 20);
    const base = process.memoryUsage().rss;
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t0 = performance.now();
    await expect(readBackup(file)).rejects.toThrow(/too large/);
    const ms = performance.now() - t0;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `1 GiB bomb (${(file.length / 2 ** 20).toFixed(2)} MB file): refused in ${ms.toFixed(0)} ms, RSS +${((peak - base) / 2 ** 20).toFixed(1)} MB`,
    );
    expect(ms).toBeLessThan(2000);
    expect(peak - base).toBeLessThan(64 << 20);
  }, 60_000);

  it('refuses a body that declares more than the ceiling, and any body past the ceiling', async () => {
    const { bytes } = await setUp();
    const { json, binary } = open(bytes);
    const huge = json as Json;
    (huge.tables.chunks![0]!.amount as { length: number }).length = 3 * 2 ** 30;
    await expect(readBackup(seal(JSON.stringify(huge), binary))).rejects.toThrow(
      /too large: it unpacks to more than 2,048 MB/,
    );
    await expect(readBackup(bytes, 1024)).rejects.toThrow(/too large: it unpacks to more than/);
    // Nothing but zeros: no readable contents, refused at once.
    const zeros = await bomb(seal('', new Uint8Array(0)), 64 << 20);
    await expect(readBackup(zeros)).rejects.toThrow(/damaged/);
  });
});

describe('a restore replaces whole data sets', () => {
  it('keeps boards, moves, overrides and scenarios of a real backup, and drops the replaced ones', async () => {
    const { putBoardConfig, recordMove, getOverrides, listMoves } =
      await import('../../../src/storage/board.ts');
    const { createScenario, listScenarios } = await import('../../../src/storage/scenarios.ts');
    const id = await addDataset('Sample coffee shop', 10);
    const other = await addDataset('Other', 5);
    await putBoardConfig(id, { lanes: [] } as never);
    const entry = {
      customerIds: ['a'],
      before: [null],
      after: [{ lane: 'vip', fromLane: 'new', at: 1 }],
    };
    await recordMove(other, entry, { fromLanes: ['new'], toLane: 'vip', at: 1 });
    await recordMove(id, entry, { fromLanes: ['new'], toLane: 'vip', at: 2 });
    await createScenario(id, 'Plan A', { horizonDays: 90 });
    const { bytes } = await createBackup();
    // After the backup: one more scenario and move on the data set, which the restore drops.
    await createScenario(id, 'Plan B', { horizonDays: 30 });
    await recordMove(id, entry, { fromLanes: ['vip'], toLane: 'new', at: 3 });
    await restoreBackup(await readBackup(bytes));
    expect((await listScenarios(id)).map((s) => s.name)).toEqual(['Plan A']);
    expect((await listMoves(id)).map((m) => m.at)).toEqual([2]);
    expect((await listMoves(other)).map((m) => m.at)).toEqual([1]);
    expect(await getOverrides(id)).toHaveLength(1);
    expect(await db.boards.get(id)).toBeDefined();
  });
});
