/**
 * Customer attributes as columns (one entry per customer of the customers file), the shape
 * they are stored and computed in. Missing values: null for text, -1 for days, NaN for cost.
 */
import type { CustomerRecord } from './customers.ts';

export interface CustomerAttributes {
  ids: string[];
  names: (string | null)[];
  signupDay: Int32Array;
  segments: (string | null)[];
  channels: (string | null)[];
  acquisitionCost: Float64Array;
  contractEndDay: Int32Array;
  plans: (string | null)[];
}

/**
 * Columns from parsed customer records. A customer id that appears twice keeps its last row
 * (a later line of an export corrects an earlier one); `duplicates` counts the ids replaced.
 */
export function customerAttributes(records: readonly CustomerRecord[]): {
  attributes: CustomerAttributes;
  duplicates: number;
} {
  const last = new Map<string, CustomerRecord>();
  for (const record of records) last.set(record.id, record);
  const unique = [...last.values()];
  return {
    attributes: {
      ids: unique.map((r) => r.id),
      names: unique.map((r) => r.name ?? null),
      signupDay: Int32Array.from(unique, (r) => r.signupDay ?? -1),
      segments: unique.map((r) => r.segment ?? null),
      channels: unique.map((r) => r.channel ?? null),
      acquisitionCost: Float64Array.from(unique, (r) => r.acquisitionCost ?? NaN),
      contractEndDay: Int32Array.from(unique, (r) => r.contractEndDay ?? -1),
      plans: unique.map((r) => r.plan ?? null),
    },
    duplicates: records.length - unique.length,
  };
}
