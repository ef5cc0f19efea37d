/**
 * Customers files (joined to a data set) and per-customer summary files (a data set of their
 * own) in the import worker: small enough to be read whole, parsed and validated in core,
 * then left for review or committed.
 */
import {
  createDecoder,
  customerAttributes,
  detectCustomerColumns,
  detectSummaryColumns,
  fromHeaderRow,
  isCurrencyCode,
  parseCustomerRows,
  parseSummaryRows,
  readAllRows,
  type ImportSettings,
} from '../../src/core/index.ts';
import { createSummaryDataset, putCustomers } from '../../src/storage/datasets.ts';
import { settle, type ImportOutcome } from './pending.ts';
import { REJECTIONS_KEPT, baseName, cleanFileName } from './transactions.ts';
import { tableBlob } from './xlsx-source.ts';

/** The whole file as rows (customers and summary files: small enough to read at once). */
async function readWholeFile(
  file: Blob,
  settings: Pick<ImportSettings, 'encoding' | 'delimiter' | 'headerRow'>,
) {
  const text = createDecoder(settings.encoding).decode(
    new Uint8Array(await file.arrayBuffer()),
    true,
  );
  return fromHeaderRow(readAllRows(text, settings.delimiter), settings.headerRow);
}

export const fileApi = {
  /**
   * Joins a customers file to an existing data set (replacing an earlier one). The data set
   * is only changed when the user keeps the valid rows.
   */
  async importCustomers(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
    datasetId: string,
  ): Promise<ImportOutcome> {
    const raw = await readWholeFile(await tableBlob(file, settings.sheet), settings);
    const { customers, rejected, warnings } = parseCustomerRows(raw, headers, {
      hasHeader: settings.hasHeader,
      columns: detectCustomerColumns(headers),
    });
    const { attributes } = customerAttributes(customers);
    return settle(
      datasetId,
      {
        commit: () => putCustomers(datasetId, attributes, cleanFileName(fileName)),
        discard: async () => {},
      },
      {
        accepted: attributes.ids.length,
        summary: null,
        rejectedCount: rejected.length,
        rejected: rejected.slice(0, REJECTIONS_KEPT),
        warnings,
      },
    );
  },

  /** Imports a per-customer summary file (id, frequency, recency, T, monetary) as a data set. */
  async importSummary(
    file: Blob,
    fileName: string,
    settings: ImportSettings,
    headers: string[],
    currency?: string,
  ): Promise<ImportOutcome> {
    const raw = await readWholeFile(await tableBlob(file, settings.sheet), settings);
    const { summary, rejected } = parseSummaryRows(raw, headers, {
      hasHeader: settings.hasHeader,
      decimal: settings.decimal,
      thousands: settings.thousands,
      columns: detectSummaryColumns(headers),
    });
    const kept = rejected.slice(0, REJECTIONS_KEPT);
    const meta = {
      name: baseName(fileName),
      kind: 'summary' as const,
      fileName: cleanFileName(fileName),
      fileSize: file.size,
      settings,
      headers,
      summary: null,
      summaryCustomers: summary.ids.length,
      rejectedCount: rejected.length,
      ...(isCurrencyCode(currency) ? { currency } : {}),
    };
    // The id is only known once stored; a placeholder key holds the pending import.
    const key = `summary:${crypto.randomUUID()}`;
    let datasetId = key;
    const outcome = await settle(
      key,
      {
        commit: async () => {
          datasetId = await createSummaryDataset(meta, summary, kept);
        },
        discard: async () => {},
      },
      {
        accepted: summary.ids.length,
        summary: null,
        rejectedCount: rejected.length,
        rejected: kept,
      },
    );
    return outcome.status === 'done' ? { ...outcome, datasetId } : outcome;
  },
};
