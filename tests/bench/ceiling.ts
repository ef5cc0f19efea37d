/**
 * The simple ceiling for the import bench (DESIGN.md, performance budgets): a hand-written
 * byte scanner for the bench files' formats (messy: `Клиент;Дата;Сумма;Канал`, dd.mm.yyyy,
 * decimal comma; clean: `,`, yyyy-mm-dd, decimal point) plus a typed-array cohort matrix (customers active per first-purchase month
 * × months since). Everything the app does beyond that — detection, any format, validation,
 * storage, the worker hops — is what the ratio to this measures.
 *
 * Runs in the page (`page.evaluate`), on the File in `#ceiling-input`, so it is timed in the
 * same browser, on the same machine state as the app in that run. Customers are told apart by
 * a 32-bit hash of their bytes (a collision would merge two: none in the bench file). No
 * nested named functions: tsx's name helpers do not exist in the page.
 */
export async function cohortCeilingInPage(clean = false): Promise<{
  ms: number;
  rows: number;
  customers: number;
  active: number;
  /** Months since 2000-01 of the data's first month, the months spanned, the matrix. */
  lo: number;
  span: number;
  /** Cell (cohort c, months since k) at c × span + k: customers active. */
  matrix: number[];
}> {
  const input = document.getElementById('ceiling-input') as HTMLInputElement;
  const t0 = performance.now();
  const bytes = new Uint8Array(await input.files![0]!.arrayBuffer());
  const n = bytes.length;
  const sep = clean ? 44 : 59;
  const point = clean ? 46 : 44;
  let p = bytes.indexOf(10) + 1; // skip the header
  let capacity = 1 << 20;
  let customer = new Int32Array(capacity);
  let month = new Int32Array(capacity);
  let amount = new Float64Array(capacity);
  // Open addressing on the customer's hash: slot → hash and id + 1 (0 = empty).
  const slots = 1 << 21;
  const slotHash = new Int32Array(slots);
  const slotId = new Int32Array(slots);
  let customers = 0;
  let rows = 0;
  while (p < n) {
    if (rows === capacity) {
      capacity *= 2;
      const c = new Int32Array(capacity);
      c.set(customer);
      customer = c;
      const m = new Int32Array(capacity);
      m.set(month);
      month = m;
      const a = new Float64Array(capacity);
      a.set(amount);
      amount = a;
    }
    // Customer: FNV-1a of its bytes → dense id.
    let hash = 0x811c9dc5;
    while (bytes[p] !== sep) hash = Math.imul(hash ^ bytes[p++]!, 0x01000193);
    p++;
    let slot = hash & (slots - 1);
    while (slotId[slot] !== 0 && slotHash[slot] !== hash) slot = (slot + 1) & (slots - 1);
    if (slotId[slot] === 0) {
      slotHash[slot] = hash;
      slotId[slot] = ++customers;
    }
    customer[rows] = slotId[slot]! - 1;
    // dd.mm.yyyy or yyyy-mm-dd → months since 2000-01.
    const m0 = clean ? p + 5 : p + 3;
    const y0 = clean ? p : p + 6;
    const mm = (bytes[m0]! - 48) * 10 + bytes[m0 + 1]! - 48;
    const yyyy =
      (bytes[y0]! - 48) * 1000 +
      (bytes[y0 + 1]! - 48) * 100 +
      (bytes[y0 + 2]! - 48) * 10 +
      bytes[y0 + 3]! -
      48;
    month[rows] = (yyyy - 2000) * 12 + mm - 1;
    p += 11;
    // Amount with a decimal mark, optionally negative.
    let sign = 1;
    if (bytes[p] === 45) {
      sign = -1;
      p++;
    }
    let whole = 0;
    let frac = 0;
    let scale = 1;
    while (bytes[p] !== point && bytes[p] !== sep) whole = whole * 10 + bytes[p++]! - 48;
    if (bytes[p] === point) {
      p++;
      while (bytes[p] !== sep) {
        frac = frac * 10 + bytes[p++]! - 48;
        scale *= 10;
      }
    }
    amount[rows] = sign * (whole + frac / scale);
    // Skip the channel.
    while (p < n && bytes[p] !== 10) p++;
    p++;
    rows++;
  }
  // Typed-array cohort: first month per customer, then distinct active customer-months.
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < rows; i++) {
    lo = Math.min(lo, month[i]!);
    hi = Math.max(hi, month[i]!);
  }
  const span = hi - lo + 1;
  const first = new Int32Array(customers).fill(span);
  for (let i = 0; i < rows; i++) {
    const m = month[i]! - lo;
    if (m < first[customer[i]!]!) first[customer[i]!] = m;
  }
  const seen = new Uint8Array(customers * span);
  const matrix = new Int32Array(span * span);
  let active = 0;
  for (let i = 0; i < rows; i++) {
    const c = customer[i]!;
    const m = month[i]! - lo;
    if (seen[c * span + m]) continue;
    seen[c * span + m] = 1;
    const cell = first[c]! * span + m - first[c]!;
    matrix[cell] = matrix[cell]! + 1;
    active++;
  }
  const ms = performance.now() - t0;
  return { ms, rows, customers, active, lo, span, matrix: Array.from(matrix) };
}
