/**
 * The Lifetime value screen's state: the data set's overview (from the analytics worker) and the
 * inputs its sections share, which start from the overview's suggestions and the choices kept
 * for the tab. The sections compute their own figures from these.
 */
import { analyticsClient, type AnalyticsCalls } from '../../bridge/analytics-client.ts';
import { recallChoices, rememberChoices } from '../../state/choices.ts';
import { Resource } from '../../state/resource.svelte.ts';
import type { Overview } from './sections.ts';
import { LtvSettings, type LtvChoices } from './settings.svelte.ts';

/** The part of the analytics worker the screen calls (a fake one in the unit test). */
export type LtvClient = AnalyticsCalls<'describeDataset'>;

export class LtvView {
  readonly overview = new Resource<Overview>();
  readonly datasetId: string;
  #settings = $state.raw<LtvSettings | undefined>();
  readonly #client: LtvClient;

  constructor(datasetId: string, client: LtvClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
  }

  /** The inputs, once the overview has suggested their defaults. */
  get settings(): LtvSettings | undefined {
    return this.#settings;
  }

  /** Loads the overview; the inputs start from its suggestions and the kept choices. */
  async start(): Promise<void> {
    await this.overview.run(() => this.#client.describeDataset(this.datasetId));
    const value = this.overview.value;
    if (value && !this.#settings) {
      this.#settings = new LtvSettings(
        { window: value.window.days, hasCost: value.hasCost, attributes: value.attributes },
        recallChoices<LtvChoices>('ltv', this.datasetId),
      );
    }
  }

  /**
   * Keeps valid inputs for the tab: the screen reopens with them and the Report uses them.
   * The screen calls it in an effect, so it runs again whenever an input changes.
   */
  remember(): void {
    const settings = this.#settings;
    if (settings && settings.invalid.length === 0) {
      rememberChoices('ltv', this.datasetId, settings.choices);
    }
  }
}
