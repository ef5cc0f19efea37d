/** CSV export that Excel opens correctly and that cannot smuggle formulas into a spreadsheet. */
import Papa from 'papaparse';
import { neutralizeCell } from '../core/index.ts';
import { currentLocale } from './i18n/index.ts';

export { neutralizeCell };

/**
 * How a spreadsheet in the locale expects CSV: where the decimal separator is a comma
 * (ru, bg, ro, …) Excel reads `;` between fields and `1234,5` as a number.
 */
export function csvDialect(locale: string): { delimiter: ',' | ';'; decimal: '.' | ',' } {
  const decimal = new Intl.NumberFormat(locale).format(1.5).includes(',') ? ',' : '.';
  return { delimiter: decimal === ',' ? ';' : ',', decimal };
}

/**
 * CSV text with a header row in the UI locale's dialect, UTF-8 BOM so Excel detects the
 * encoding; header and data cells neutralised alike (a scenario's name is a header).
 */
export function toCsv(
  header: string[],
  rows: (string | number | null)[][],
  locale: string = currentLocale(),
): string {
  const { delimiter, decimal } = csvDialect(locale);
  const cell = (value: string | number | null) =>
    typeof value === 'number' && decimal === ','
      ? String(value).replace('.', ',')
      : neutralizeCell(value);
  const safe = rows.map((row) => row.map(cell));
  return (
    '\ufeff' +
    Papa.unparse({ fields: header.map(neutralizeCell), data: safe }, { newline: '\r\n', delimiter })
  );
}

/** Offers text as a file download. */
export function download(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
