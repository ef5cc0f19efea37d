/** Storage failures translated into messages a user can act on. */

export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'unavailable' | 'other',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    // Dexie's BulkError (a bulkPut whose writes failed) carries the failures, not an inner.
    const failures = (error as { failures?: unknown }).failures;
    if (Array.isArray(failures) && failures.length > 0) return errorName(failures[0]);
    const inner = (error as { inner?: unknown }).inner;
    if (inner && typeof inner === 'object' && 'name' in inner) return String(inner.name);
    if ('name' in error) return String(error.name);
  }
  return '';
}

/**
 * Errors that mean a bug or malformed input; their message is code talk ("t.values.map is not
 * a function"). Crossing a worker (Comlink) an error keeps only its name and message, not its
 * class, so errors are recognised by name.
 */
const INTERNAL = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
]);

/**
 * The message to show for an error, from this thread or a worker: a plain message as it is;
 * a JavaScript internal error (its text minified code talk) as a plain sentence.
 */
export function plainMessage(error: unknown): string {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (INTERNAL.has(name)) {
    return 'Tenure met something it did not expect (an internal error); please report it.';
  }
  return message;
}

/** Wraps a storage error (Dexie's or the browser's) into a StorageError with a plain message. */
export function explainStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const detail = plainMessage(error);
  // Already explained (in a worker, or by a message that names the action): kept, not doubled.
  if (name === 'StorageError' || detail.startsWith(`Could not ${action}`)) {
    return new StorageError(detail, 'other', { cause: error });
  }
  if (name === 'QuotaExceededError') {
    return new StorageError(
      `Not enough storage space to ${action}. Free space by deleting data sets you no longer need, or allow this site more storage in the browser settings. Nothing was changed.`,
      'quota',
      { cause: error },
    );
  }
  if (name === 'InvalidStateError' || name === 'MissingAPIError' || name === 'OpenFailedError') {
    return new StorageError(
      `The browser's storage (IndexedDB) is not available, so Tenure cannot ${action}. Private windows and some privacy settings turn it off. (${detail})`,
      'unavailable',
      { cause: error },
    );
  }
  return new StorageError(`Could not ${action}: ${detail}`, 'other', { cause: error });
}

/** Runs a storage operation, rethrowing any failure as a StorageError that names the action. */
export async function guarded<T>(action: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw explainStorageError(error, action);
  }
}
