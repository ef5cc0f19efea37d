/**
 * Registers the Workbox service worker (production builds only). It precaches the app so a
 * second visit works offline; a new version waits until the user accepts it.
 */
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js');
  workbox
    .register()
    .catch((error: unknown) => console.warn('Service worker not registered', error));
}
