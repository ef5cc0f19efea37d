/**
 * The analytics worker's API: every computation over a stored data set runs here, off the
 * UI thread. The open data set and what is derived from it live in its session
 * (analytics/session.ts); results are also cached in IndexedDB by data set and parameters.
 * Every type on the wire is in analytics/protocol/.
 */
import { descriptive } from './analytics/descriptive.ts';
import { prepare } from './analytics/context.ts';
import { predictive } from './analytics/predictive.ts';
import { simulator } from './analytics/simulator.ts';
import { lifecycle } from './analytics/lifecycle.ts';
import { contacts } from './analytics/contacts.ts';
import { handOver } from './analytics/session.ts';
import type { HandedColumns } from '../src/storage/datasets.ts';

export const api = {
  ...descriptive,
  ...predictive,
  ...simulator,
  ...lifecycle,
  ...contacts,
  /**
   * Gets ready while the UI starts or shows an import's summary: opens the database and, with
   * `load`, reads the data set's columns and builds its customer timeline. Never fails.
   */
  async prepare(datasetId: string | null, load: boolean): Promise<void> {
    await prepare(datasetId, load);
  },
  /**
   * Takes the rows an import just stored (transferred, not copied), so that the data set's
   * columns need not be read back from IndexedDB; followed by `prepare(datasetId, true)`.
   */
  handOver(datasetId: string, handed: HandedColumns): void {
    handOver(datasetId, handed);
  },
};

export type AnalyticsApi = typeof api;
