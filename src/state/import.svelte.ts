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
import type {
  CurrencyGuess,
  DateFormat,
  DecimalSeparator,
  FileKind,
  ImportSettings,
  ImportWarning,
  ThousandsSeparator,
  PreviewRow,
  SpaceShortfall,
  TransactionRole,
} from '../core/index.ts';
import { REQUIRED_ROLES, languageCurrency } from '../core/index.ts';
import { handOver, type HandedColumns } from '../bridge/analytics-client.ts';
import { checkSpace, errorText, sampleFile } from './import-support.ts';
import { currentLocale } from '../ui/i18n/index.ts';

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
  #kind = $state<FileKind>('transactions');
  #joinTarget = $state<string | null>(null);
  #space = $state.raw<SpaceShortfall | null>(null);
  #spaceAccepted = $state(false);
  #warnings = $state.raw<ImportWarning[]>([]);
  /** The currency the user picked at the mapping step (null: the guess stands). */
  #currency = $state<string | null>(null);
  /** Set once the whole file changed the settings: the next import keeps what is shown. */
  #redecided = false;
  /** Number and date settings the user chose by hand: reading the whole file keeps them. */
  #fixed: { decimal?: DecimalSeparator; thousands?: ThousandsSeparator; dateFormat?: DateFormat } =
    {};
  #previewVersion = 0;

  /**
   * Set when a transactions import of the chosen file would not fit in the storage the
   * browser grants: the estimate and what is free. The import then needs `acceptSpaceRisk`.
   */
  readonly spaceWarning = $derived(
    this.#kind === 'transactions' && !this.#spaceAccepted ? this.#space : null,
  );

  /** Required roles without a column (transactions files only). */
  readonly missingRoles = $derived(
    this.#kind === 'transactions'
      ? REQUIRED_ROLES.filter((role) => this.#settings?.columns[role] === undefined)
      : [],
  );

  get kind() {
    return this.#kind;
  }
  set kind(kind: FileKind) {
    this.#kind = kind;
  }
  /** The data set a customers file joins. */
  get joinTarget() {
    return this.#joinTarget;
  }
  set joinTarget(datasetId: string | null) {
    this.#joinTarget = datasetId;
  }

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
  /**
   * What the file leaves uncertain (detection) or what reading the whole file changed, with
   * example lines: the mapping step shows these before the import.
   */
  get warnings() {
    return this.#warnings;
  }

  /** What the file's amounts or headers say about their currency (null: nothing). */
  get currencyGuess(): CurrencyGuess | null {
    return this.#detection?.detection.currency ?? null;
  }
  /** The currency the data set gets: the user's pick, else the guess, else the language's. */
  get currency(): string {
    return this.#currency ?? this.currencyGuess?.code ?? languageCurrency(currentLocale());
  }
  set currency(code: string) {
    this.#currency = code;
  }

  /** Starts over with a new file: detection runs in the worker. */
  async choose(file: File): Promise<void> {
    this.reset();
    this.#file = file;
    this.#step = 'detecting';
    try {
      // A workbook is unpacked here: its rows read so far show while it is.
      const unpacking = progressCallback((p) => (this.#progress = p));
      const detection = await importClient().detectFile(file, undefined, unpacking);
      const space = await checkSpace(detection.estimatedBytes);
      if (this.#file !== file) return;
      this.#space = space;
      this.#detection = detection;
      this.#kind = detection.detection.kind;
      this.#settings = detection.detection.settings;
      this.#preview = detection.detection.preview;
      this.#warnings = detection.detection.warnings;
      this.#step = 'mapping';
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Changes one setting and recomputes the preview (latest change wins). A new encoding,
   * delimiter or header choice changes what the columns are, so the rest is detected again.
   */
  async update(change: Partial<ImportSettings>): Promise<void> {
    if (!this.#settings || !this.#file) return;
    this.#settings = { ...this.#settings, ...change };
    const { decimal, thousands, dateFormat } = change;
    if (decimal !== undefined) this.#fixed.decimal = decimal;
    if (thousands !== undefined) this.#fixed.thousands = thousands;
    if (dateFormat !== undefined) this.#fixed.dateFormat = dateFormat;
    const version = ++this.#previewVersion;
    try {
      const layout = ['encoding', 'delimiter', 'hasHeader', 'headerRow', 'sheet'] as const;
      if (layout.some((key) => key in change)) {
        const { encoding, delimiter, hasHeader, headerRow, sheet } = this.#settings;
        // Another sheet of a workbook is another table: everything is detected again.
        const fixed =
          'sheet' in change
            ? { sheet }
            : {
                encoding,
                delimiter,
                hasHeader,
                // A new encoding or delimiter may find the table elsewhere: only a chosen line holds.
                ...('headerRow' in change && { headerRow }),
                ...(sheet !== undefined && { sheet }),
              };
        const detection = await importClient().redetectFile(this.#file, fixed);
        if (version !== this.#previewVersion || !this.#detection) return;
        this.#detection = { ...this.#detection, detection };
        this.#settings = detection.settings;
        this.#preview = detection.preview;
        this.#warnings = detection.warnings;
        return;
      }
      const { preview, headers, warnings } = await importClient().previewFile(
        this.#file,
        this.#settings,
      );
      if (version !== this.#previewVersion || !this.#detection) return;
      this.#preview = preview;
      this.#detection = {
        ...this.#detection,
        detection: { ...this.#detection.detection, headers, warnings },
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

  /**
   * The user chose to import although the estimate says it will not fit. Should the quota
   * run out part-way, the import fails as a whole and nothing is stored.
   */
  acceptSpaceRisk(): void {
    this.#spaceAccepted = true;
  }

  /** Runs the import; resolves with the data set id once it is committed, else null. */
  async start(): Promise<string | null> {
    const file = this.#file;
    const settings = this.#settings;
    const headers = this.#detection?.detection.headers;
    if (!file || !settings || !headers || this.missingRoles.length > 0) return null;
    if (this.spaceWarning) return null;
    this.#step = 'importing';
    this.#progress = null;
    const worker = importClient();
    try {
      let outcome: ImportOutcome;
      if (this.#kind === 'customers') {
        if (!this.#joinTarget)
          throw new Error('Choose the data set this customers file belongs to.');
        outcome = await worker.importCustomers(
          file,
          file.name,
          settings,
          headers,
          this.#joinTarget,
        );
      } else if (this.#kind === 'summary') {
        outcome = await worker.importSummary(file, file.name, settings, headers, this.currency);
      } else {
        outcome = await worker.importTransactions(
          file,
          file.name,
          settings,
          headers,
          progressCallback((p) => (this.#progress = p)),
          this.#redecided
            ? null
            : { fixed: { ...this.#fixed }, seen: this.#warnings.map((w) => w.code) },
          this.currency,
        );
      }
      if (outcome.status === 'cancelled') {
        this.reset();
        return null;
      }
      if (outcome.status === 'redecided') {
        // Nothing was stored: back to the mapping step with the settings the file supports.
        this.#redecided = true;
        this.#settings = outcome.settings;
        this.#warnings = outcome.warnings;
        this.#preview = (await worker.previewFile(file, outcome.settings)).preview;
        this.#step = 'mapping';
        return null;
      }
      if (outcome.status === 'done') {
        const { handed, ...done } = outcome;
        this.#outcome = done;
        return committed(outcome.datasetId, handed);
      }
      this.#outcome = outcome;
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
      // The bundled sample is small: it is tried even when space looks short (a quota error
      // is explained and leaves nothing behind).
      this.#spaceAccepted = true;
      const datasetId = await this.start();
      if (!datasetId) return null;
      await this.choose(await sampleFile('/sample/customers.csv', 'Sample customers.csv'));
      this.#joinTarget = datasetId;
      if (this.#kind === 'customers' && (await this.start())) this.reset();
      return datasetId;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  cancel(): void {
    void importClient().cancel();
  }

  /**
   * Starts the import worker and opens its database connection while the user picks a file
   * (detection need not wait for either).
   */
  warm(): void {
    void importClient().prepare();
  }

  /** Keeps the valid rows of an import under review. */
  async keep(): Promise<string | null> {
    const outcome = this.#outcome;
    if (!outcome) return null;
    try {
      const { datasetId, handed } = await importClient().commitImport(outcome.datasetId);
      return committed(datasetId, handed);
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  /**
   * Drops the import under review and goes back to the mapping step with a setting changed
   * (dates far outside the file, found only by reading all of it, excluded).
   */
  async revise(change: Partial<ImportSettings>): Promise<void> {
    const outcome = this.#outcome;
    if (outcome) await importClient().discardImport(outcome.datasetId);
    this.#outcome = null;
    this.#step = 'mapping';
    await this.update(change);
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
    this.#kind = 'transactions';
    this.#space = null;
    this.#spaceAccepted = false;
    this.#warnings = [];
    this.#currency = null;
    this.#redecided = false;
    this.#fixed = {};
  }

  dismissError(): void {
    this.#error = null;
  }

  #fail(error: unknown): void {
    this.#error = errorText(error);
    this.#step = this.#detection ? 'mapping' : 'pick';
  }
}

/**
 * A committed import's id, its rows (when the import kept them) passed on to the analytics
 * worker, which loads the new data set next (the summary's head start).
 */
function committed(datasetId: string, handed: HandedColumns | undefined): string {
  if (handed) handOver(datasetId, handed).catch(() => undefined);
  return datasetId;
}
