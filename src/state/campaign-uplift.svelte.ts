/**
 * The simulator's ex-post campaign check: a campaign file (treatment and control customers)
 * picked by the user, its retention window and channel, and the uplift the analytics worker
 * measures per segment of the simulator's current segmentation.
 */
import { analyticsClient, type AnalyticsCalls } from '../bridge/analytics-client.ts';
import { Resource } from './resource.svelte.ts';
import type { ModelParams, SimulatorUplift } from './simulator-types.ts';

/** What the uplift is measured on: the simulator's data set, model and segmentation. */
export interface UpliftSource {
  readonly datasetId: string;
  readonly model: ModelParams;
  readonly segmentation: string;
}

/** The part of the analytics worker the uplift check calls. */
export type UpliftClient = AnalyticsCalls<'measureUplift'>;

export class CampaignUplift {
  /** The observed uplift of the campaign file the user picked (null: none picked). */
  readonly result = new Resource<SimulatorUplift>();
  #source: UpliftSource;
  #campaign = $state.raw<{ name: string; text: string } | null>(null);
  #window = $state<number | null>(null);
  #channel = $state<string | null>(null);

  readonly #client: UpliftClient;

  constructor(source: UpliftSource, client: UpliftClient = analyticsClient()) {
    this.#source = source;
    this.#client = client;
  }

  /** The file's channel whose rows are measured (null: all rows). */
  get channel() {
    return this.#channel;
  }
  get name() {
    return this.#campaign?.name ?? null;
  }

  /** Reads a campaign file (treatment and control customers) and measures its uplift. */
  async load(name: string, text: string): Promise<void> {
    this.#campaign = { name, text };
    this.#window = null;
    this.#channel = null;
    await this.refresh();
  }

  /** The retention window W in days (null: the data's suggestion). */
  async setWindow(days: number | null): Promise<void> {
    this.#window = days;
    await this.refresh();
  }

  /** Measures only the file's rows of one channel (null: all rows). */
  async setChannel(channel: string | null): Promise<void> {
    this.#channel = channel;
    await this.refresh();
  }

  /** Measures again (the segments or the model changed); nothing when no file is picked. */
  async refresh(): Promise<void> {
    const campaign = this.#campaign;
    if (!campaign) return;
    const { datasetId, segmentation } = this.#source;
    const model = $state.snapshot(this.#source.model);
    await this.result.run(() =>
      this.#client.measureUplift(
        datasetId,
        model,
        segmentation,
        campaign.text,
        this.#window,
        this.#channel,
      ),
    );
  }
}
