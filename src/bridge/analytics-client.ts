/** Typed client of the analytics worker (started on first use, one per tab). */
import { wrap, type Remote } from 'comlink';
import type { AnalyticsApi } from '../../workers/analytics.api.ts';

let client: Remote<AnalyticsApi> | undefined;

export function analyticsClient(): Remote<AnalyticsApi> {
  client ??= wrap<AnalyticsApi>(
    new Worker(new URL('../../workers/analytics.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client;
}

export type { AnalyticsApi };
export type * from '../../workers/analytics/protocol/index.ts';
