/**
 * The concentration section's state: the Pareto curve of revenue or margin for the shared
 * inputs, computed by the analytics worker (latest request wins).
 */
import { analyticsClient, type AnalyticsCalls } from '../../../bridge/analytics-client.ts';
import type { Concentration } from '../../../core/index.ts';
import { Resource } from '../../../state/resource.svelte.ts';
import type { LtvSettings } from '../settings.svelte.ts';

/** The part of the analytics worker the section calls (a fake one in the unit test). */
export type ConcentrationClient = AnalyticsCalls<'measureConcentration'>;

export class ConcentrationView {
  readonly result = new Resource<Concentration>();
  readonly datasetId: string;
  readonly #client: ConcentrationClient;

  constructor(datasetId: string, client: ConcentrationClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
  }

  /** Computes the curve for the inputs; margin needs a valid margin. */
  async compute(settings: LtvSettings): Promise<void> {
    const measure = settings.measure;
    const params = { measure, ...settings.margin };
    if (measure === 'margin' && settings.invalid.includes('margin')) return;
    await this.result.run(() => this.#client.measureConcentration(this.datasetId, params));
  }
}
