/** Typed client of the analytics worker (started on first use, one per tab). */
import { transfer, wrap, type Remote } from 'comlink';
import { columnBuffers } from '../core/index.ts';
import type { AnalyticsApi } from '../../workers/analytics.api.ts';
import type { HandedColumns } from '../../workers/analytics/protocol/index.ts';

/**
 * Some methods of the worker's API as the UI thread calls them (the same arguments, a promise
 * of the result): what a screen's state class needs, and what its unit test fakes.
 */
export type AnalyticsCalls<K extends keyof AnalyticsApi> = {
  [M in K]: (...args: Parameters<AnalyticsApi[M]>) => Promise<Awaited<ReturnType<AnalyticsApi[M]>>>;
};

let client: Remote<AnalyticsApi> | undefined;

export function analyticsClient(): Remote<AnalyticsApi> {
  client ??= wrap<AnalyticsApi>(
    new Worker(new URL('../../workers/analytics.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client;
}

/**
 * Moves the rows an import just stored to the analytics worker (their buffers transferred:
 * this thread's copies are emptied), so that it need not read them back from IndexedDB. Sent
 * before the data set is first asked for: one port keeps the order.
 */
export function handOver(datasetId: string, handed: HandedColumns): Promise<void> {
  return analyticsClient().handOver(datasetId, transfer(handed, columnBuffers(handed.columns)));
}

export type { AnalyticsApi };
export type * from '../../workers/analytics/protocol/index.ts';
