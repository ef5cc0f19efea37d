/**
 * Cross-sell (seed 002): a lane's "ideal profile" is the set of products that most of its
 * best customers buy; a customer's gaps are the profile products they have not bought.
 */

/** Each customer's distinct products, ascending, as compressed rows. */
export interface CustomerProducts {
  offsets: Int32Array;
  products: Int32Array;
  /** Number of distinct products in the dictionary. */
  productCount: number;
}

/** Distinct products per customer from the transaction columns (rows with −1 skipped). */
export function customerProducts(
  customer: Int32Array,
  product: Int32Array,
  customers: number,
  productCount: number,
): CustomerProducts {
  const seen = new Map<number, Set<number>>();
  for (let r = 0; r < customer.length; r++) {
    const p = product[r]!;
    if (p < 0) continue;
    const c = customer[r]!;
    let set = seen.get(c);
    if (!set) seen.set(c, (set = new Set()));
    set.add(p);
  }
  const offsets = new Int32Array(customers + 1);
  const lists: number[][] = [];
  for (let c = 0; c < customers; c++) {
    const list = [...(seen.get(c) ?? [])].sort((a, b) => a - b);
    lists.push(list);
    offsets[c + 1] = offsets[c]! + list.length;
  }
  const products = new Int32Array(offsets[customers]!);
  lists.forEach((list, c) => products.set(list, offsets[c]));
  return { offsets, products, productCount };
}

/** Whether customer c bought product p. */
export function hasProduct(cp: CustomerProducts, c: number, p: number): boolean {
  for (let j = cp.offsets[c]!; j < cp.offsets[c + 1]!; j++) if (cp.products[j] === p) return true;
  return false;
}

export interface ProfileProduct {
  product: number;
  /** Share of the lane's best customers who bought it. */
  share: number;
}

export interface ProfileOptions {
  /** The best customers: this top fraction of the lane by value (at least one). */
  best: number;
  /** A product is in the profile when at least this share of the best customers bought it. */
  minShare: number;
}

export const DEFAULT_PROFILE: ProfileOptions = { best: 0.25, minShare: 0.5 };

/**
 * The ideal profile of a group of customers: the products bought by at least `minShare` of
 * its top `best` fraction by `value` (NaN values rank last), most common first.
 */
export function idealProfile(
  cp: CustomerProducts,
  members: ArrayLike<number>,
  value: Float64Array,
  options: ProfileOptions = DEFAULT_PROFILE,
): ProfileProduct[] {
  if (members.length === 0) return [];
  const ranked = Array.from(members).sort(
    (a, b) => (value[b]! || -Infinity) - (value[a]! || -Infinity) || a - b,
  );
  const top = ranked.slice(0, Math.max(1, Math.ceil(ranked.length * options.best)));
  const counts = new Int32Array(cp.productCount);
  for (const c of top) {
    for (let j = cp.offsets[c]!; j < cp.offsets[c + 1]!; j++) counts[cp.products[j]!]!++;
  }
  const profile: ProfileProduct[] = [];
  counts.forEach((count, product) => {
    const share = count / top.length;
    if (count > 0 && share >= options.minShare) profile.push({ product, share });
  });
  return profile.sort((a, b) => b.share - a.share || a.product - b.product);
}

/** The profile products customer c has not bought. */
export function missingProducts(
  cp: CustomerProducts,
  c: number,
  profile: readonly ProfileProduct[],
): number[] {
  return profile.filter((p) => !hasProduct(cp, c, p.product)).map((p) => p.product);
}
