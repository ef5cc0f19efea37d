/** Joining the chunks of one import back into a single column set. */
import type { TransactionColumns } from '../model.ts';

type Dictionaries = Pick<TransactionColumns, 'customerIds' | 'orderIds' | 'products' | 'channels'>;

function concat<T extends Int32Array | Float64Array>(parts: T[], make: (n: number) => T): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * One column set from chunks that index into the same `dictionaries` (as TransactionBuilder
 * produces them). An optional column is present when the first chunk has it.
 */
export function concatColumns(
  chunks: TransactionColumns[],
  dictionaries: Dictionaries,
): TransactionColumns {
  const ints = (pick: (c: TransactionColumns) => Int32Array | undefined) =>
    concat(
      chunks.map((c) => pick(c) ?? new Int32Array(c.day.length).fill(-1)),
      (n) => new Int32Array(n),
    );
  const floats = (pick: (c: TransactionColumns) => Float64Array | undefined) =>
    concat(
      chunks.map((c) => pick(c) ?? new Float64Array(c.day.length).fill(NaN)),
      (n) => new Float64Array(n),
    );
  const first = chunks[0];
  const out: TransactionColumns = {
    customer: ints((c) => c.customer),
    day: ints((c) => c.day),
    amount: floats((c) => c.amount),
    customerIds: dictionaries.customerIds,
  };
  if (first?.order || dictionaries.orderIds) {
    out.order = ints((c) => c.order);
    out.orderIds = dictionaries.orderIds ?? [];
  }
  if (first?.product || dictionaries.products) {
    out.product = ints((c) => c.product);
    out.products = dictionaries.products ?? [];
  }
  if (first?.channel || dictionaries.channels) {
    out.channel = ints((c) => c.channel);
    out.channels = dictionaries.channels ?? [];
  }
  if (first?.quantity) out.quantity = floats((c) => c.quantity);
  if (first?.cost) out.cost = floats((c) => c.cost);
  return out;
}
