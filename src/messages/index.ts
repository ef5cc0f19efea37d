/**
 * The messages the app registers at start-up: its own (header, navigation, shared UI) and those
 * of the two screens in the start-up bundle, Data sets and Import. Each analysis screen
 * registers its own when it loads (features/screens.ts).
 */
import { registerMessages, type MessageBundle } from '../ui/i18n/index.ts';
import { messages as workspace } from '../features/workspace/messages/index.ts';
import { messages as importing } from '../features/import/messages/index.ts';
import { en } from './en.ts';

export const messages: MessageBundle = {
  en,
  ru: async () => (await import('./ru.ts')).ru,
  bg: async () => (await import('./bg.ts')).bg,
  ro: async () => (await import('./ro.ts')).ro,
};

/** Registers the start-up messages (English then: the saved language loads later). */
export function registerAppMessages(): void {
  for (const bundle of [messages, workspace, importing]) void registerMessages(bundle);
}
