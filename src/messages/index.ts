/** Registers the message catalogs with the shared UI: English now, the others on demand. */
import { registerCatalogs } from '../ui/i18n/index.ts';
import { en } from './en.ts';

export function registerMessages(): void {
  registerCatalogs(en, {
    ru: async () => (await import('./ru.ts')).catalog,
    bg: async () => (await import('./bg.ts')).catalog,
    ro: async () => (await import('./ro.ts')).catalog,
  });
}
