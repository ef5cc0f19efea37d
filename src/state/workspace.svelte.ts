/**
 * The workspace as the UI sees it: the ready data sets (live across tabs), which one is open,
 * which screen shows, storage status, and the notices shown to the user.
 */
import type { DatasetRecord } from '../storage/db.ts';
import {
  deleteDataset,
  getRejections,
  renameDataset,
  setDatasetCurrency,
  sweepUnfinished,
} from '../storage/datasets.ts';
import { languageCurrency, type RejectedRow } from '../core/index.ts';
import { importClient } from '../bridge/import-client.ts';
import { analyticsClient } from '../bridge/analytics-client.ts';
import { proxy } from 'comlink';
import type { BackupPreview, BackupSummary } from '../storage/backup.ts';
import type { WorkshopOptions } from '../storage/workshop.ts';
import { browserLanguage, isLanguage, setLocale, type Language } from '../ui/i18n/index.ts';
import { explainStorageError, plainMessage } from '../storage/errors.ts';
import {
  getSetting,
  requestPersistence,
  setSetting,
  storageStatus,
  watchDatasets,
  type StorageStatus,
} from '../storage/workspace.ts';

/** 'data', 'import', or the id of an analysis screen. */
export type Screen = string;

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** The screen a location hash names, among `screens`; the data sets screen otherwise. */
function screenFromHash(hash: string, screens: readonly Screen[]): Screen {
  const name = hash.replace(/^#\/?/, '');
  return name === 'import' || screens.includes(name) ? name : 'data';
}

export class WorkspaceState {
  #datasets = $state.raw<DatasetRecord[]>([]);
  #loaded = $state(false);
  #currentId = $state<string | null>(null);
  /** The analysis screens' ids, from the screen registry at the app's root. */
  readonly #screens: readonly Screen[];
  #screen = $state<Screen>('data');

  /** Run once a data set is imported and its columns are loaded in the analytics worker. */
  readonly #prepare: (datasetId: string) => Promise<void>;

  /**
   * `screens`: the analysis screens' ids (the registry lives above state, at the app's root);
   * `prepare`: what the first screen computes ahead for a data set just imported.
   */
  constructor(
    screens: readonly Screen[] = [],
    prepare: (datasetId: string) => Promise<void> = async () => {},
  ) {
    this.#screens = screens;
    this.#prepare = prepare;
    this.#screen = screenFromHash(globalThis.location?.hash ?? '', screens);
  }
  #storage = $state.raw<StorageStatus>({ persisted: null, usage: null, quota: null });
  #notices = $state.raw<Notice[]>([]);
  #nextNotice = 0;
  #language = $state<Language>('en');

  readonly current = $derived(
    this.#datasets.find((d) => d.id === this.#currentId) ?? this.#datasets[0] ?? null,
  );

  /** The currency money shows in: the open data set's, else the UI language's usual one. */
  readonly currency = $derived(this.current?.currency ?? languageCurrency(this.#language));

  get datasets() {
    return this.#datasets;
  }
  get loaded() {
    return this.#loaded;
  }
  get screen() {
    return this.#screen;
  }
  get storage() {
    return this.#storage;
  }
  get notices() {
    return this.#notices;
  }
  /** The UI language; changing it re-renders the app in that language. */
  get language() {
    return this.#language;
  }

  /** Switches the UI language (and remembers it for the next visit). */
  async setLanguage(language: Language): Promise<void> {
    await setLocale(language);
    this.#language = language;
    await setSetting('language', language).catch(() => undefined);
  }

  /** Sweeps unfinished imports, then follows the data set list. Returns the unsubscribe. */
  start(): () => void {
    const onHash = () => (this.#screen = screenFromHash(location.hash, this.#screens));
    addEventListener('hashchange', onHash);
    let stop = () => {};
    // The analytics worker starts and opens the database while the UI does.
    void analyticsClient().prepare(null, false);
    const begin = async () => {
      // Unfinished imports are never listed (not 'ready'): the sweep need not hold up the list.
      const swept = sweepUnfinished();
      swept.catch(() => undefined); // reported where it is awaited below
      // The list is read alongside the settings (a reload waits for both), and shown once the
      // settings say which data set was open.
      let settled = false;
      let waiting: DatasetRecord[] | undefined;
      const show = (datasets: DatasetRecord[]) => {
        this.#datasets = datasets;
        // This tab keeps showing what it shows: the data set open by default is pinned, so
        // an import in another tab (newest first) does not swap it; when it is deleted
        // elsewhere, the tab moves on to the newest remaining one.
        if (!datasets.some((d) => d.id === this.#currentId)) {
          this.#currentId = datasets[0]?.id ?? null;
        }
        this.#loaded = true;
        // Usage changes with data sets added or deleted here or in another tab.
        this.refreshStorage().catch(() => undefined);
      };
      stop = watchDatasets(
        (datasets) => (settled ? show(datasets) : (waiting = datasets)),
        (error) => this.fail(error, 'read your data sets'),
      );
      const [saved, currentId] = await Promise.all([
        getSetting<string>('language', browserLanguage()),
        getSetting<string | null>('currentDataset', null),
      ]);
      if (isLanguage(saved) && saved !== 'en') await this.setLanguage(saved);
      this.#currentId = currentId;
      settled = true;
      if (waiting) show(waiting);
      await swept;
      await this.refreshStorage();
    };
    begin().catch((error: unknown) => this.fail(error, 'open the workspace'));
    return () => {
      removeEventListener('hashchange', onHash);
      stop();
    };
  }

  go(screen: Screen): void {
    if (location.hash !== `#/${screen}`) location.hash = `#/${screen}`;
    this.#screen = screen;
  }

  /** Opens a data set, on the given screen or on the one showing now. */
  async open(datasetId: string, screen?: Screen): Promise<void> {
    this.#currentId = datasetId;
    if (screen) this.go(screen);
    await setSetting('currentDataset', datasetId);
  }

  async rename(datasetId: string, name: string): Promise<void> {
    try {
      await renameDataset(datasetId, name);
    } catch (error) {
      this.fail(error, 'rename the data set');
    }
  }

  /** Changes the currency of a data set's money figures (every screen follows). */
  async setCurrency(datasetId: string, currency: string): Promise<void> {
    try {
      await setDatasetCurrency(datasetId, currency);
    } catch (error) {
      this.fail(error, 'change the currency');
    }
  }

  async remove(dataset: DatasetRecord, message: string): Promise<void> {
    try {
      await deleteDataset(dataset.id);
      this.notify('info', message);
      await this.refreshStorage();
    } catch (error) {
      this.fail(error, 'delete the data set');
    }
  }

  /** After an import: show the new data set, then ask for persistent storage (first time). */
  async imported(datasetId: string, message: string): Promise<void> {
    // The analytics worker reads the new columns while the summary shows, and the first
    // screen's first view is computed (only a head start: a failure shows where it is asked).
    analyticsClient()
      .prepare(datasetId, true)
      .then(() => this.#prepare(datasetId))
      .catch(() => undefined);
    this.notify('info', message);
    // Show the new data set, unless the user has moved on to another screen meanwhile; then
    // ask the browser to keep the data (a round trip of 13–18 ms that the summary need not
    // wait for).
    // Read from the address: a link clicked a moment ago has changed it, but its hashchange
    // (which sets #screen) may still be queued behind the import's last answer.
    const showing = screenFromHash(location.hash, this.#screens);
    const stay = showing !== 'data' && showing !== 'import';
    await this.open(datasetId, stay ? undefined : 'data');
    await requestPersistence().catch(() => false);
    await this.refreshStorage();
  }

  /** The rejected rows kept for a data set (for review and download). */
  async rejections(datasetId: string): Promise<RejectedRow[]> {
    try {
      return await getRejections(datasetId);
    } catch (error) {
      this.fail(error, 'read the rejected rows');
      return [];
    }
  }

  /** Asks the browser to keep this site's data (shown as the storage state). */
  async persist(): Promise<void> {
    await requestPersistence().catch(() => false);
    await this.refreshStorage();
  }

  /** The whole workspace as backup bytes; progress from 0 to 1. */
  async backup(onProgress: (fraction: number) => void): Promise<Uint8Array | null> {
    try {
      return await importClient().createBackup(proxy(onProgress));
    } catch (error) {
      this.fail(error, 'create the backup');
      return null;
    }
  }

  /** An anonymised workshop pack (storage/workshop.ts) as file bytes; null when it failed. */
  async workshopPack(
    options: WorkshopOptions,
    onProgress: (fraction: number) => void,
  ): Promise<Uint8Array | null> {
    try {
      return await importClient().createWorkshopPack(options, proxy(onProgress));
    } catch (error) {
      this.fail(error, 'export for a workshop');
      return null;
    }
  }

  /** New pseudonyms for every customer in the next workshop pack. */
  async resetWorkshopKey(message: string): Promise<void> {
    try {
      await importClient().resetWorkshopKey();
      this.notify('info', message);
    } catch (error) {
      this.fail(error, 'reset the pseudonyms');
    }
  }

  /**
   * Checks a backup file and says what it holds and which data sets it would replace; throws
   * the reason it cannot be used (a plain message, also for errors from the worker).
   */
  async previewBackup(file: File): Promise<BackupPreview> {
    try {
      return await importClient().previewBackup(file);
    } catch (error) {
      throw new Error(plainMessage(error));
    }
  }

  /** Drops the checked contents the worker keeps for a preview the user cancelled. */
  forgetBackupPreview(): void {
    void importClient()
      .forgetBackupPreview()
      .catch(() => undefined);
  }

  /** Restores the previewed backup (`token`), or the file checked afresh. */
  async restore(
    file: File,
    token: string | undefined,
    message: (summary: BackupSummary) => string,
  ): Promise<void> {
    try {
      const summary = await importClient().restoreBackup(file, token);
      this.notify('info', message(summary));
      await this.refreshStorage();
    } catch (error) {
      this.fail(error, 'restore the backup');
    }
  }

  /** Deletes every data set, mapping and setting in this browser. */
  async deleteAll(message: string): Promise<void> {
    try {
      await importClient().deleteEverything();
      this.#currentId = null;
      this.notify('info', message);
      await this.refreshStorage();
    } catch (error) {
      this.fail(error, 'delete your data');
    }
  }

  async refreshStorage(): Promise<void> {
    this.#storage = await storageStatus();
  }

  notify(kind: Notice['kind'], text: string): void {
    const notice = { id: this.#nextNotice++, kind, text };
    this.#notices = [...this.#notices, notice];
    if (kind === 'info') setTimeout(() => this.dismiss(notice.id), 6000);
  }

  dismiss(id: number): void {
    this.#notices = this.#notices.filter((n) => n.id !== id);
  }

  /** Shows an error the user can act on; storage errors are explained. */
  fail(error: unknown, action: string): void {
    this.notify('error', explainStorageError(error, action).message);
  }
}
