/** CSV export that Excel opens correctly and that cannot smuggle formulas into a spreadsheet. */
import Papa from 'papaparse';

/** Cells starting with these are read as formulas by spreadsheet programs (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would run as a formula with a quote, so it stays text. */
export function neutralizeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV text with a header row, UTF-8 BOM so Excel detects the encoding. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((row) => row.map(neutralizeCell));
  return '\ufeff' + Papa.unparse({ fields: header, data: safe }, { newline: '\r\n' });
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
