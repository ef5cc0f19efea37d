/**
 * The simple LTV section's state: the lifetime value report for the shared inputs, computed by
 * the analytics worker (latest request wins).
 */
import {
  analyticsClient,
  type AnalyticsApi,
  type AnalyticsCalls,
} from '../../../bridge/analytics-client.ts';
import { Resource } from '../../../state/resource.svelte.ts';
import type { LtvSettings } from '../settings.svelte.ts';

export type LtvResult = Awaited<ReturnType<AnalyticsApi['estimateLtv']>>;

/** The part of the analytics worker the section calls (a fake one in the unit test). */
export type SimpleLtvClient = AnalyticsCalls<'estimateLtv'>;

export class SimpleLtvView {
  readonly result = new Resource<LtvResult>();
  readonly datasetId: string;
  readonly #client: SimpleLtvClient;

  constructor(datasetId: string, client: SimpleLtvClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
  }

  /** Computes the report for the inputs; nothing while one of them is invalid. */
  async compute(settings: LtvSettings): Promise<void> {
    const params = settings.params();
    if (params) await this.result.run(() => this.#client.estimateLtv(this.datasetId, params));
  }
}
