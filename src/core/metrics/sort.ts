/**
 * Argsort of doubles by LSD radix sort on their bits: O(n) and stable, several times faster
 * than a comparator sort of indexes for the 100 000-customer arrays the metrics rank.
 */

const BUCKETS = 1 << 16;

/**
 * Indexes of `keys` in ascending order of key (stable: equal keys keep index order).
 * −0 sorts before +0 and NaN after +∞ (callers pass neither).
 */
export function argsort(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const words = new Uint32Array(keys.buffer.slice(keys.byteOffset, keys.byteOffset + n * 8));
  // Map each double to an unsigned integer of the same order: negative → flip every bit,
  // positive → flip the sign bit. Little-endian: word 2i is the low half, 2i + 1 the high.
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) {
      words[2 * i] = ~words[2 * i]! >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    } else {
      words[2 * i + 1] = (hi | 0x80000000) >>> 0;
    }
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Int32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(words[2 * i + word]! >>> shift) & 0xffff]!++;
    if (counts[(words[word]! >>> shift) & 0xffff] === n) continue; // one digit: nothing to do
    for (let d = 0, sum = 0; d < BUCKETS; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[counts[(words[2 * i + word]! >>> shift) & 0xffff]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}
