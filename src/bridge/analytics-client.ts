/** Typed client of the analytics worker (started on first use, one per tab). */
import { wrap, type Remote } from 'comlink';
import type { AnalyticsApi } from '../../workers/analytics.api.ts';

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

export type { AnalyticsApi };
export type * from '../../workers/analytics/protocol/index.ts';
