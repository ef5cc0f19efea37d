/**
 * Customer attributes as splits for the metrics: from the customers file (acquisition
 * channel, segment, plan) joined by customer id, or from the transactions themselves
 * (the channel or product of a customer's first transaction).
 */
import type { TransactionColumns } from '../model.ts';
import type { CustomerSplit } from './options.ts';

export type SplitAttribute =
  'acquisitionChannel' | 'segment' | 'plan' | 'firstChannel' | 'firstProduct';

export const SPLIT_ATTRIBUTES: readonly SplitAttribute[] = [
  'acquisitionChannel',
  'segment',
  'plan',
  'firstChannel',
  'firstProduct',
];

/** Labels in order of first appearance; value −1 where a customer has none. */
function encode(values: readonly (string | null | undefined)[]): CustomerSplit {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((value, i) => {
    if (value === null || value === undefined || value === '') {
      codes[i] = -1;
      return;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = labels.length;
      index.set(value, code);
      labels.push(value);
    }
    codes[i] = code;
  });
  return { values: codes, labels };
}

/**
 * A per-customer attribute of the customers file, aligned with the transactions' customer
 * dictionary by id. Customers missing from the customers file get −1.
 */
export function splitFromCustomerFile(
  customerIds: readonly string[],
  fileIds: readonly string[],
  fileValues: readonly (string | null)[],
): CustomerSplit {
  const byId = new Map<string, string | null>();
  fileIds.forEach((id, i) => byId.set(id, fileValues[i] ?? null));
  return encode(customerIds.map((id) => byId.get(id)));
}

/**
 * The value of a dictionary column (channel or product) on each customer's first
 * transaction (earliest day; the first such row in file order on ties).
 */
export function splitFromFirstTransaction(
  columns: TransactionColumns,
  column: 'channel' | 'product',
): CustomerSplit | undefined {
  const codes = columns[column];
  const labels = column === 'channel' ? columns.channels : columns.products;
  if (!codes || !labels) return undefined;
  const customers = columns.customerIds.length;
  const firstDay = new Int32Array(customers).fill(2 ** 31 - 1);
  const value = new Int32Array(customers).fill(-1);
  for (let i = 0; i < columns.day.length; i++) {
    const c = columns.customer[i]!;
    if (columns.day[i]! < firstDay[c]!) {
      firstDay[c] = columns.day[i]!;
      value[c] = codes[i]!;
    }
  }
  return { values: value, labels: [...labels] };
}
