/**
 * The messages of the Cohorts screen: English with the code, the other languages loaded when they
 * are the UI language; registered when the screen loads (features/screens.ts).
 */
import type { MessageBundle } from '../../../ui/i18n/index.ts';
import { en } from './en.ts';

export const messages: MessageBundle = {
  en,
  ru: async () => (await import('./ru.ts')).ru,
  bg: async () => (await import('./bg.ts')).bg,
  ro: async () => (await import('./ro.ts')).ro,
};
