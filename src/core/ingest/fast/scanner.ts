/**
 * The byte scanner: the common case of a transactions file read straight from its bytes. A
 * line that is plain ASCII, has exactly the table's width, no quote and values the settings
 * read without doubt is split, parsed and checked here: dates and amounts into numbers, ids
 * into dictionary indexes through a hash of their bytes, the whole-file evidence noted from
 * the same bytes — no string per field. Every other line (the preamble and the header, a
 * quote, a byte outside ASCII, NUL, a lone CR, a wrong field count, a value the fast readers
 * leave undecided, anything that would be rejected or warned about) goes, in file order, to
 * the string path — RowReader and TransactionBuilder.addRows, the reference — which decides
 * it exactly as it decides a whole file. So the result is the same as the string path's:
 * columns, dictionaries, rejections, warnings and evidence (tests/unit/ingest/fast-*.test.ts).
 */
import type { TransactionBuilder } from '../builder.ts';
import { FIRST_LETTERS, isTotalLabel } from '../report.ts';
import { RowReader } from '../rows.ts';
import { MAX_ATTRIBUTE_LENGTH } from '../text.ts';
import type { ImportSettings } from '../types.ts';
import { FIRST_DAY, LAST_DAY, MAX_AMOUNT, MAX_ID_LENGTH } from '../validate.ts';
import { UNDECIDED, ascii, dateOf, isTrimmed, plainNumber } from './cells.ts';
import { observeAmount, observeDate } from './evidence.ts';
import { ByteInterner } from './intern.ts';

/** What the scanner made of one line. */
const FAST = 0;
const SLOW = 1;
const QUOTE = 2;

/** Runs handed to the string path in one buffer before alternating lines switch it over. */
export const MIXED_RUNS = 256;

/** ASCII first letters of the total-row words (a cell starting otherwise is not a total). */
const TOTAL_FIRST = Uint8Array.from({ length: 128 }, (_, c) =>
  FIRST_LETTERS.has(String.fromCharCode(c)) ? 1 : 0,
);

const DELIMITERS: Record<string, number> = { ',': 44, ';': 59, '\t': 9, '|': 124 };

/** Whether the byte scanner can read files in these settings (else: the string path). */
export function scannable(settings: ImportSettings, width: number): boolean {
  const { columns, encoding, delimiter } = settings;
  if (encoding === 'utf-16le' || encoding === 'utf-16be' || !(delimiter in DELIMITERS))
    return false;
  if (columns.customerId === undefined || columns.date === undefined) return false;
  if (columns.amount === undefined || width < 2) return false;
  return Object.values(columns).every((c) => c !== undefined && c >= 0 && c < width);
}

type Role = 'customer' | 'order' | 'product' | 'channel';

/** Transactions bytes → a TransactionBuilder, fast where it can be and exact everywhere. */
export class ByteScanner {
  /** Rows read by the scanner itself, and lines handed to the string path. */
  fastRows = 0;
  slowLines = 0;
  readonly #builder: TransactionBuilder;
  readonly #reader: RowReader;
  readonly #decoder: TextDecoder;
  readonly #utf8: boolean;
  readonly #delimiter: number;
  readonly #width: number;
  readonly #point: number;
  readonly #format: ImportSettings['dateFormat'];
  readonly #window: ImportSettings['dateWindow'];
  /** Column of each role, −1 when absent. */
  readonly #id: number;
  readonly #date: number;
  readonly #amount: number;
  readonly #order: number;
  readonly #product: number;
  readonly #channel: number;
  readonly #quantity: number;
  readonly #cost: number;
  readonly #interners: Record<Role, ByteInterner>;
  /** Field bounds of the line being read (untrimmed), and trimmed. */
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #ts: Int32Array;
  readonly #te: Int32Array;
  #day = 0;
  #value = 0;
  #quantityValue = NaN;
  #costValue = NaN;
  /** Bytes after the last complete line of the previous push. */
  #tail: Uint8Array | null = null;
  #started = false;
  /** Past the preamble and header: every row from here is a data row. */
  #body = false;
  /** Physical line of the next line to read (when no string-path run is pending). */
  #line = 1;
  /** Byte range of the pending run of lines for the string path in the current buffer. */
  #runFrom = -1;
  #runTo = -1;

  constructor(settings: ImportSettings, width: number, builder: TransactionBuilder) {
    if (!scannable(settings, width)) throw new Error('These settings need the string path.');
    const c = settings.columns;
    this.#builder = builder;
    this.#reader = new RowReader(settings.delimiter);
    this.#decoder = new TextDecoder(settings.encoding, { ignoreBOM: true });
    this.#utf8 = settings.encoding === 'utf-8';
    this.#delimiter = DELIMITERS[settings.delimiter]!;
    this.#width = width;
    this.#point = settings.decimal === '.' ? 46 : 44;
    this.#format = settings.dateFormat;
    this.#window = settings.dateWindow;
    this.#id = c.customerId!;
    this.#date = c.date!;
    this.#amount = c.amount!;
    this.#order = c.orderId ?? -1;
    this.#product = c.product ?? -1;
    this.#channel = c.channel ?? -1;
    this.#quantity = c.quantity ?? -1;
    this.#cost = c.cost ?? -1;
    const interner = (role: Role) =>
      new ByteInterner((b, s, e) => builder.intern(role, ascii(b, s, e)));
    this.#interners = {
      customer: interner('customer'),
      order: interner('order'),
      product: interner('product'),
      channel: interner('channel'),
    };
    this.#starts = new Int32Array(width);
    this.#ends = new Int32Array(width);
    this.#ts = new Int32Array(width);
    this.#te = new Int32Array(width);
  }

  /** Reads the next bytes of the file (`final`: the last ones). */
  push(bytes: Uint8Array, final: boolean): void {
    const tail = this.#tail;
    if (!tail) return this.#scan(bytes, final);
    // Only the line cut by the previous slice is copied together, not the whole slice.
    const nl = bytes.indexOf(10);
    const cut = nl === -1 ? bytes.length : nl + 1;
    const joined = new Uint8Array(tail.length + cut);
    joined.set(tail);
    joined.set(bytes.subarray(0, cut), tail.length);
    this.#tail = null;
    if (nl === -1) return this.#scan(joined, final);
    this.#scan(joined, false);
    if (this.#tail) {
      // Not started yet (under three bytes): the rest goes with the bytes held back.
      const rest = this.#tail as Uint8Array;
      this.#tail = null;
      const all = new Uint8Array(rest.length + bytes.length - cut);
      all.set(rest);
      all.set(bytes.subarray(cut), rest.length);
      return this.#scan(all, final);
    }
    this.#scan(bytes.subarray(cut), final);
  }

  #scan(b: Uint8Array, final: boolean): void {
    const n = b.length;
    let p = 0;
    if (!this.#started) {
      if (n < 3 && !final) {
        this.#tail = b.slice();
        return;
      }
      this.#started = true;
      // The decoder of the string path drops a UTF-8 byte order mark at the start only.
      if (this.#utf8 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) p = 3;
    }
    const reader = this.#reader;
    // Runs handed over in this buffer, and lines read here or handed over.
    let runs = 0;
    let fast = 0;
    let slow = 0;
    while (p < n) {
      let nl = b.indexOf(10, p);
      let next = nl + 1;
      if (nl === -1) {
        if (!final) break;
        nl = next = n;
      }
      if (!reader.idle) {
        // Inside a quoted field running over lines: the string path reads the rest of the
        // buffer's lines at once (line by line, each push would parse the open row again).
        next = final ? n : b.lastIndexOf(10) + 1;
        this.#toReader(b, p, next, final);
        if (reader.idle) this.#line = reader.line;
      } else if (!this.#body) {
        this.#toReader(b, p, next, false);
        this.#line = reader.line;
        this.#body = this.#builder.isBody(this.#line);
      } else {
        const end = nl > p && b[nl - 1] === 13 ? nl - 1 : nl;
        const verdict = this.#read(b, p, end);
        if (verdict === FAST && this.#runFrom >= 0 && ++runs > MIXED_RUNS && slow * 8 > fast) {
          // Plain and other lines alternate: handing them over one by one costs more than
          // reading them here saves, so the string path reads the rest of this buffer.
          next = final ? n : b.lastIndexOf(10) + 1;
          this.#runTo = next;
          this.#flush(b, final && next === n);
        } else if (verdict === FAST) {
          this.#flush(b, false);
          this.#accept(b, this.#line++);
          fast++;
        } else {
          slow++;
          if (this.#runFrom < 0) {
            reader.moveTo(this.#line);
            this.#runFrom = p;
          }
          this.#runTo = next;
          this.slowLines++;
          if (verdict === QUOTE) this.#flush(b, false);
        }
      }
      p = next;
    }
    this.#flush(b, final);
    if (final && !reader.idle) this.#builder.addRows(reader.push('', true));
    if (p < n) this.#tail = b.slice(p);
  }

  /** Hands the pending run of lines to the string path. */
  #flush(b: Uint8Array, final: boolean): void {
    if (this.#runFrom < 0) {
      if (final && !this.#reader.idle) this.#toReader(b, 0, 0, true);
      return;
    }
    this.#toReader(b, this.#runFrom, this.#runTo, final);
    this.#runFrom = -1;
    if (this.#reader.idle) this.#line = this.#reader.line;
  }

  #toReader(b: Uint8Array, s: number, e: number, final: boolean): void {
    const text = s < e ? this.#decoder.decode(b.subarray(s, e)) : '';
    this.#builder.addRows(this.#reader.push(text, final));
  }

  /** Splits and reads the line [s, e) (without its line end); FAST leaves the values ready. */
  #read(b: Uint8Array, s: number, e: number): number {
    const width = this.#width;
    const delimiter = this.#delimiter;
    const starts = this.#starts;
    const ends = this.#ends;
    let k = 0;
    starts[0] = s;
    for (let i = s; i < e; i++) {
      const c = b[i]!;
      if (c === delimiter) {
        if (k + 1 === width) return quoteOr(b, i, e);
        ends[k] = i;
        starts[++k] = i + 1;
      } else if (c < 32 || c === 34 || c > 126) {
        if (c === 34) return QUOTE;
        // NUL, a CR not ending the line, bytes outside ASCII: the string path.
        if (c === 0 || c === 13 || c > 127) return quoteOr(b, i, e);
      }
    }
    if (k + 1 !== width) return SLOW;
    ends[k] = e;
    const ts = this.#ts;
    const te = this.#te;
    for (let f = 0; f < width; f++) {
      let a = starts[f]!;
      let z = ends[f]!;
      while (a < z && isTrimmed(b[a]!)) a++;
      while (z > a && isTrimmed(b[z - 1]!)) z--;
      ts[f] = a;
      te[f] = z;
    }
    if (this.#maybeTotal(b, 0) || this.#maybeTotal(b, this.#id)) return SLOW;
    const idLength = te[this.#id]! - ts[this.#id]!;
    if (idLength === 0 || idLength > MAX_ID_LENGTH) return SLOW;
    const ds = ts[this.#date]!;
    const de = te[this.#date]!;
    if (ds === de) return SLOW;
    const day = dateOf(b, ds, de, this.#format);
    if (day === UNDECIDED || day < FIRST_DAY || day > LAST_DAY) return SLOW;
    const window = this.#window;
    if (window && (day < window.first || day > window.last)) return SLOW;
    this.#day = day;
    const as = ts[this.#amount]!;
    const ae = te[this.#amount]!;
    if (as === ae) return SLOW;
    const value = plainNumber(b, as, ae, this.#point);
    if (Number.isNaN(value) || Math.abs(value) > MAX_AMOUNT) return SLOW;
    this.#value = value;
    this.#quantityValue = this.#optional(b, this.#quantity);
    this.#costValue = this.#optional(b, this.#cost);
    if (Number.isNaN(this.#quantityValue) && this.#filled(this.#quantity)) return SLOW;
    if (Number.isNaN(this.#costValue) && this.#filled(this.#cost)) return SLOW;
    if (this.#long(this.#order) || this.#long(this.#product) || this.#long(this.#channel))
      return SLOW;
    return FAST;
  }

  /** A trimmed cell that may be a total row's label (the string path decides). */
  #maybeTotal(b: Uint8Array, f: number): boolean {
    const s = this.#ts[f]!;
    const length = this.#te[f]! - s;
    if (length < 4 || length > 24 || TOTAL_FIRST[b[s]!] !== 1) return false;
    return isTotalLabel(ascii(b, s, s + length));
  }

  /** A text attribute the string path would cut. */
  #long(f: number): boolean {
    return f >= 0 && this.#te[f]! - this.#ts[f]! > MAX_ATTRIBUTE_LENGTH;
  }

  #filled(f: number): boolean {
    return f >= 0 && this.#te[f]! > this.#ts[f]!;
  }

  /** An optional number column: NaN when absent, empty or undecided. */
  #optional(b: Uint8Array, f: number): number {
    if (f < 0 || this.#te[f] === this.#ts[f]) return NaN;
    return plainNumber(b, this.#ts[f]!, this.#te[f]!, this.#point);
  }

  #intern(role: Role, b: Uint8Array, f: number): number {
    if (f < 0 || this.#te[f] === this.#ts[f]) return -1;
    return this.#interners[role].indexOf(b, this.#ts[f]!, this.#te[f]!);
  }

  /** Notes the evidence of the line just read and queues its row. */
  #accept(b: Uint8Array, line: number): void {
    const evidence = this.#builder.evidence;
    observeDate(evidence, b, this.#starts[this.#date]!, this.#ends[this.#date]!, line);
    observeAmount(evidence, b, this.#starts[this.#amount]!, this.#ends[this.#amount]!, line);
    this.#builder.acceptParsed(
      line,
      this.#intern('customer', b, this.#id),
      this.#day,
      this.#value,
      this.#intern('order', b, this.#order),
      this.#intern('product', b, this.#product),
      this.#intern('channel', b, this.#channel),
      this.#quantityValue,
      this.#costValue,
    );
    this.fastRows++;
  }
}

/** QUOTE when the rest of the line [i, e) holds a quote, else SLOW. */
function quoteOr(b: Uint8Array, i: number, e: number): number {
  // Within the line only: indexOf would search on through the whole buffer.
  for (let k = i; k < e; k++) if (b[k] === 34) return QUOTE;
  return SLOW;
}
