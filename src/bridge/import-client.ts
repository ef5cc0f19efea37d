/** Typed client of the import worker (one worker per tab, started on first use). */
import { proxy, wrap, type Remote } from 'comlink';
import type { ImportApi, ImportProgress } from '../../workers/import.api.ts';

let client: Remote<ImportApi> | undefined;

export function importClient(): Remote<ImportApi> {
  client ??= wrap<ImportApi>(
    new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client;
}

/** Wraps a progress callback so the worker can call it across the thread boundary. */
export function progressCallback(onProgress: (progress: ImportProgress) => void) {
  return proxy(onProgress);
}

export type {
  FileDetection,
  ImportOutcome,
  ImportProgress,
  WorkbookInfo,
} from '../../workers/import.api.ts';
