/**
 * Registers the Workbox service worker (production builds only). It precaches the app and
 * its lazy chunks, so after one visit Tenure loads and works with no network. A new version
 * installs in the background and waits: the user is asked, and the page reloads only when
 * they accept — never by itself, and never while work is running.
 */
import { Workbox } from 'workbox-window';
import { OnceQuiet } from './quiet.ts';

/**
 * How long the app must be free of an import before it registers. Installing fetches and
 * stores every file of the app (over a hundred); on a first visit beside an import of 1M
 * rows, the import's worker took ~25 % longer on a two-core laptop.
 */
export const QUIET_MS = 3000;

export class ServiceWorkerUpdates {
  #workbox: Workbox | undefined;
  readonly #onReady: () => void;
  readonly #registration = new OnceQuiet(() => this.#register(), QUIET_MS);

  /** `onUpdateReady` is called when a new version is waiting. */
  constructor(onUpdateReady: () => void) {
    this.#onReady = onUpdateReady;
  }

  /** Registers once nothing has been `busy` for QUIET_MS; called whenever that changes. */
  registerWhenQuiet(busy: boolean): void {
    if (import.meta.env.PROD && 'serviceWorker' in navigator) this.#registration.busy(busy);
  }

  #register(): void {
    const workbox = new Workbox('/sw.js');
    this.#workbox = workbox;
    workbox.addEventListener('waiting', () => this.#onReady());
    workbox.register().catch((error: unknown) => {
      console.warn('Service worker not registered: the app will not work offline.', error);
    });
  }

  /** Activates the waiting version and reloads once it controls the page. */
  apply(): void {
    const workbox = this.#workbox;
    if (!workbox) return;
    workbox.addEventListener('controlling', () => location.reload());
    workbox.messageSkipWaiting();
  }
}
