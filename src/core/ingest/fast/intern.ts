/**
 * Byte strings → dictionary indexes without a string per cell: an open-addressing table on a
 * 32-bit FNV-1a hash of the bytes, each entry checked byte for byte against a copy kept in a
 * pool (so a hash collision never merges two values). A miss asks the builder's dictionary,
 * which makes the one string the value needs (and knows values the string path added).
 *
 * Most exports number their customers and orders: one fixed prefix of up to three characters
 * (often none) and digits, "K85246" or "100234". Those go to a plain array indexed by the
 * number, which stays in the processor's cache where the hash table (32 bytes a slot, twice
 * the values) does not: in the 1M-row bench file the lookup was a quarter of the scan.
 */

/**
 * Slot layout in one Int32Array (half a cache line per slot): hash, index + 1, start in the
 * pool, length, and the first eight bytes packed (values up to eight bytes are compared
 * there, without touching the pool).
 */
const STRIDE = 8;

/** The numbered ids' array grows with what it holds: to 131 072 numbers, then 4 per id. */
const NUMBERS_AT_LEAST = 1 << 17;
const NUMBERS_PER_ID = 4;

export class ByteInterner {
  #mask = 4095;
  /** Per slot: hash, dictionary index + 1 (0 = empty), start, length, bytes 0–3, bytes 4–7. */
  #slots = new Int32Array(4096 * STRIDE);
  #pool = new Uint8Array(1 << 16);
  #used = 0;
  #count = 0;
  readonly #resolve: (b: Uint8Array, s: number, e: number) => number;
  /** The numbered ids' prefix: its bytes, and its length in the top byte; −1 until the first. */
  #prefix = -1;
  /** Per number: dictionary index + 1 (0 = not seen), and how many digits it was written in. */
  #numbered = new Int32Array(1024);
  #digits = new Uint8Array(1024);
  #numberedCount = 0;
  /**
   * Numbers from here on were once refused room in the array and went to the hash table: they
   * stay there, so no value is ever given to the dictionary twice (its `addNew` asks that).
   */
  #reach = Infinity;

  /** `resolve` gives the dictionary index of a value this table has not seen yet. */
  constructor(resolve: (b: Uint8Array, s: number, e: number) => number) {
    this.#resolve = resolve;
  }

  /** The dictionary index of the bytes [s, e). */
  indexOf(b: Uint8Array, s: number, e: number): number {
    const numbered = this.#numberedIndex(b, s, e);
    if (numbered >= 0) return numbered;
    let hash = 0x811c9dc5;
    let w0 = 0;
    let w1 = 0;
    for (let i = s; i < e; i++) {
      const c = b[i]!;
      hash = Math.imul(hash ^ c, 0x01000193);
      const k = i - s;
      if (k < 4) w0 |= c << (k * 8);
      else if (k < 8) w1 |= c << ((k - 4) * 8);
    }
    hash ^= hash >>> 15;
    const length = e - s;
    const mask = this.#mask;
    const slots = this.#slots;
    const pool = this.#pool;
    let slot = hash & mask;
    for (;;) {
      const at = slot * STRIDE;
      const id = slots[at + 1]!;
      if (id === 0) break;
      if (slots[at] === hash && slots[at + 3] === length) {
        if (length <= 8) {
          if (slots[at + 4] === w0 && slots[at + 5] === w1) return id - 1;
          slot = (slot + 1) & mask;
          continue;
        }
        const start = slots[at + 2]!;
        let k = 0;
        while (k < length && pool[start + k] === b[s + k]) k++;
        if (k === length) return id - 1;
      }
      slot = (slot + 1) & mask;
    }
    const index = this.#resolve(b, s, e);
    slots[slot * STRIDE + 4] = w0;
    slots[slot * STRIDE + 5] = w1;
    this.#insert(slot, hash, b, s, e, index);
    return index;
  }

  /**
   * The index of a numbered id, or −1 when the bytes are not one (another prefix, a letter
   * after the digits, ten digits or more, a number beyond the array, or the same number
   * written with other leading zeros): the hash table takes those.
   */
  #numberedIndex(b: Uint8Array, s: number, e: number): number {
    let p = s;
    let prefix = 0;
    for (; p < e; p++) {
      const c = b[p]!;
      if (c >= 48 && c <= 57) break;
      if (p - s === 3) return -1;
      prefix |= c << ((p - s) * 8);
    }
    const digits = e - p;
    if (digits === 0 || digits > 9) return -1;
    prefix |= (p - s) << 24;
    if (prefix !== this.#prefix) {
      if (this.#prefix !== -1) return -1;
      this.#prefix = prefix;
    }
    let number = 0;
    for (; p < e; p++) {
      const d = b[p]! - 48;
      if (d < 0 || d > 9) return -1;
      number = number * 10 + d;
    }
    if (number >= this.#reach) return -1;
    if (number >= this.#numbered.length && !this.#widen(number)) return -1;
    const id = this.#numbered[number]!;
    if (id !== 0) return this.#digits[number] === digits ? id - 1 : -1;
    const index = this.#resolve(b, s, e);
    this.#numbered[number] = index + 1;
    this.#digits[number] = digits;
    this.#numberedCount++;
    return index;
  }

  /** Makes room for `number` in the numbered ids' array, if it may grow that far. */
  #widen(number: number): boolean {
    if (number >= Math.max(NUMBERS_AT_LEAST, this.#numberedCount * NUMBERS_PER_ID)) {
      this.#reach = number;
      return false;
    }
    let size = this.#numbered.length;
    while (size <= number) size *= 2;
    const numbered = new Int32Array(size);
    numbered.set(this.#numbered);
    const digits = new Uint8Array(size);
    digits.set(this.#digits);
    this.#numbered = numbered;
    this.#digits = digits;
    return true;
  }

  #insert(slot: number, hash: number, b: Uint8Array, s: number, e: number, index: number): void {
    const length = e - s;
    if (this.#used + length > this.#pool.length) {
      const pool = new Uint8Array(Math.max(this.#pool.length * 2, this.#used + length));
      pool.set(this.#pool.subarray(0, this.#used));
      this.#pool = pool;
    }
    this.#pool.set(b.subarray(s, e), this.#used);
    const at = slot * STRIDE;
    this.#slots[at] = hash;
    this.#slots[at + 1] = index + 1;
    this.#slots[at + 2] = this.#used;
    this.#slots[at + 3] = length;
    this.#used += length;
    if (++this.#count * 2 > this.#mask) this.#grow();
  }

  #grow(): void {
    const old = this.#slots;
    const size = (this.#mask + 1) * 2;
    const mask = size - 1;
    const slots = new Int32Array(size * STRIDE);
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (slots[slot * STRIDE + 1] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + STRIDE), slot * STRIDE);
    }
    this.#mask = mask;
    this.#slots = slots;
  }
}
