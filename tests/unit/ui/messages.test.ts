/**
 * Bundles of messages (ui/i18n registerMessages): English at once, the UI language's
 * translation before the registration resolves, every registered bundle's translation before a
 * language switch completes — also one registered while the switch is loading — and each
 * translation loaded once.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  registerMessages,
  setLocale,
  t,
  tn,
  type MessageBundle,
  type MessageKey,
} from '../../../src/ui/i18n/index.ts';

const key = (k: string) => k as MessageKey;

/** A bundle with one message per language, counting the loads of each translation. */
function bundle(name: string, delay = 0) {
  const loads = { ru: 0, bg: 0, ro: 0 };
  const loader = (language: 'ru' | 'bg' | 'ro', text: string) => async () => {
    loads[language]++;
    await new Promise((resolve) => setTimeout(resolve, delay));
    return { [`test.${name}`]: text };
  };
  const messages: MessageBundle = {
    en: { [`test.${name}`]: `${name} in English` },
    ru: loader('ru', `${name} по-русски`),
    bg: loader('bg', `${name} на български`),
    ro: loader('ro', `${name} în română`),
  };
  return { messages, loads };
}

beforeEach(() => vi.stubGlobal('document', { documentElement: { lang: 'en' } }));
afterEach(async () => {
  await setLocale('en');
  vi.unstubAllGlobals();
});

it('shows English once registered, the translation after a switch, each loaded once', async () => {
  const first = bundle('first');
  expect(t(key('test.first'))).toBe('test.first');
  await registerMessages(first.messages);
  expect(t(key('test.first'))).toBe('first in English');
  expect(first.loads).toEqual({ ru: 0, bg: 0, ro: 0 });

  await setLocale('ru');
  expect(t(key('test.first'))).toBe('first по-русски');
  await registerMessages(first.messages);
  await setLocale('bg');
  await setLocale('ru');
  expect(t(key('test.first'))).toBe('first по-русски');
  expect(first.loads).toEqual({ ru: 1, bg: 1, ro: 0 });
});

it('a bundle registered in another language resolves once its translation is there', async () => {
  await setLocale('ro');
  const late = bundle('late', 20);
  const registered = registerMessages(late.messages);
  expect(t(key('test.late'))).toBe('late in English');
  await registered;
  expect(t(key('test.late'))).toBe('late în română');
});

it('a switch waits for a bundle registered while it loads', async () => {
  const slow = bundle('slow', 30);
  await registerMessages(slow.messages);
  const switching = setLocale('bg');
  const opened = bundle('opened', 30);
  void registerMessages(opened.messages);
  await switching;
  expect(t(key('test.slow'))).toBe('slow на български');
  expect(t(key('test.opened'))).toBe('opened на български');
});

it('counts pick the language’s plural form, falling back to English', async () => {
  await registerMessages({
    en: { 'test.rows.one': '{count} row', 'test.rows.other': '{count} rows' },
    ru: () =>
      Promise.resolve({
        'test.rows.one': '{count} строка',
        'test.rows.few': '{count} строки',
        'test.rows.many': '{count} строк',
        'test.rows.other': '{count} строки',
      }),
    bg: () => Promise.resolve({}),
    ro: () => Promise.resolve({}),
  });
  expect(tn('test.rows', 1)).toBe('1 row');
  expect(tn('test.rows', 3)).toBe('3 rows');
  await setLocale('ru');
  expect(tn('test.rows', 3)).toBe('3 строки');
  expect(tn('test.rows', 5)).toBe('5 строк');
  await setLocale('bg');
  expect(tn('test.rows', 5)).toBe('5 rows');
});
