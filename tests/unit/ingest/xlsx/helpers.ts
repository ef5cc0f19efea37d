/** Workbooks built in code → the sheet's CSV text → the CSV import path, in memory. */
import {
  RowReader,
  TransactionBuilder,
  concatColumns,
  detectSettings,
  type ImportSettings,
} from '../../../../src/core/ingest/index.ts';
import {
  bytesSource,
  workbookTable,
  WORKBOOK_SETTINGS,
  type WorkbookTable,
  type XlsxLimits,
} from '../../../../src/core/ingest/xlsx/index.ts';
import { nodeInflate } from '../../../../src/cli/xlsx.ts';
import { buildXlsx, type XBook } from '../../../support/xlsx-writer.ts';

/** A workbook's chosen (or named) sheet as CSV text, with the sheet list. */
export async function tableOf(
  book: XBook | Uint8Array,
  options: { sheet?: string; limits?: XlsxLimits } = {},
): Promise<WorkbookTable> {
  const bytes = book instanceof Uint8Array ? book : buildXlsx(book);
  const table = await workbookTable(bytesSource(bytes), nodeInflate, options);
  if (table === 'cancelled') throw new Error('cancelled');
  return table;
}

/** The CSV lines of a workbook's sheet. */
export async function linesOf(book: XBook, sheet?: string): Promise<string[]> {
  const table = await tableOf(book, sheet === undefined ? {} : { sheet });
  return table.csv.split('\n').slice(0, -1);
}

/** Detection and a whole import of a workbook's sheet, as the worker and the CLI run them. */
export async function importWorkbook(
  book: XBook | Uint8Array,
  change: Partial<ImportSettings> = {},
) {
  const table = await tableOf(book);
  const bytes = new TextEncoder().encode(table.csv);
  const detection = detectSettings(bytes, true, WORKBOOK_SETTINGS);
  const settings = { ...detection.settings, ...change };
  const builder = new TransactionBuilder(settings, detection.headers);
  builder.addRows(new RowReader(settings.delimiter).push(table.csv, true));
  const chunk = builder.flush();
  const columns = concatColumns(chunk ? [chunk] : [], builder.dictionaries());
  return { table, detection, builder, columns };
}
