import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeSample } from '../../support/stored-sample.ts';

import {
  customerTimeline,
  defaultThresholds,
  laneCounts,
  presetConfig,
  ruleLanes,
  suggestWindow,
  type TransactionColumns,
} from '../../../src/core/index.ts';
import { openDb, useDb } from '../../../src/storage/db.ts';

import { getOverrides } from '../../../src/storage/board.ts';
import { lifecycle, type BoardQuery } from '../../../workers/analytics/lifecycle.ts';

let columns: TransactionColumns;
let id: string;
const query: BoardQuery = {
  sort: 'clv',
  filter: { segment: -1, channel: -1, tier: -1 },
  missing: null,
};

beforeAll(async () => {
  useDb(openDb('tenure-lifecycle-worker-test'));
  ({ id, columns } = await storeSample());
});

describe('lifecycle worker module on the sample', () => {
  it('places every customer; moves, undo, redo and clear go through storage', async () => {
    const cards = await lifecycle.loadBoardCards(id);
    let view = await lifecycle.viewBoard(id, query);
    const total = view.lanes.reduce((s, l) => s + l.count, 0);
    expect(total).toBe(columns.customerIds.length);
    // Lanes without P(alive) would differ; the counts are checked against core in the e2e
    // test with the same P(alive). Here: the rule-only placement agrees where P(alive) ≥ 0.5.
    expect(cards.window.days).toBe(suggestWindow(columns).days);

    const from = view.lanes[0]!;
    const moved = Array.from(from.shown.subarray(0, 3));
    view = await lifecycle.moveCustomers(id, moved, 'lapsed', 'test', query);
    expect(view.changed).toBe(3);
    expect(view.lanes[0]!.count).toBe(from.count - 3);
    expect(view.lanes.find((l) => l.id === 'lapsed')!.manual).toBe(3);
    expect((await getOverrides(id)).map((o) => o.reason)).toEqual(['test', 'test', 'test']);

    view = await lifecycle.undoMove(id, query);
    expect(view.lanes[0]!.count).toBe(from.count);
    expect(view.canRedo).toBe(true);
    view = await lifecycle.redoMove(id, query);
    expect(view.lanes[0]!.count).toBe(from.count - 3);
    view = await lifecycle.clearOverrides(id, moved, query);
    expect(view.lanes[0]!.count).toBe(from.count);
    expect(await getOverrides(id)).toEqual([]);
    expect((await lifecycle.readMoveLog(id)).map((m) => m.toLane)).toEqual(['', 'lapsed']);
  });

  it('re-places on a rule change and exposes lanes as segments', async () => {
    const before = await lifecycle.viewBoard(id, query);
    const config = before.config;
    const window = config.thresholds.window;
    const narrower = { ...config, thresholds: { ...config.thresholds, window: window - 10 } };
    const after = await lifecycle.setBoardConfig(id, narrower, query);
    const lapsed = (v: typeof after) => v.lanes.find((l) => l.id === 'lapsed')!.count;
    expect(lapsed(after)).toBeGreaterThan(lapsed(before));
    // Without P(alive), the rule counts of lapsed agree with core (P(alive) only moves
    // customers into "at risk", never into or out of "lapsed", which outranks it).
    const rules = ruleLanes(
      customerTimeline(columns),
      new Float64Array(columns.customerIds.length).fill(NaN),
      customerTimeline(columns).maxDay,
      presetConfig('default', { ...defaultThresholds(window - 10) }),
    );
    expect(lapsed(after)).toBe(laneCounts(rules, 6)[4]);
    const segments = await lifecycle.summariseLanes(id);
    expect(segments.map((s) => s.name)).toEqual([
      'New',
      'Active',
      'Loyal',
      'At risk',
      'Lapsed',
      'Won back',
    ]);
    expect(segments.reduce((s, l) => s + l.customers, 0)).toBe(columns.customerIds.length);
    const lapsedSegment = segments[4]!;
    expect(lapsedSegment.pChurn).toBeGreaterThan(segments[1]!.pChurn);
  });

  it('builds the stage flow and the cross-sell profile', async () => {
    const flow = await lifecycle.traceFlow(id, 'quarter');
    const S = flow.lanes.length + 1;
    expect(flow.counts.length).toBe((flow.labels.length - 1) * S * S);
    // Start → end over the last four quarters: each customer once. The customers counted are
    // those whose first purchase is on or before the end of the last quarter of the range.
    const last = flow.labels.length - 1;
    const first = new Map<number, number>();
    columns.customer.forEach((c, r) =>
      first.set(c, Math.min(first.get(c) ?? 1e9, columns.day[r]!)),
    );
    const firstDays = Array.from(first.values());
    const quarterEnd = (label: string) =>
      Date.UTC(Number(label.slice(0, 4)), 3 * Number(label.slice(6)), 0) / 86_400_000;
    for (const [from, to] of [
      [last - 3, last],
      [1, last - 4],
    ] as const) {
      const range = await lifecycle.traceFlowRange(id, 'quarter', from, to);
      const total = range.reduce((s, v) => s + v, 0);
      const end = quarterEnd(flow.labels[to]!);
      expect(total).toBe(firstDays.filter((d) => d <= end).length);
      const stock = flow.stock.subarray(to * S, to * S + S - 1).reduce((s, v) => s + v, 0);
      expect(total).toBe(stock);
      // The moves over the same range count each customer once per quarter.
      let moves = 0;
      for (let p = from; p <= to; p++) {
        for (let i = 0; i < S * S; i++) moves += flow.counts[(p - 1) * S * S + i]!;
      }
      expect(moves).toBeGreaterThan(total);
    }
    const profile = await lifecycle.profileLane(id, 'loyal');
    expect(profile.products.length).toBeGreaterThan(0);
  });
});
