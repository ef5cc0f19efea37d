/**
 * Detection notes as message keys with parameters: why each setting was chosen. The words
 * live in the UI catalogs (`note.*`, in every UI language); the CLI prints the English ones.
 */
import type { DelimiterGuess } from './dialect.ts';
import type { EncodingGuess } from './encoding.ts';
import type { FileEvidence } from './evidence.ts';
import type { DateDecision, LocaleHint, NumberDecision } from './notation.ts';
import { detectColumns } from './columns.ts';
import type { ColumnMapping, Note, TransactionRole } from './types.ts';

export function note(key: string, params: Note['params'] = {}): Note {
  return { key, params };
}

/** A setting the user fixed. */
export function asSet(value: string): Note {
  return note('note.asSet', { value });
}

/** The encoding guess, by what decided it. */
export function encodingNote(guess: EncodingGuess): Note {
  if (guess.bomLength > 0) return note('note.encoding.bom', { encoding: guess.encoding });
  if (guess.encoding.startsWith('utf-16')) return note('note.encoding.utf16');
  if (guess.encoding === 'utf-8') {
    return note(
      guess.note.startsWith('Plain ASCII') ? 'note.encoding.ascii' : 'note.encoding.utf8',
    );
  }
  return note('note.encoding.fallback', { encoding: guess.encoding });
}

export function delimiterNote(guess: DelimiterGuess): Note {
  if (guess.fields === undefined) return note('note.delimiter.assumed');
  return note('note.delimiter.evidence', {
    delimiter: guess.delimiter,
    fields: guess.fields,
    percent: guess.percent ?? 0,
    lines: guess.lines ?? 0,
  });
}

export function numberNote(d: NumberDecision, e: FileEvidence, hint: LocaleHint): Note {
  const a = e.amounts;
  if (d.by === 'evidence') {
    const t = d.decimal === '.' ? a.pointDecimal : a.commaDecimal;
    const total = a.pointDecimal.count + a.commaDecimal.count;
    return note(d.decimal === '.' ? 'note.decimal.point' : 'note.decimal.comma', {
      count: t.count,
      total,
      sample: t.sample,
    });
  }
  if (d.by === 'locale') {
    const t = a.point3.count > 0 ? a.point3 : a.comma3;
    return note(hint === null ? 'note.decimal.ambiguous' : `note.decimal.locale.${hint}`, {
      decimal: d.decimal,
      sample: t.sample,
    });
  }
  return note('note.decimal.none');
}

export function dateNote(d: DateDecision, e: FileEvidence, hint: LocaleHint): Note {
  const total = e.dates.dayMonth.count;
  switch (d.by) {
    case 'evidence':
      if (d.dateFormat === 'dmy')
        return note('note.date.dayFirst', { count: e.firstHigh.count, total });
      if (d.dateFormat === 'mdy')
        return note('note.date.monthFirst', { count: e.secondHigh.count, total });
      return note('note.date.read', { format: d.dateFormat });
    case 'dots':
      return note('note.date.dots');
    case 'order':
      return note('note.date.order', {
        format: d.dateFormat,
        count: Math.max(e.stepsInOrderDmy, e.stepsInOrderMdy),
        total: Math.max(0, total - 1),
      });
    case 'locale':
      return note(`note.date.locale.${hint ?? 'semicolon'}`);
    case 'default':
      return note(total > 0 ? 'note.date.assumed' : 'note.date.none');
  }
}

/**
 * Which roles were found by their values rather than their header names (worth a check):
 * `roles` lists role ids, comma-separated; the UI names them in its language.
 */
export function columnsNote(columns: ColumnMapping, headers: string[] | null): Note {
  const byName = headers ? detectColumns(headers, []).columns : {};
  const roles = Object.keys(columns) as TransactionRole[];
  if (roles.length === 0) return note('note.columns.none');
  const byValues = roles.filter((r) => byName[r] !== columns[r]);
  if (byValues.length === 0) return note('note.columns.byName');
  return note('note.columns.byValues', { roles: byValues.join(',') });
}
