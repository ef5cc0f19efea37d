/**
 * Errors thrown across the worker boundary keep their `code` and `params`, so the UI can word
 * an ImportError in the user's language. Comlink sends only message, name and stack of an
 * Error; this wraps its 'throw' handler to add the two fields (its deserialiser copies every
 * field of what it receives onto the Error it rethrows).
 */
import { transferHandlers, type TransferHandler } from 'comlink';

type Thrown = { value: unknown };
type Serialized = { isError: boolean; value: Record<string, unknown> };

export function keepErrorCodes(): void {
  const original = transferHandlers.get('throw') as TransferHandler<Thrown, Serialized>;
  transferHandlers.set('throw', {
    canHandle: (value: unknown): value is Thrown => original.canHandle(value),
    serialize(thrown: Thrown) {
      const [serialized, transferables] = original.serialize(thrown);
      const error = thrown.value as { code?: unknown; params?: unknown };
      if (serialized.isError && typeof error.code === 'string') {
        serialized.value = { ...serialized.value, code: error.code, params: error.params };
      }
      return [serialized, transferables];
    },
    deserialize: (serialized: Serialized) => original.deserialize(serialized),
  });
}
