/**
 * The Predictive CLV screen's state (src/features/predictive/predictive-view.svelte.ts) against
 * a fake analytics worker: the report for the model settings, the holdout check for transaction
 * data only, and the open value × risk cell re-read after a settings change.
 */
import { describe, expect, it, vi } from 'vitest';
import { ModelSettings } from '../../../src/features/predictive/model-settings.svelte.ts';
import {
  PredictiveView,
  type PredictiveClient,
} from '../../../src/features/predictive/predictive-view.svelte.ts';
import type {
  HoldoutSummary,
  PredictedList,
  PredictiveReport,
} from '../../../src/features/predictive/types.ts';

const report = (kind: 'transactions' | 'summary') => ({ fit: { kind } }) as PredictiveReport;
const HOLDOUT = { periods: [] } as unknown as HoldoutSummary;
const LIST = { rows: [] } as unknown as PredictedList;
const DEFAULTS = { unit: 'week', end: undefined, horizon: 52, discount: 0.002, margin: 1 };

let datasets = 0;
const freshId = () => `predictive-${++datasets}`;

function fake(kind: 'transactions' | 'summary' = 'transactions') {
  return {
    reportPredictions: vi.fn(() => Promise.resolve(report(kind))),
    checkHoldout: vi.fn(() => Promise.resolve(HOLDOUT)),
    listGridGroup: vi.fn(() => Promise.resolve(LIST)),
  } satisfies PredictiveClient;
}

describe('PredictiveView', () => {
  it('fits the model with the default settings and checks it on a holdout', async () => {
    const client = fake();
    const id = freshId();
    const view = new PredictiveView(id, client, new ModelSettings());
    await view.start();
    expect(client.reportPredictions).toHaveBeenCalledWith(id, DEFAULTS);
    expect(view.report.value?.fit.kind).toBe('transactions');
    await vi.waitFor(() => expect(view.holdout.value).toBe(HOLDOUT));
    expect(client.checkHoldout).toHaveBeenCalledWith(id, {
      unit: 'week',
      calibrationEnd: undefined,
      holdoutEnd: undefined,
    });
  });

  it('a summary file has no transactions to hold out', async () => {
    const client = fake('summary');
    const view = new PredictiveView(freshId(), client, new ModelSettings());
    await view.start();
    expect(view.report.value?.fit.kind).toBe('summary');
    expect(client.checkHoldout).not.toHaveBeenCalled();
  });

  it('re-reads the open cell for new settings, and forgets it once closed', async () => {
    const client = fake('summary');
    const settings = new ModelSettings();
    const id = freshId();
    const view = new PredictiveView(id, client, settings);
    await view.start();
    const group = { value: 2, risk: 1 } as const;
    await view.select(group);
    expect(view.group.value).toEqual({ group, list: LIST });
    settings.setUnit('day');
    await view.refresh();
    expect(client.listGridGroup).toHaveBeenCalledTimes(2);
    expect(client.listGridGroup).toHaveBeenLastCalledWith(
      id,
      { ...DEFAULTS, unit: 'day', horizon: 364, discount: 0.000285 },
      group,
    );
    view.closeGroup();
    await view.refresh();
    expect(client.listGridGroup).toHaveBeenCalledTimes(2);
  });

  it('a chosen calibration end re-runs the holdout check only', async () => {
    const client = fake();
    const view = new PredictiveView(freshId(), client, new ModelSettings());
    await view.setSplit(400);
    expect(view.split).toBe(400);
    expect(client.checkHoldout).toHaveBeenCalledWith(expect.any(String), {
      unit: 'week',
      calibrationEnd: 400,
      holdoutEnd: undefined,
    });
    expect(client.reportPredictions).not.toHaveBeenCalled();
  });
});
