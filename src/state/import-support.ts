/** What the import flow needs beside its state: error wording, the space check, the sample files. */
import {
  IMPORT_ERROR_CODES,
  spaceShortfall,
  type ImportErrorCode,
  type SpaceShortfall,
} from '../core/index.ts';
import { storageStatus } from '../storage/workspace.ts';
import { t } from '../ui/i18n/index.ts';

/** An error as the user reads it: import refusals with a code in the UI language. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, params } = error as { code?: ImportErrorCode; params?: Record<string, number> };
  if (code !== undefined && IMPORT_ERROR_CODES.includes(code)) {
    return t(`import.error.${code}`, params ?? {});
  }
  return error.message;
}

/** Compares the estimate with what the browser still grants; null when it fits or is unknown. */
export async function checkSpace(estimatedBytes: number): Promise<SpaceShortfall | null> {
  try {
    const { usage, quota } = await storageStatus();
    return spaceShortfall(estimatedBytes, usage, quota);
  } catch {
    return null;
  }
}

export async function sampleFile(url: string, name: string): Promise<File> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The sample data could not be loaded (${response.status}).`);
  return new File([await response.blob()], name, { type: 'text/csv' });
}
