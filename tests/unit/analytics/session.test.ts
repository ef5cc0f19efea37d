/**
 * One session per data set: every cache derived from the loaded columns (board, stage flow,
 * model, explorer, filter columns, grouping, tiers) belongs to the data set's session, and a
 * change of the data set's record — here a customers file joined — starts a new session, so
 * none of them outlives the columns it was built from.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeSample } from '../../support/stored-sample.ts';

import type { TransactionColumns } from '../../../src/core/index.ts';
import { openDb, useDb } from '../../../src/storage/db.ts';
import { putCustomers, type HandedColumns } from '../../../src/storage/datasets.ts';
import { api } from '../../../workers/analytics.api.ts';
import { boardOf } from '../../../workers/analytics/board-load.ts';
import { modelOf } from '../../../workers/analytics/predictive-model.ts';
import type { BoardQuery } from '../../../workers/analytics/protocol/index.ts';
import { handOver, session } from '../../../workers/analytics/session.ts';

let columns: TransactionColumns;
let id: string;
const model = { unit: 'week', horizon: 52, discount: 0.002, margin: 1 } as const;
const table = { sort: 'id', descending: false, offset: 0, limit: 5 } as const;
const query: BoardQuery = {
  sort: 'clv',
  filter: { segment: -1, channel: -1, tier: -1 },
  missing: null,
};

beforeAll(async () => {
  useDb(openDb('tenure-session-test'));
  ({ id, columns } = await storeSample());
});

/** Asks for everything a session keeps. */
async function useEverything(): Promise<void> {
  await api.viewBoard(id, query);
  await api.traceFlow(id, 'month');
  await api.queryCustomers(id, model, table);
  await api.listFilterFields(id, model);
  await api.segmentCustomers(id, model, 'valueRisk');
}

describe('the analytics session', () => {
  it('keeps its caches while the record is unchanged, and drops all of them on a join', async () => {
    await useEverything();
    const before = await session(id);
    expect(before.held()).toEqual(['board', 'explorer', 'filters', 'flow', 'grouping', 'model']);
    const board = await boardOf(before);
    const fitted = await modelOf(before, model);
    // The same record: the same session, the same board and model.
    await useEverything();
    expect(await session(id)).toBe(before);
    expect(await boardOf(before)).toBe(board);
    expect(await modelOf(before, model)).toBe(fitted);
    expect(board.cards.names.every((n) => n === null)).toBe(true);
    const fields = await api.listFilterFields(id, model);
    expect(fields.categorical.map((f) => f.field)).not.toContain('attribute:segment');

    // A customers file joined (as the import screen does): a new session, nothing carried over.
    const n = 3;
    const ids = columns.customerIds.slice(0, n);
    await putCustomers(
      id,
      {
        ids,
        names: ['Ann', 'Bob', 'Cy'],
        signupDay: new Int32Array(n).fill(-1),
        segments: ['Office', 'Office', 'Home'],
        channels: [null, null, null],
        acquisitionCost: new Float64Array(n).fill(NaN),
        contractEndDay: new Int32Array(n).fill(-1),
        plans: [null, null, null],
      },
      'customers.csv',
    );
    const after = await session(id);
    expect(after).not.toBe(before);
    expect(after.held()).toEqual([]);
    expect((await after.data()).columns).not.toBe((await before.data()).columns);

    // Each cache is rebuilt from the joined file.
    const cards = await api.loadBoardCards(id);
    expect(cards.names.slice(0, n)).toEqual(['Ann', 'Bob', 'Cy']);
    expect(await boardOf(after)).not.toBe(board);
    const rows = (await api.queryCustomers(id, model, { ...table, query: ids[0] })).rows;
    expect(rows.find((r) => r.id === ids[0])?.name).toBe('Ann');
    expect((await modelOf(after, model)).customers?.ids).toEqual(ids);
    const joined = await api.listFilterFields(id, model);
    expect(joined.categorical.map((f) => f.field)).toContain('attribute:segment');
    const bySegment = await api.segmentCustomers(id, model, 'attribute:segment');
    expect(bySegment.segments.map((s) => s.name)).toContainEqual({
      kind: 'value',
      value: 'Office',
    });
    await api.traceFlow(id, 'month');
    expect(after.held()).toEqual(['board', 'explorer', 'filters', 'flow', 'grouping', 'model']);
  });

  it("takes the chunks an import handed over for the data set's first load, once", async () => {
    const stored = await storeSample();
    // Told apart from the stored chunk by their amounts.
    handOver('another data set', chunkOf(stored.columns, 1000));
    handOver(stored.id, chunkOf(stored.columns, 1000));
    const first = await (await session(stored.id)).data();
    expect(first.columns.amount[0]).toBe(stored.columns.amount[0]! + 1000);
    expect(first.columns.customerIds).toEqual(stored.columns.customerIds);

    // The next session (a customers file joined) reads the stored chunk.
    await putCustomers(stored.id, oneCustomer(stored.columns.customerIds[0]!), 'customers.csv');
    const next = await (await session(stored.id)).data();
    expect(next.columns.amount).toEqual(stored.columns.amount);
  });

  it("keeps only the latest import's chunks, for that data set alone", async () => {
    const stored = await storeSample();
    handOver(stored.id, chunkOf(stored.columns, 1000));
    handOver('another data set', chunkOf(stored.columns, 1000));
    const loaded = await (await session(stored.id)).data();
    expect(loaded.columns.amount).toEqual(stored.columns.amount);
  });
});

/** Columns as an import hands them over (one chunk stored), the amounts shifted by `shift`. */
function chunkOf(columns: TransactionColumns, shift = 0): HandedColumns {
  const { customer, day, amount, order, product, channel } = columns;
  const shifted = amount.map((a) => a + shift);
  return { chunkCount: 1, columns: { customer, day, amount: shifted, order, product, channel } };
}

function oneCustomer(id: string) {
  return {
    ids: [id],
    names: ['Ann'],
    signupDay: new Int32Array(1).fill(-1),
    segments: ['Office'],
    channels: [null],
    acquisitionCost: new Float64Array(1).fill(NaN),
    contractEndDay: new Int32Array(1).fill(-1),
    plans: [null],
  };
}
