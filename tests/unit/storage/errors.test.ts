import { describe, expect, it } from 'vitest';
import { explainStorageError, plainMessage } from '../../../src/storage/errors.ts';

/** An error as Comlink hands it over from a worker: its class is lost, name and message kept. */
function crossed(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

describe('errors crossing the worker keep a plain message', () => {
  it('says "Could not restore the backup" once for an error already explained in the worker', () => {
    const fromWorker = crossed(
      'StorageError',
      'Could not restore the backup: A scenario in the backup has the id of one of your scenarios.',
    );
    expect(explainStorageError(fromWorker, 'restore the backup').message).toBe(
      'Could not restore the backup: A scenario in the backup has the id of one of your scenarios.',
    );
  });

  it('puts the action before a plain reason from the worker', () => {
    const fromWorker = crossed(
      'BackupError',
      'The backup file is damaged: its checksum does not match.',
    );
    expect(explainStorageError(fromWorker, 'restore the backup').message).toBe(
      'Could not restore the backup: The backup file is damaged: its checksum does not match.',
    );
  });

  it('never shows minified internals such as "t.values.map is not a function"', () => {
    const internal = crossed('TypeError', 't.values.map is not a function');
    const message = explainStorageError(internal, 'restore the backup').message;
    expect(message).toMatch(
      /^Could not restore the backup: Tenure met something it did not expect/,
    );
    expect(message).not.toContain('is not a function');
    // Explained in the worker first (guarded), then on the main side: still once.
    const twice = explainStorageError(
      crossed('StorageError', explainStorageError(internal, 'restore the backup').message),
      'restore the backup',
    ).message;
    expect(twice.match(/Could not restore the backup/g)).toHaveLength(1);
    expect(plainMessage(crossed('RangeError', 'offset is out of bounds'))).not.toContain('offset');
  });

  it('explains a full disk met by a bulk write (Dexie BulkError) as a quota error', () => {
    const bulk = Object.assign(new Error('chunks.bulkPut(): 1 of 3 operations failed.'), {
      name: 'BulkError',
      failures: [
        Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
      ],
    });
    const explained = explainStorageError(bulk, 'store the imported rows');
    expect(explained.kind).toBe('quota');
    expect(explained.message).toMatch(/^Not enough storage space to store the imported rows/);
  });

  it('keeps quota explanations from the worker as they are', () => {
    const quota = explainStorageError(
      Object.assign(new Error('x'), { name: 'QuotaExceededError' }),
      'restore the backup',
    );
    const back = explainStorageError(crossed('StorageError', quota.message), 'restore the backup');
    expect(back.message).toBe(quota.message);
  });
});
