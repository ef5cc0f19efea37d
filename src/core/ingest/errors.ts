/**
 * Refusals the app words in the user's language: the message key is `import.error.<code>`,
 * filled in with `params`; `message` is the English wording (CLI, logs).
 */
export const IMPORT_ERROR_CODES = ['tooManyColumns', 'tooManyColumnsCut'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * An import that cannot proceed: empty, binary or header-only files. The message is written
 * for the person who chose the file; `line` and `column` point at the cause when known.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly code: ImportErrorCode | undefined;
  readonly params: Record<string, number> | undefined;

  constructor(
    message: string,
    where: {
      line?: number;
      column?: string;
      code?: ImportErrorCode;
      params?: Record<string, number>;
    } = {},
  ) {
    super(message);
    this.line = where.line;
    this.column = where.column;
    this.code = where.code;
    this.params = where.params;
  }
}

/** The most columns a file may have: wider files are not transaction tables, and a mapping
 * step with one choice per column for each of eight roles would not be usable. */
export const MAX_COLUMNS = 1000;

/**
 * Throws an ImportError when the first row has more than MAX_COLUMNS cells; `cut` says the
 * sample ended inside that row, so `width` is only a lower bound.
 */
export function assertWidth(width: number, cut: boolean): void {
  if (width <= MAX_COLUMNS) return;
  const params = { count: width, max: MAX_COLUMNS };
  const count = width.toLocaleString('en-US');
  const message = cut
    ? `The first row has more than ${count} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} are supported.`
    : `The first row has ${count} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} are supported.`;
  throw new ImportError(message, {
    line: 1,
    code: cut ? 'tooManyColumnsCut' : 'tooManyColumns',
    params,
  });
}

/** Magic numbers of formats people mistake for CSV, with the advice for each. */
const MAGIC: readonly { bytes: readonly number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    // The import worker and the CLI read workbooks before detection (ingest/xlsx): reaching
    // this means a caller that only reads text.
    message:
      'This looks like a ZIP archive (an .xlsx workbook?), not a text file. Choose it in the import, which reads workbooks, or save it as CSV.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'This looks like an old Excel (.xls) workbook, not a text file. Save it as .xlsx or CSV and try again.',
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    message: 'This looks like a PDF document, not a text file. Export the data as CSV instead.',
  },
  {
    bytes: [0x89, 0x50, 0x4e, 0x47],
    message: 'This looks like a PNG image, not a text file. Choose a CSV export of the data.',
  },
  {
    bytes: [0xff, 0xd8, 0xff],
    message: 'This looks like a JPEG image, not a text file. Choose a CSV export of the data.',
  },
  {
    bytes: [0x1f, 0x8b],
    message: 'This looks like a gzip archive. Unpack it and choose the CSV file inside.',
  },
];

/**
 * Throws an ImportError when the bytes are clearly not a text table: a known binary format,
 * or NUL bytes (more than 1 %) in a file without a UTF-16 byte order mark.
 */
export function assertText(sample: Uint8Array, utf16: boolean): void {
  for (const { bytes, message } of MAGIC) {
    if (bytes.every((b, i) => sample[i] === b)) throw new ImportError(message);
  }
  // A stray NUL only rejects its row (see validate.ts); many of them mean a binary file.
  if (!utf16 && countNul(sample) > Math.max(1, sample.length / 100)) {
    throw new ImportError(
      'This file contains binary data (NUL bytes), not text. Choose a CSV or text export.',
    );
  }
}

function countNul(sample: Uint8Array): number {
  let count = 0;
  for (let at = sample.indexOf(0); at !== -1; at = sample.indexOf(0, at + 1)) count++;
  return count;
}

/** A cell's text as quoted in a message: at most 40 characters, so a 10 MB field stays readable. */
export function quoteCell(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${shown}"`;
}
