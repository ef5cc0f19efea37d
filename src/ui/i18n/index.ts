/**
 * The message catalog and Intl formatting. Components call `t('key', { vars })`; numbers and
 * dates go through the formatters here so they follow the UI locale.
 */
import { languageCurrency } from '../../core/ingest/currency.ts';

/** The UI languages, each with its own name for the language picker. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'bg', name: 'Български' },
  { code: 'ro', name: 'Română' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * Every message key: each bundle's English catalog (src/messages/en.ts, the screens'
 * messages/en.ts) adds its keys to this interface, so the shared UI types its keys without
 * importing the screens' messages.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Messages {}
export type MessageKey = Extract<keyof Messages, string>;
type Catalog = Readonly<Record<string, string>>;
type Other = Exclude<Language, 'en'>;

/** The plural forms (Intl.PluralRules) each language has besides `other`. */
interface PluralForms {
  ru: 'one' | 'few' | 'many';
  bg: 'one';
  ro: 'one' | 'few';
}
type Counted<K> = K extends `${infer Base}.other` ? Base : never;

/**
 * A translation of an English catalog E into L: every key of E and no other, plus the plural
 * forms L has that English lacks (`x.few`, `x.many` beside `x.one`/`x.other`, see tn()).
 * Written `export const ru = { … } satisfies Translation<typeof en, 'ru'>`, so a missing,
 * misspelt or stale key fails the type check.
 */
export type Translation<E, L extends Other> = Record<keyof E, string> &
  Record<`${Counted<keyof E>}.${PluralForms[L]}`, string>;

/**
 * One part of the app's messages (the app-wide ones, or a screen's): English, which comes with
 * the code that shows it, and a loader per other language.
 */
export interface MessageBundle {
  readonly en: Catalog;
  readonly ru: () => Promise<Catalog>;
  readonly bg: () => Promise<Catalog>;
  readonly ro: () => Promise<Catalog>;
}

const bundles: MessageBundle[] = [];
/** The loaded translations of each bundle, per language (the promise, so each loads once). */
const loading = new Map<MessageBundle, Partial<Record<Other, Promise<void>>>>();
// Each language's messages of every registered bundle, merged; a key a translation lacks falls
// back to English.
const catalogs: Record<Language, Record<string, string>> = { en: {}, ru: {}, bg: {}, ro: {} };
let locale: Language = 'en';

function load(bundle: MessageBundle, language: Language): Promise<void> {
  if (language === 'en') return Promise.resolve();
  const started = loading.get(bundle) ?? {};
  loading.set(bundle, started);
  return (started[language] ??= bundle[language]().then(
    (catalog) => void Object.assign(catalogs[language], catalog),
    (error: unknown) => {
      delete started[language];
      throw error;
    },
  ));
}

/**
 * Registers a bundle of messages: its English at once, and its translation into the UI
 * language, which the returned promise waits for (a screen awaits it before it renders, so no
 * key ever shows). Registering a bundle again does nothing more; setLocale loads every
 * registered bundle's translation.
 */
export function registerMessages(bundle: MessageBundle): Promise<void> {
  if (!bundles.includes(bundle)) {
    bundles.push(bundle);
    Object.assign(catalogs.en, bundle.en);
  }
  return load(bundle, locale);
}

export function isLanguage(code: string): code is Language {
  return LANGUAGES.some((l) => l.code === code);
}

/** The UI language the browser prefers, among those Tenure speaks (English otherwise). */
export function browserLanguage(): Language {
  for (const tag of globalThis.navigator?.languages ?? []) {
    const code = tag.slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return 'en';
}

/** Switches the UI language, loading its translation of every registered bundle first. */
export async function setLocale(next: Language): Promise<void> {
  // A bundle registered while these load (a screen opening) is loaded in the next round.
  let count = -1;
  while (count !== bundles.length) {
    count = bundles.length;
    await Promise.all(bundles.map((bundle) => load(bundle, next)));
  }
  locale = next;
  document.documentElement.lang = next;
}

export function currentLocale(): Language {
  return locale;
}

/** The message for `key` in the UI language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    return value === undefined
      ? `{${name}}`
      : typeof value === 'number'
        ? formatNumber(value)
        : value;
  });
}

/**
 * The message for a count, in the plural form the UI language uses for it: `key.one`,
 * `key.few`, `key.many` or `key.other` (Intl.PluralRules), with `{count}` filled in.
 */
export function tn(key: string, count: number, vars: Record<string, string | number> = {}): string {
  const rules = kept('plural', {}, () => new Intl.PluralRules(locale));
  const form = `${key}.${rules.select(count)}`;
  const known = catalogs[locale][form] ?? catalogs.en[form];
  return t((known === undefined ? `${key}.other` : form) as MessageKey, { count, ...vars });
}

/**
 * Intl formatters are costly to make (a millisecond each on a slow laptop, and a screen formats
 * hundreds of values): one per language and options, kept.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.DisplayNames;
const formatters = new Map<string, Formatter>();
function kept<T extends Formatter>(kind: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept('number', options, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept('date', options, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * Makes a number and a date formatter once the page is idle: a page's first Intl formatter
 * loads the locale data (14–38 ms measured here), which would otherwise fall on the first
 * screen that shows a number — on a first visit, the mapping step of the first import.
 */
export function warmFormatters(): void {
  const warm = () => {
    formatNumber(0);
    formatDay(0);
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(warm);
  else setTimeout(warm, 500);
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return numberFormat({ maximumFractionDigits }).format(value);
}

let currency: string | null = null;

/**
 * Sets the currency every money figure shows: the open data set's (the workspace state calls
 * this when the open data set or its currency changes), or null for the interface language's
 * usual currency. Call sites of formatMoney need not know.
 */
export function setCurrency(code: string | null): void {
  currency = code;
}

/** The ISO 4217 code money figures show now. */
export function currentCurrency(): string {
  return currency ?? languageCurrency(locale);
}

/** The currency's name in the UI language ("euro", "евро"), or the code when Intl has none. */
export function currencyName(code: string): string {
  try {
    const names = kept('names', {}, () => new Intl.DisplayNames(locale, { type: 'currency' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An amount in the open data set's currency, grouped, with the currency's usual decimals. */
export function formatMoney(value: number): string {
  return formatMoneyIn(value, currentCurrency());
}

/** An amount in a given currency (a file being imported, before it is a data set). */
export function formatMoneyIn(value: number, currency: string): string {
  return numberFormat({ style: 'currency', currency }).format(value);
}

/** A short amount for chart axes and bin labels: "€1.2K", "12 тыс. ₽". */
export function formatMoneyCompact(value: number): string {
  return numberFormat({
    style: 'currency',
    currency: currentCurrency(),
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A CSV header of a money column, with its currency: "revenue (EUR)". */
export function moneyHeader(name: string): string {
  return `${name} (${currentCurrency()})`;
}

export function formatPercent(value: number, digits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** A calendar day (days since 1970-01-01 UTC) as a date in the UI language. */
export function formatDay(day: number): string {
  return dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(day * 86_400_000));
}

export function formatTimestamp(ms: number): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return numberFormat({
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return numberFormat({ style: 'unit', unit: 'second' }).format(seconds);
  return numberFormat({ style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(
    Math.ceil(seconds / 60),
  );
}
