/**
 * Registers the Workbox service worker (production builds only). It precaches the app and
 * its lazy chunks, so after one visit Tenure loads and works with no network. A new version
 * installs in the background and waits: the user is asked, and the page reloads only when
 * they accept — never by itself, and never while work is running.
 */
import { Workbox } from 'workbox-window';

export class ServiceWorkerUpdates {
  #workbox: Workbox | undefined;
  #onReady: (() => void) | undefined;

  /** Starts registration; `onUpdateReady` is called when a new version is waiting. */
  register(onUpdateReady: () => void): void {
    this.#onReady = onUpdateReady;
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const workbox = new Workbox('/sw.js');
    this.#workbox = workbox;
    workbox.addEventListener('waiting', () => this.#onReady?.());
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
