import type { PurchaseDays } from '../../../src/core/index.ts';

/** Compressed purchase days from one list of distinct, ascending days per customer. */
export function purchaseDays(customers: number[][]): PurchaseDays {
  const offsets = new Int32Array(customers.length + 1);
  customers.forEach((days, c) => (offsets[c + 1] = offsets[c]! + days.length));
  return { offsets, days: Int32Array.from(customers.flat()) };
}
