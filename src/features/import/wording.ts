/**
 * Detection notes and import warnings in the UI language: core returns keys with parameters;
 * setting values among the parameters (date formats, thousands separators) are named through
 * the catalog too. Also the one-click alternative a warning offers.
 */
import type { ImportSettings, ImportWarning, Note } from '../../core/index.ts';
import { t, type MessageKey } from '../../ui/i18n/index.ts';

function localParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'format' || name === 'from' || name === 'to') {
      out[name] = t(`dateFormat.${value}` as MessageKey);
    } else if (name === 'delimiter') {
      out[name] = t(`delimiter.${value}` as MessageKey);
    } else if (name === 'roles') {
      const roles = String(value).split(',');
      out[name] = roles.map((r) => t(`import.role.${r}` as MessageKey)).join(', ');
    } else if (name === 'fromThousands' || name === 'toThousands') {
      out[name] = t(`thousands.${value}` as MessageKey);
    } else out[name] = value;
  }
  return out;
}

/** A detection note in the UI language. */
export function noteText(note: Note | undefined): string | undefined {
  return note ? t(note.key as MessageKey, localParams(note.params)) : undefined;
}

/**
 * The code a warning has under the current settings: after the user switched the reading of
 * `1.500`, it is no longer "read as thousands" but "read as decimal".
 */
function currentCode(w: ImportWarning, settings: ImportSettings): ImportWarning['code'] {
  if (w.code === 'amount.thousandsAssumed' || w.code === 'amount.decimalAssumed') {
    return w.params.mark === settings.decimal ? 'amount.decimalAssumed' : 'amount.thousandsAssumed';
  }
  return w.code;
}

/** A warning in the UI language, with its example lines. */
export function warningText(w: ImportWarning, settings: ImportSettings): string {
  const code = currentCode(w, settings);
  const params = localParams({
    ...w.params,
    ...(code === 'date.orderAssumed' && { format: settings.dateFormat }),
  });
  const text = t(`warning.${code}` as MessageKey, params);
  if (w.lines.length === 0) return text;
  return `${text} (${t('warning.lines', { lines: w.lines.join(', ') })})`;
}

/** The other reading a warning offers, one click away; null when there is none. */
export function alternative(
  w: ImportWarning,
  settings: ImportSettings,
): Partial<ImportSettings> | null {
  const code = currentCode(w, settings);
  const mark = w.params.mark;
  if (code === 'amount.thousandsAssumed' && (mark === '.' || mark === ',')) {
    return { decimal: mark, thousands: '' };
  }
  if (code === 'amount.decimalAssumed' && (mark === '.' || mark === ',')) {
    return { decimal: mark === '.' ? ',' : '.', thousands: mark };
  }
  if (code === 'date.orderAssumed' || code === 'date.mixedOrder') {
    if (settings.dateFormat === 'dmy') return { dateFormat: 'mdy' };
    if (settings.dateFormat === 'mdy') return { dateFormat: 'dmy' };
  }
  return null;
}
