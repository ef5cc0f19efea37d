/**
 * Which character separates fields: the one that splits the first lines into the same
 * number (more than one) of fields most consistently, counting only outside quotes.
 */
import type { Delimiter } from './types.ts';

const CANDIDATES: readonly Exclude<Delimiter, 'whitespace'>[] = [',', ';', '\t', '|'];

export interface DelimiterGuess {
  delimiter: Delimiter;
  note: string;
  /** The evidence: fields per line, on what share (%) of how many lines. */
  fields?: number;
  percent?: number;
  lines?: number;
}

interface Score {
  delimiter: Delimiter;
  fields: number;
  share: number;
}

/** Guesses the delimiter from the first lines of a file (a line may be cut off at the end). */
export function detectDelimiter(lines: string[]): DelimiterGuess {
  const records = lines.filter((l) => l.trim() !== '');
  if (records.length === 0) return { delimiter: ',', note: 'No lines to look at; comma assumed' };
  const text = records.join('\n');
  const scores = CANDIDATES.map((d) => score(d, fieldCounts(text, d)));
  scores.push(score('whitespace', records.map(whitespaceFields)));
  // A comma that is really a decimal comma splits every data line in two but not the
  // header; so consistency decides first, and then the larger number of fields.
  scores.sort((a, b) => b.share - a.share || b.fields - a.fields);
  const best = scores.find((s) => s.fields > 1 && s.delimiter !== 'whitespace') ?? scores[0]!;
  // Whitespace only wins when no real delimiter splits the lines consistently.
  const ws = scores.find((s) => s.delimiter === 'whitespace')!;
  const chosen = best.fields > 1 && best.share >= ws.share - 0.05 ? best : ws;
  if (chosen.fields <= 1) {
    return { delimiter: ',', note: 'Each line holds a single field; comma assumed' };
  }
  const percent = Math.round(chosen.share * 100);
  return {
    delimiter: chosen.delimiter,
    fields: chosen.fields,
    percent,
    lines: records.length,
    note: `${describeDelimiter(chosen.delimiter)}: ${chosen.fields} fields on ${percent}% of ${records.length} lines`,
  };
}

function score(delimiter: Delimiter, counts: number[]): Score {
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  let fields = 1;
  let most = 0;
  for (const [n, times] of tally) {
    if (times > most || (times === most && n > fields)) [fields, most] = [n, times];
  }
  return { delimiter, fields, share: counts.length === 0 ? 0 : most / counts.length };
}

/** Fields per record, where quoted fields may hold delimiters and newlines. */
function fieldCounts(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === d) fields++;
    else if (c === 10) {
      counts.push(fields);
      fields = 1;
    }
  }
  counts.push(fields);
  return counts;
}

function whitespaceFields(line: string): number {
  return line.trim().split(/[ \t]+/).length;
}

/** Human name of a delimiter. */
export function describeDelimiter(delimiter: Delimiter): string {
  const names: Record<Delimiter, string> = {
    ',': 'Comma-separated',
    ';': 'Semicolon-separated',
    '\t': 'Tab-separated',
    '|': 'Pipe-separated',
    whitespace: 'Columns separated by runs of spaces',
  };
  return names[delimiter];
}
