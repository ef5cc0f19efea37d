/**
 * Detection in the import worker: the settings, column roles and preview proposed from the
 * first megabyte of a file (or of a workbook's sheet), with a mapping remembered for a file
 * with the same header cells.
 */
import {
  countLines,
  detectSettings,
  estimateImportBytes,
  previewRows,
  type Detection,
  type ImportSettings,
} from '../../src/core/index.ts';
import { recallMapping } from '../../src/storage/workspace.ts';
import type { ImportProgress } from './stream.ts';
import { tableBlob, tableSource, type WorkbookInfo } from './xlsx-source.ts';

/** How much of a file detection and the preview look at. */
export const SAMPLE_BYTES = 1 << 20;
export interface FileDetection {
  detection: Detection;
  /** True when the mapping came from an earlier file with the same header. */
  remembered: boolean;
  /** Storage a transactions import of this file is estimated to need, in bytes. */
  estimatedBytes: number;
  /** For an Excel workbook: the sheet read and every sheet with its row count. */
  workbook?: WorkbookInfo;
}

async function readSample(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
}

export const detectApi = {
  /** Detects encoding, dialect, column roles and the preview from the start of a file. */
  async detectFile(original: Blob, sheet?: string, onProgress = (_: ImportProgress) => {}) {
    const table = await tableSource(original, sheet, onProgress); // a workbook unpacks here
    if (table === 'cancelled') throw new Error('The workbook was not read: cancelled.');
    const { blob: file, fixed, told, workbook } = table;
    const sample = await readSample(file);
    const detection = told(detectSettings(sample, file.size <= SAMPLE_BYTES, fixed));
    const estimatedBytes = estimateImportBytes(file.size, sample.length, countLines(sample));
    if (detection.kind !== 'transactions') {
      return { detection, remembered: false, estimatedBytes, ...(workbook && { workbook }) };
    }
    const remembered = await recallMapping(detection.headers);
    // Only the user's choice of which column is what carries over: encoding, delimiter and
    // number and date notation are properties of this file, detected afresh from its values.
    const width = detection.headers.length;
    if (!remembered || Object.values(remembered.columns).some((c) => c >= width)) {
      return { detection, remembered: false, estimatedBytes, ...(workbook && { workbook }) };
    }
    const settings = { ...detection.settings, columns: remembered.columns };
    const { preview, warnings } = previewRows(sample, settings, file.size <= SAMPLE_BYTES);
    return {
      detection: { ...detection, settings, preview, warnings },
      remembered: true,
      estimatedBytes,
      ...(workbook && { workbook }),
    };
  },

  /** Detects again around settings the user fixed (encoding, delimiter, header row). */
  async redetectFile(original: Blob, fixed: Partial<ImportSettings>): Promise<Detection> {
    const { blob, told, fixed: cells } = await tableSource(original, fixed.sheet);
    return told(
      detectSettings(await readSample(blob), blob.size <= SAMPLE_BYTES, { ...fixed, ...cells }),
    );
  },

  /** The preview again after the user changed a setting. */
  async previewFile(original: Blob, settings: ImportSettings) {
    const file = await tableBlob(original, settings.sheet);
    return previewRows(await readSample(file), settings, file.size <= SAMPLE_BYTES);
  },
};
