/**
 * Checks shared by the metric options, so every metric rejects a bad option with the same
 * specific message at its boundary instead of producing NaN deep inside a loop.
 */
import { parseGrain, type Grain } from './periods.ts';

/** Customers split into named groups (acquisition channel, plan, …). */
export interface CustomerSplit {
  /** Group index per customer; −1 = no value, reported as the group "(none)". */
  values: Int32Array;
  labels: string[];
}

/** The label of customers whose split value is −1. */
export const NO_GROUP_LABEL = '(none)';

export function checkGrain(grain: unknown): Grain {
  return parseGrain(String(grain));
}

/** A whole number of days ≥ 1; throws `invalid window: 0 (a whole number of days ≥ 1)`. */
export function checkWindow(window: unknown): number {
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1) {
    throw new Error(`invalid window: ${String(window)} (a whole number of days ≥ 1)`);
  }
  return window;
}

/** One of a fixed set of words; throws `invalid metric: visits`. */
export function checkChoice<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new Error(`invalid ${name}: ${String(value)} (one of ${allowed.join(', ')})`);
}

/** A finite number within [min, max]; throws `invalid margin: 3 (between 0 and 1)`. */
export function checkRange(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`invalid ${name}: ${String(value)} (between ${min} and ${max})`);
  }
  return value;
}

/** A whole number ≥ min. */
export function checkInteger(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new Error(`invalid ${name}: ${String(value)} (a whole number ≥ ${min})`);
  }
  return value;
}

/** A per-customer array must have one entry per customer of the dictionary. */
export function checkPerCustomer(name: string, array: ArrayLike<number>, customers: number): void {
  if (array.length !== customers) {
    throw new Error(`invalid ${name}: ${array.length} values for ${customers} customers`);
  }
}

/**
 * Group index per customer from a split: values ≥ 0 are kept, −1 becomes the extra group
 * `labels.length` ("(none)"). Returns the groups and their labels ("(none)" last, only
 * when used). Throws on a value outside −1 … labels.length − 1.
 */
export function splitGroups(
  split: CustomerSplit,
  customers: number,
): { groups: Int32Array; labels: string[] } {
  checkPerCustomer('split', split.values, customers);
  const n = split.labels.length;
  const groups = new Int32Array(customers);
  let none = false;
  for (let i = 0; i < customers; i++) {
    const v = split.values[i]!;
    if (v < -1 || v >= n) throw new Error(`invalid split value ${v} for customer ${i}`);
    if (v === -1) none = true;
    groups[i] = v === -1 ? n : v;
  }
  return { groups, labels: none ? [...split.labels, NO_GROUP_LABEL] : [...split.labels] };
}
