/**
 * The RFM section's state: the as-of day typed by the user, the RFM scores and segments for it
 * (from the analytics worker, latest request wins) and the customers of the segment opened.
 */
import {
  analyticsClient,
  type AnalyticsApi,
  type AnalyticsCalls,
  type CustomerList,
} from '../../../bridge/analytics-client.ts';
import { Resource } from '../../../state/resource.svelte.ts';
import { dayFromIso, isoFromDay } from './rfm-format.ts';

export type Rfm = Awaited<ReturnType<AnalyticsApi['scoreRfm']>>;

/** The part of the analytics worker the section calls (a fake one in the unit test). */
export type RfmClient = AnalyticsCalls<'scoreRfm' | 'listRfmSegment'>;

export class RfmView {
  readonly result = new Resource<Rfm>();
  readonly drill = new Resource<CustomerList>();
  readonly datasetId: string;
  #asOfText = $state('');
  #selected = $state<number | null>(null);
  /** The as-of day typed, or null while it is not a valid date. */
  readonly asOf = $derived(dayFromIso(this.#asOfText));
  readonly #client: RfmClient;

  /** The as-of day starts at the data's last day. */
  constructor(datasetId: string, lastDay: number, client: RfmClient = analyticsClient()) {
    this.datasetId = datasetId;
    this.#client = client;
    this.#asOfText = isoFromDay(lastDay);
  }

  get asOfText(): string {
    return this.#asOfText;
  }
  /** The segment whose customers are listed (null: none). */
  get selected(): number | null {
    return this.#selected;
  }

  async start(): Promise<void> {
    await this.#score();
  }

  /** A new as-of day scores everyone again and closes the list, now stale. */
  async setAsOf(text: string): Promise<void> {
    const before = this.asOf;
    this.#asOfText = text;
    if (this.asOf === before) return;
    this.close();
    await this.#score();
  }

  async open(segment: number): Promise<void> {
    const day = this.asOf;
    if (day === null) return;
    this.#selected = segment;
    await this.drill.run(() => this.#client.listRfmSegment(this.datasetId, { asOf: day, segment }));
  }

  close(): void {
    this.#selected = null;
    this.drill.clear();
  }

  async #score(): Promise<void> {
    const day = this.asOf;
    if (day === null) return;
    await this.result.run(() => this.#client.scoreRfm(this.datasetId, { asOf: day }));
  }
}
