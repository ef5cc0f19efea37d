/**
 * The retention spend simulator's state (src/state/simulator.svelte.ts) against a fake analytics
 * worker, with its draft and saved scenarios in fake-indexeddb: the segments it asks for, the
 * scenario it starts over them, the draft it keeps, and the target list of funded segments.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SimulatorState, type SimulatorClient } from '../../../src/state/simulator.svelte.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';

type Result<K extends keyof SimulatorClient> = Awaited<ReturnType<SimulatorClient[K]>>;

const MODEL = { unit: 'week', horizon: 52, discount: 0.002, margin: 1 };
const segments = (segmentation: string) =>
  ({
    segmentation,
    segments: [
      {
        key: 'v2r2',
        name: { kind: 'cell', value: 2, risk: 2 },
        customers: 100,
        p: 0.4,
        value: 300,
      },
      { key: 'v0r0', name: { kind: 'cell', value: 0, risk: 0 }, customers: 900, p: 0.1, value: 20 },
    ],
    cac: null,
    thresholds: undefined,
    unassigned: 0,
  }) as unknown as Result<'segmentCustomers'>;

let db: TenureDb;
beforeAll(() => {
  db = openDb('tenure-simulator-state-test');
  useDb(db);
});
afterAll(() => db.close());

let datasets = 0;
const freshId = () => `simulator-${++datasets}`;

function fake() {
  return {
    listSegmentations: vi.fn(() => Promise.resolve(['valueRisk', 'lanes'])),
    listFilterFields: vi.fn(() => Promise.resolve({} as unknown as Result<'listFilterFields'>)),
    segmentCustomers: vi.fn((_: string, __: unknown, segmentation: string) =>
      Promise.resolve(segments(segmentation)),
    ),
    listTargets: vi.fn(() =>
      Promise.resolve({ ids: ['C1', 'C2'], segment: new Int32Array([0, 0]) }),
    ),
    measureUplift: vi.fn(() => Promise.reject(new Error('no campaign file was picked'))),
  } satisfies SimulatorClient;
}

describe('SimulatorState', () => {
  it('starts a scenario over the value × risk segments, with nothing spent', async () => {
    const client = fake();
    const id = freshId();
    const sim = new SimulatorState(id, (n) => `Plan ${n}`, client);
    await sim.start();
    expect(client.segmentCustomers).toHaveBeenCalledWith(id, MODEL, 'valueRisk');
    expect(sim.scenario?.name).toBe('Plan 1');
    expect(sim.scenario?.segments.map((s) => [s.key, s.spend])).toEqual([
      ['v2r2', 0],
      ['v0r0', 0],
    ]);
    expect(sim.segmentations.value).toEqual(['valueRisk', 'lanes']);
    expect(client.measureUplift).not.toHaveBeenCalled();
  });

  it('a new segmentation or model asks the worker again', async () => {
    const client = fake();
    const id = freshId();
    const sim = new SimulatorState(id, undefined, client);
    await sim.start();
    await sim.setSegmentation('lanes');
    expect(client.segmentCustomers).toHaveBeenLastCalledWith(id, MODEL, 'lanes');
    await sim.setModel({ horizon: 26 });
    expect(client.segmentCustomers).toHaveBeenLastCalledWith(
      id,
      { ...MODEL, horizon: 26 },
      'lanes',
    );
    expect(sim.scenario?.segmentation).toBe('lanes');
  });

  it('keeps the edited scenario, and a new visit of the data set reopens it', async () => {
    const id = freshId();
    const sim = new SimulatorState(id, undefined, fake());
    await sim.start();
    sim.setSpend(0, 500);
    await sim.keep();
    const again = new SimulatorState(id, undefined, fake());
    await again.start();
    expect(again.scenario?.segments[0]?.spend).toBe(500);
  });

  it('lists the customers of the funded segments only', async () => {
    const client = fake();
    const id = freshId();
    const sim = new SimulatorState(id, undefined, client);
    await sim.start();
    sim.setSpend(1, 100);
    const targets = await sim.targets();
    expect(client.listTargets).toHaveBeenCalledWith(id, MODEL, 'valueRisk', ['v0r0']);
    expect(targets).toEqual({ ids: ['C1', 'C2'], segment: [1, 1] });
  });

  it('keeps the worker’s error and starts no scenario', async () => {
    const client = fake();
    client.segmentCustomers.mockImplementationOnce(() => Promise.reject(new Error('no model')));
    const sim = new SimulatorState(freshId(), undefined, client);
    await sim.start();
    expect(sim.data.error).toBe('no model');
    expect(sim.scenario).toBeNull();
  });
});
