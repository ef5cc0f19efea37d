/**
 * Text → rows of cells, incrementally. Text arrives in arbitrary chunks; a chunk may end in
 * the middle of a line or of a quoted field, so the unparsed tail waits for the next push.
 */
import Papa from 'papaparse';
import type { Delimiter } from './types.ts';

/** Rows parsed from one push, with the physical 1-based line on which each row starts. */
export interface RawRows {
  rows: string[][];
  lines: number[];
  /** True when the text held a NUL or U+FFFD (bytes invalid in the encoding): check rows. */
  suspect?: boolean;
}

/** Any of NUL or U+FFFD, the marks of bytes that are not text in the file's encoding. */
const SUSPECT = /[\0\uFFFD]/;

/** Splits a text stream into rows of cells; blank lines are skipped but counted. */
export class RowReader {
  readonly #delimiter: Delimiter;
  #tail = '';
  /** Physical line number of the first character of `#tail`. */
  #line = 1;
  /** The last push ended in a CR, held back: with a LF first in the next one it is a CRLF. */
  #heldCR = false;

  constructor(delimiter: Delimiter) {
    this.#delimiter = delimiter;
  }

  /** Physical line on which the next row starts. */
  get line(): number {
    return this.#line;
  }

  /** True when no part of a row waits for more text (the byte scanner may read on itself). */
  get idle(): boolean {
    return this.#tail === '' && !this.#heldCR;
  }

  /** Goes on at physical `line` when idle: the byte scanner read the lines before it itself. */
  moveTo(line: number): void {
    if (this.idle) this.#line = line;
  }

  /** Parses `text` after what is left of earlier pushes; `final` flushes the last row. */
  push(text: string, final: boolean): RawRows {
    const input = this.#tail + this.#newlines(text, final);
    const out: RawRows = { rows: [], lines: [] };
    if (SUSPECT.test(input)) out.suspect = true;
    if (this.#delimiter === 'whitespace') {
      this.#tail = this.#splitWhitespace(input, final, out);
    } else {
      this.#tail = this.#splitDelimited(input, final, out);
    }
    return out;
  }

  /**
   * A lone CR (classic Mac line end) as LF; CRLF stays, its CR is dropped with the row end,
   * and a CR inside a quoted field stays when part of a CRLF.
   */
  #newlines(text: string, final: boolean): string {
    if (this.#heldCR) text = '\r' + text;
    this.#heldCR = !final && text.charCodeAt(text.length - 1) === 13;
    if (this.#heldCR) text = text.slice(0, -1);
    return text.indexOf('\r') === -1 ? text : text.replace(/\r(?!\n)/g, '\n');
  }

  #splitDelimited(input: string, final: boolean, out: RawRows): string {
    const parser = new Papa.Parser({ delimiter: this.#delimiter, newline: '\n' });
    const result = parser.parse(input, 0, !final) as {
      data: string[][];
      meta: { cursor: number };
    };
    // Without a quote in the input no field can hold a newline, so counting is skipped.
    const quoted = input.indexOf('"') !== -1;
    let line = this.#line;
    for (const row of result.data) {
      const start = line;
      line++;
      const last = row.length - 1;
      const end = row[last]!;
      if (end.charCodeAt(end.length - 1) === 13) row[last] = end.slice(0, -1);
      if (quoted) line += embeddedNewlines(row);
      if (last === 0 && row[0]!.trim() === '') continue;
      out.rows.push(row);
      out.lines.push(start);
    }
    this.#line = line;
    return final ? '' : input.slice(result.meta.cursor);
  }

  #splitWhitespace(input: string, final: boolean, out: RawRows): string {
    let start = 0;
    let line = this.#line;
    for (;;) {
      let end = input.indexOf('\n', start);
      if (end === -1) {
        if (!final || start >= input.length) break;
        end = input.length;
      }
      const text = input.slice(start, end).trim();
      if (text !== '') {
        out.rows.push(text.split(/[ \t]+/));
        out.lines.push(line);
      }
      line++;
      start = end + 1;
    }
    this.#line = line;
    return final ? '' : input.slice(start);
  }
}

function embeddedNewlines(row: string[]): number {
  let count = 0;
  for (const cell of row) {
    let at = cell.indexOf('\n');
    while (at !== -1) {
      count++;
      at = cell.indexOf('\n', at + 1);
    }
  }
  return count;
}

/** Reads a whole text at once (detection and previews). */
export function readAllRows(text: string, delimiter: Delimiter): RawRows {
  return new RowReader(delimiter).push(text, true);
}
