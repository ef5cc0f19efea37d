/**
 * The import flow: pick a file → confirm detected settings and mapping → progress → review
 * rejected rows → done. All file work happens in the import worker; this class only holds
 * what the screen shows and forwards the user's decisions.
 */
import {
  importClient,
  progressCallback,
  type FileDetection,
  type ImportOutcome,
  type ImportProgress,
} from '../bridge/import-client.ts';
import type { ImportSettings, PreviewRow, TransactionRole } from '../core/index.ts';
import { REQUIRED_ROLES } from '../core/index.ts';

export type ImportStep = 'pick' | 'detecting' | 'mapping' | 'importing' | 'review';

type Reviewed = Extract<ImportOutcome, { status: 'review' | 'done' }>;

export class ImportState {
  #step = $state<ImportStep>('pick');
  #file = $state.raw<File | null>(null);
  #detection = $state.raw<FileDetection | null>(null);
  #settings = $state.raw<ImportSettings | null>(null);
  #preview = $state.raw<PreviewRow[]>([]);
  #progress = $state.raw<ImportProgress | null>(null);
  #outcome = $state.raw<Reviewed | null>(null);
  #error = $state<string | null>(null);
  #previewVersion = 0;

  readonly missingRoles = $derived(
    REQUIRED_ROLES.filter((role) => this.#settings?.columns[role] === undefined),
  );

  get step() {
    return this.#step;
  }
  get file() {
    return this.#file;
  }
  get detection() {
    return this.#detection;
  }
  get settings() {
    return this.#settings;
  }
  get preview() {
    return this.#preview;
  }
  get progress() {
    return this.#progress;
  }
  get outcome() {
    return this.#outcome;
  }
  get error() {
    return this.#error;
  }

  /** Starts over with a new file: detection runs in the worker. */
  async choose(file: File): Promise<void> {
    this.reset();
    this.#file = file;
    this.#step = 'detecting';
    try {
      const detection = await importClient().detectFile(file);
      if (this.#file !== file) return;
      this.#detection = detection;
      this.#settings = detection.detection.settings;
      this.#preview = detection.detection.preview;
      this.#step = 'mapping';
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Changes one setting and recomputes the preview (latest change wins). */
  async update(change: Partial<ImportSettings>): Promise<void> {
    if (!this.#settings || !this.#file) return;
    this.#settings = { ...this.#settings, ...change };
    const version = ++this.#previewVersion;
    try {
      const { preview, headers } = await importClient().previewFile(this.#file, this.#settings);
      if (version !== this.#previewVersion || !this.#detection) return;
      this.#preview = preview;
      this.#detection = {
        ...this.#detection,
        detection: { ...this.#detection.detection, headers },
      };
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Maps a role to a column index, or removes it (undefined); a column has one role. */
  async mapRole(role: TransactionRole, column: number | undefined): Promise<void> {
    if (!this.#settings) return;
    const columns = { ...this.#settings.columns };
    for (const [other, index] of Object.entries(columns)) {
      if (index === column) delete columns[other as TransactionRole];
    }
    if (column === undefined) delete columns[role];
    else columns[role] = column;
    await this.update({ columns });
  }

  /** Runs the import; resolves with the data set id once it is committed, else null. */
  async start(): Promise<string | null> {
    const file = this.#file;
    const settings = this.#settings;
    const headers = this.#detection?.detection.headers;
    if (!file || !settings || !headers || this.missingRoles.length > 0) return null;
    this.#step = 'importing';
    this.#progress = null;
    try {
      const outcome = await importClient().importTransactions(
        file,
        file.name,
        settings,
        headers,
        progressCallback((p) => (this.#progress = p)),
      );
      if (outcome.status === 'cancelled') {
        this.reset();
        return null;
      }
      this.#outcome = outcome;
      if (outcome.status === 'done') return outcome.datasetId;
      this.#step = 'review';
      return null;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  /** One click: fetches the bundled sample and imports it with the detected settings. */
  async importSample(): Promise<string | null> {
    try {
      const response = await fetch('/sample/transactions.csv');
      if (!response.ok)
        throw new Error(`The sample data could not be loaded (${response.status}).`);
      const file = new File([await response.blob()], 'Sample coffee shop.csv', {
        type: 'text/csv',
      });
      await this.choose(file);
      if (this.#step !== 'mapping') return null;
      const datasetId = await this.start();
      if (datasetId) this.reset();
      return datasetId;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  cancel(): void {
    void importClient().cancel();
  }

  /** Keeps the valid rows of an import under review. */
  async keep(): Promise<string | null> {
    const outcome = this.#outcome;
    if (!outcome) return null;
    try {
      await importClient().commitImport(outcome.datasetId);
      return outcome.datasetId;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  /** Drops an import under review. */
  async discard(): Promise<void> {
    const outcome = this.#outcome;
    if (outcome) await importClient().discardImport(outcome.datasetId);
    this.reset();
  }

  reset(): void {
    this.#step = 'pick';
    this.#file = null;
    this.#detection = null;
    this.#settings = null;
    this.#preview = [];
    this.#progress = null;
    this.#outcome = null;
    this.#error = null;
  }

  dismissError(): void {
    this.#error = null;
  }

  #fail(error: unknown): void {
    this.#error = error instanceof Error ? error.message : String(error);
    this.#step = this.#detection ? 'mapping' : 'pick';
  }
}
