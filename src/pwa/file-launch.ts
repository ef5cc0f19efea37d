/**
 * File handling for the installed app: opening a .csv, .tsv, .txt or .xlsx file with Tenure (the
 * manifest's `file_handlers`) launches the app with the file in `window.launchQueue`. The
 * first file goes straight into the import flow. Browsers without the File Handling API
 * simply never call us.
 */

/** The parts of the File Handling API we use (not yet in TypeScript's DOM library). */
interface LaunchParams {
  readonly files: readonly FileSystemFileHandle[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/**
 * Calls `onFile` with each file the app is launched with (the first one per launch).
 * Returns false where the browser has no launch queue.
 */
export function consumeLaunchedFiles(onFile: (file: File) => void): boolean {
  const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue || typeof queue.setConsumer !== 'function') return false;
  queue.setConsumer((params) => {
    const handle = params.files[0];
    if (!handle || handle.kind !== 'file') return;
    handle.getFile().then(onFile, (error: unknown) => {
      console.warn('The launched file could not be read.', error);
    });
  });
  return true;
}
