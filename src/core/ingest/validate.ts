/**
 * One row of cells checked against the import settings: the typed values of each mapped
 * column and every problem found, with the reason a person would need to fix the file.
 * Shared by the transaction builder (first problem rejects the row) and the preview.
 */
import type { DayNumber } from '../model.ts';
import { quoteCell } from './errors.ts';
import { parseDate } from './dates.ts';
import { parseAmount } from './numbers.ts';
import { isTotalLabel } from './report.ts';
import { MAX_ATTRIBUTE_LENGTH, cleanText, withoutInvisible } from './text.ts';
import type { ImportSettings } from './types.ts';

/** Dates outside 1900-01-01 … 2199-12-31 are taken for typing errors. */
export const FIRST_DAY = -25567;
export const LAST_DAY = 84005;
/** Amounts beyond a quadrillion are taken for typing or export errors (and would overflow sums). */
export const MAX_AMOUNT = 1e15;
/** Longer ids are not ids but a broken quote or a pasted document. */
export const MAX_ID_LENGTH = 256;

/** Reasons the report and warnings recognise (see builder.ts). */
export const TOTAL_ROW = 'total row';
export const EXCLUDED_DATE = 'excluded: date far outside the file';
export const NUL_BYTE = 'NUL byte in the row';
/** Excel's error values, as a cell (or a CSV saved from Excel) shows them. */
const CELL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!',
]); // prettier-ignore

/** The reason for a cell holding an Excel error value ("#N/A"), or undefined. */
export function cellError(text: string): string | undefined {
  if (text.charCodeAt(0) !== 35 || !CELL_ERRORS.has(text.toUpperCase())) return undefined;
  return `error value ${text} in the cell`;
}

/** The reason for a row with bytes that are not text in the encoding: "not valid utf-8". */
export const notValid = (encoding: string) => `not valid ${encoding}`;

export interface RowProblem {
  /** Column index, or null for a problem with the whole row. */
  column: number | null;
  reason: string;
}

/** Values read from one row; reused between rows to spare allocations. */
export interface RowValues {
  customerId: string;
  day: DayNumber;
  amount: number;
  quantity: number;
  cost: number;
  orderId: string;
  product: string;
  channel: string;
}

function cellAt(cells: string[], c: number | undefined): string {
  // A mapping can name a column the row does not have (a changed delimiter): read it as empty.
  return c === undefined ? '' : (cells[c] ?? '').trim();
}

/** Checks rows against settings; `check` fills `values` and `problems` for one row. */
export class RowChecker {
  readonly values: RowValues = {
    customerId: '',
    day: 0 as DayNumber,
    amount: NaN,
    quantity: NaN,
    cost: NaN,
    orderId: '',
    product: '',
    channel: '',
  };
  readonly problems: RowProblem[] = [];
  /** The last row checked had invisible characters removed (ids, attributes). */
  removedInvisible = false;
  /** The last row checked had a text attribute cut to MAX_ATTRIBUTE_LENGTH. */
  truncatedText = false;
  readonly #settings: ImportSettings;
  readonly #width: number;

  constructor(settings: ImportSettings, width: number) {
    this.#settings = settings;
    this.#width = width;
  }

  /**
   * Reads a row; true when it has no problem. Stops at a total row, at bytes that are not
   * text (only looked for when `suspect`: the row's text held NUL or U+FFFD) and at a wrong
   * field count.
   */
  check(cells: string[], suspect = false): boolean {
    const { columns, dateFormat, decimal, thousands, dateWindow } = this.#settings;
    const problems = this.problems;
    const v = this.values;
    problems.length = 0;
    if (isTotalLabel(cells[0]!.trim()) || isTotalLabel(cellAt(cells, columns.customerId))) {
      problems.push({ column: null, reason: TOTAL_ROW });
      return false;
    }
    if (suspect && this.#badBytes(cells)) return false;
    let n = cells.length;
    while (n > this.#width && cells[n - 1]!.trim() === '') n--;
    if (n !== this.#width) {
      problems.push({
        column: null,
        reason: `wrong number of fields: ${n}, expected ${this.#width}`,
      });
      return false;
    }

    this.removedInvisible = false;
    this.truncatedText = false;
    const idText = cellAt(cells, columns.customerId);
    v.customerId = withoutInvisible(idText);
    if (v.customerId !== idText) this.removedInvisible = true;
    if (v.customerId === '')
      problems.push({ column: columns.customerId ?? null, reason: 'empty customer id' });
    else if (v.customerId.charCodeAt(0) === 35 && cellError(v.customerId)) {
      problems.push({ column: columns.customerId ?? null, reason: cellError(v.customerId)! });
    } else if (v.customerId.length > MAX_ID_LENGTH) {
      problems.push({
        column: columns.customerId ?? null,
        reason: `customer id too long (${v.customerId.length} characters)`,
      });
    }

    const dateText = cellAt(cells, columns.date);
    const day = parseDate(dateText, dateFormat);
    if (dateText === '') problems.push({ column: columns.date ?? null, reason: 'empty date' });
    else if (day === undefined) {
      problems.push({
        column: columns.date ?? null,
        reason: cellError(dateText) ?? `unreadable date ${quoteCell(dateText)}`,
      });
    } else if (day < FIRST_DAY || day > LAST_DAY) {
      problems.push({ column: columns.date ?? null, reason: 'date out of range' });
    } else if (dateWindow && (day < dateWindow.first || day > dateWindow.last)) {
      problems.push({ column: columns.date ?? null, reason: EXCLUDED_DATE });
    } else v.day = day;

    const amountText = cellAt(cells, columns.amount);
    v.amount = parseAmount(amountText, decimal, thousands);
    if (amountText === '')
      problems.push({ column: columns.amount ?? null, reason: 'empty amount' });
    else if (Number.isNaN(v.amount)) {
      problems.push({
        column: columns.amount ?? null,
        reason: cellError(amountText) ?? `unreadable amount ${quoteCell(amountText)}`,
      });
    } else if (Math.abs(v.amount) > MAX_AMOUNT) {
      problems.push({ column: columns.amount ?? null, reason: 'amount out of range' });
    }
    v.quantity = this.#optionalNumber(
      cellAt(cells, columns.quantity),
      columns.quantity,
      'quantity',
    );
    v.cost = this.#optionalNumber(cellAt(cells, columns.cost), columns.cost, 'cost');
    v.orderId = this.#attribute(cellAt(cells, columns.orderId));
    v.product = this.#attribute(cellAt(cells, columns.product));
    v.channel = this.#attribute(cellAt(cells, columns.channel));
    return problems.length === 0;
  }

  /** A text attribute as stored: invisible characters removed, cut to MAX_ATTRIBUTE_LENGTH. */
  #attribute(text: string): string {
    if (text === '') return text;
    const cleaned = cleanText(text, MAX_ATTRIBUTE_LENGTH);
    if (cleaned.removed) this.removedInvisible = true;
    if (cleaned.truncated) this.truncatedText = true;
    return cleaned.text;
  }

  /** A NUL or a replacement character (bytes invalid in the encoding) in any cell. */
  #badBytes(cells: string[]): boolean {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell.indexOf('\0') !== -1) this.problems.push({ column: c, reason: NUL_BYTE });
      else if (cell.indexOf('\uFFFD') !== -1)
        this.problems.push({ column: c, reason: notValid(this.#settings.encoding) });
      else continue;
      return true;
    }
    return false;
  }

  #optionalNumber(text: string, column: number | undefined, name: string): number {
    if (text === '') return NaN;
    const x = parseAmount(text, this.#settings.decimal, this.#settings.thousands);
    if (Number.isNaN(x))
      this.problems.push({
        column: column ?? null,
        reason: `unreadable ${name} ${quoteCell(text)}`,
      });
    return x;
  }
}
