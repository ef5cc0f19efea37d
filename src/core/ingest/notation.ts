/**
 * Decisions on the number and date notation from whole-file evidence, and the warnings that
 * say what the file cannot decide. Warnings are codes with parameters and example lines: the
 * UI and the CLI word them (no sentences are built here).
 */
import type { ImportWarning } from './types.ts';
import type { FileEvidence, Tally } from './evidence.ts';
import type {
  DateFormat,
  DecimalSeparator,
  Delimiter,
  ImportSettings,
  ThousandsSeparator,
} from './types.ts';

export type WarningCode =
  /** Only `1.500`-style amounts: the mark was read as a thousands mark (1 500). */
  | 'amount.thousandsAssumed'
  /** Only `1.500`-style amounts: the mark was read as a decimal mark (1.5). */
  | 'amount.decimalAssumed'
  /** Both decimal marks occur unambiguously; the minority's rows cannot be read. */
  | 'amount.mixedDecimal'
  /** Later rows contradicted the number notation first proposed; it was changed. */
  | 'amount.formatChanged'
  /** Only day ≤ 12 dates: day-first or month-first was chosen without proof. */
  | 'date.orderAssumed'
  /** Both a day above 12 in the first place and one in the second occur. */
  | 'date.mixedOrder'
  /** Later rows contradicted the date format first proposed; it was changed. */
  | 'date.formatChanged'
  /** Dates are written in more than one way. */
  | 'date.mixedFormats';

export type { ImportWarning };

/** Why the file looks like it comes from a decimal-comma locale, if it does. */
export type LocaleHint = 'semicolon' | 'dottedDates' | 'headers' | null;

const LOCALE_LETTERS = /[\u0400-\u04ff\u0103\u00e2\u00ee\u0219\u0218\u021b\u021a\u015f\u0163]/i;

/** Locale evidence for a decimal comma: `;` delimiter, dotted dates, Cyrillic/Romanian headers. */
export function localeHint(
  delimiter: Delimiter,
  headers: readonly string[],
  evidence: FileEvidence,
): LocaleHint {
  if (delimiter === ';') return 'semicolon';
  if (evidence.dotted > 0 && evidence.dotted * 2 >= evidence.dates.dayMonth.count) {
    return 'dottedDates';
  }
  if (headers.some((h) => LOCALE_LETTERS.test(h))) return 'headers';
  return null;
}

export interface NumberDecision {
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
  /** What decided: 'point'/'comma' (unambiguous amounts), 'locale', 'none'. */
  by: 'evidence' | 'locale' | 'default';
}

/** Decimal and thousands marks from every amount of the file. */
export function decideNumbers(e: FileEvidence, hint: LocaleHint): NumberDecision {
  const a = e.amounts;
  let decimal: DecimalSeparator;
  let by: NumberDecision['by'] = 'evidence';
  if (a.pointDecimal.count !== a.commaDecimal.count) {
    decimal = a.pointDecimal.count > a.commaDecimal.count ? '.' : ',';
  } else if (a.point3.count > 0 || a.comma3.count > 0) {
    // Only `1.500` / `1,500`: the locale decides; a comma locale groups with dots.
    by = 'locale';
    const commaLocale = hint !== null;
    if (a.point3.count > 0 && a.comma3.count === 0) decimal = commaLocale ? ',' : '.';
    else if (a.comma3.count > 0 && a.point3.count === 0) decimal = commaLocale ? ',' : '.';
    else decimal = commaLocale ? ',' : '.';
  } else {
    by = 'default';
    decimal = '.';
  }
  return { decimal, thousands: thousandsFor(e, decimal), by };
}

function thousandsFor(e: FileEvidence, decimal: DecimalSeparator): ThousandsSeparator {
  const a = e.amounts;
  if (decimal === '.' && (a.commaGroups.count > 0 || a.comma3.count > 0)) return ',';
  if (decimal === ',' && (a.pointGroups.count > 0 || a.point3.count > 0)) return '.';
  return a.spaceGroups.count > 0 ? ' ' : '';
}

export interface DateDecision {
  dateFormat: DateFormat;
  by: 'evidence' | 'dots' | 'order' | 'locale' | 'default';
}

const SHAPE_FORMAT = { iso: 'iso', ymd: 'ymd', compact: 'yyyymmdd', serial: 'excel' } as const;

/** The date format from every date of the file. */
export function decideDates(e: FileEvidence, hint: LocaleHint): DateDecision {
  const shape = majorityShape(e);
  if (shape === null) return { dateFormat: 'iso', by: 'default' };
  if (shape !== 'dayMonth') return { dateFormat: SHAPE_FORMAT[shape], by: 'evidence' };
  const first = e.firstHigh.count;
  const second = e.secondHigh.count;
  if (first !== second) return { dateFormat: first > second ? 'dmy' : 'mdy', by: 'evidence' };
  if (e.dotted > 0) return { dateFormat: 'dmy', by: 'dots' };
  if (e.stepsInOrderMdy !== e.stepsInOrderDmy) {
    return { dateFormat: e.stepsInOrderMdy > e.stepsInOrderDmy ? 'mdy' : 'dmy', by: 'order' };
  }
  return { dateFormat: 'dmy', by: hint === null ? 'default' : 'locale' };
}

type Shape = keyof typeof SHAPE_FORMAT | 'dayMonth';
const SHAPES: readonly Shape[] = ['iso', 'ymd', 'dayMonth', 'compact', 'serial'];

function majorityShape(e: FileEvidence): Shape | null {
  let best: Shape | null = null;
  for (const s of SHAPES) {
    if (e.dates[s].count > (best === null ? 0 : e.dates[best].count)) best = s;
  }
  return best;
}

function shapeOf(format: DateFormat): Shape {
  if (format === 'dmy' || format === 'mdy') return 'dayMonth';
  return format === 'yyyymmdd' ? 'compact' : format === 'excel' ? 'serial' : format;
}

/** '' and the spaces read the same: spaces always group thousands. */
const grouping = (t: ThousandsSeparator) => (t === '.' || t === ',' ? t : '');

export interface Reconciled {
  settings: ImportSettings;
  /** True when the file contradicts the settings it was read with: read it again. */
  changed: boolean;
  warnings: ImportWarning[];
}

/**
 * Compares the settings a file was read with against what the whole file shows. A setting is
 * changed only where the file contradicts it (a day above 12 in the month place, an amount
 * that only reads with another mark), and only if the user did not fix it.
 */
export function reconcile(
  settings: ImportSettings,
  e: FileEvidence,
  hint: LocaleHint,
  fixed: Partial<Pick<ImportSettings, 'decimal' | 'thousands' | 'dateFormat'>> = {},
): Reconciled {
  const next = { ...settings };
  const changes: ImportWarning[] = [];
  const a = e.amounts;
  if (fixed.decimal === undefined) {
    const numbers = decideNumbers(e, hint);
    // A grouping mark matters only for `1,500`-style amounts: the others read either way.
    const ambiguous = numbers.decimal === '.' ? a.comma3.count : a.point3.count;
    // Ambiguous amounts the first rows did not show are read as the file's locale suggests.
    const lateAmbiguity = numbers.by === 'locale' && numbers.decimal !== settings.decimal;
    const contradicted =
      lateAmbiguity ||
      (numbers.by === 'evidence' &&
        (numbers.decimal !== settings.decimal ||
          (ambiguous > 0 && grouping(numbers.thousands) !== grouping(settings.thousands))));
    if (contradicted) {
      next.decimal = numbers.decimal;
      if (fixed.thousands === undefined) next.thousands = numbers.thousands;
      const proof = lateAmbiguity
        ? a.point3.count > 0
          ? a.point3
          : a.comma3
        : numbers.decimal !== settings.decimal
          ? numbers.decimal === '.'
            ? a.pointDecimal
            : a.commaDecimal
          : numbers.decimal === '.'
            ? a.comma3
            : a.point3;
      changes.push(
        warning('amount.formatChanged', proof, {
          fromDecimal: settings.decimal,
          toDecimal: next.decimal,
          fromThousands: settings.thousands,
          toThousands: next.thousands,
        }),
      );
    }
  }
  if (fixed.dateFormat === undefined) {
    const dates = decideDates(e, hint);
    const shape = majorityShape(e);
    const wrongShape = shape !== null && shapeOf(settings.dateFormat) !== shape;
    const wrongOrder =
      dates.by === 'evidence' &&
      shape === 'dayMonth' &&
      (settings.dateFormat === 'dmy' || settings.dateFormat === 'mdy') &&
      dates.dateFormat !== settings.dateFormat;
    const isoAsYmd = settings.dateFormat === 'ymd' && dates.dateFormat === 'iso';
    if ((wrongShape || wrongOrder) && !isoAsYmd) {
      next.dateFormat = dates.dateFormat;
      const proof = wrongOrder
        ? dates.dateFormat === 'mdy'
          ? e.secondHigh
          : e.firstHigh
        : e.dates[shape];
      changes.push(
        warning('date.formatChanged', proof, {
          from: settings.dateFormat,
          to: dates.dateFormat,
        }),
      );
    }
  }
  return {
    settings: next,
    changed: changes.length > 0,
    warnings: [...changes, ...notationWarnings(next, e)],
  };
}

function warning(
  code: WarningCode,
  t: Tally,
  params: Record<string, string | number> = {},
): ImportWarning {
  return { code, params: { count: t.count, sample: t.sample, ...params }, lines: [...t.lines] };
}

/** What the file leaves uncertain under these settings. */
export function notationWarnings(settings: ImportSettings, e: FileEvidence): ImportWarning[] {
  const out: ImportWarning[] = [];
  const a = e.amounts;
  if (a.pointDecimal.count === 0 && a.commaDecimal.count === 0) {
    for (const [t, mark] of [
      [a.point3, '.'],
      [a.comma3, ','],
    ] as const) {
      if (t.count === 0) continue;
      const asThousands = mark !== settings.decimal;
      out.push(
        warning(asThousands ? 'amount.thousandsAssumed' : 'amount.decimalAssumed', t, { mark }),
      );
    }
  } else if (a.pointDecimal.count > 0 && a.commaDecimal.count > 0) {
    const minority = settings.decimal === '.' ? a.commaDecimal : a.pointDecimal;
    out.push(warning('amount.mixedDecimal', minority, { decimal: settings.decimal }));
  }
  const shape = majorityShape(e);
  if (shape === 'dayMonth' && (settings.dateFormat === 'dmy' || settings.dateFormat === 'mdy')) {
    if (e.firstHigh.count === 0 && e.secondHigh.count === 0) {
      out.push(warning('date.orderAssumed', e.dates.dayMonth, { format: settings.dateFormat }));
    } else if (e.firstHigh.count > 0 && e.secondHigh.count > 0) {
      const minority = settings.dateFormat === 'dmy' ? e.secondHigh : e.firstHigh;
      out.push(warning('date.mixedOrder', minority, { format: settings.dateFormat }));
    }
  }
  if (shape !== null) {
    for (const other of [...SHAPES, 'other'] as const) {
      if (other === shape || e.dates[other].count === 0) continue;
      out.push(warning('date.mixedFormats', e.dates[other], { format: settings.dateFormat }));
    }
  }
  return out;
}
