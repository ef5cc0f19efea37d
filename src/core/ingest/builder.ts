/**
 * Validated rows → columnar transactions, incrementally. Rows come in as the reader parses
 * them; accepted ones wait in growable typed arrays until taken as chunks, so a large file
 * never exists as an array of row objects.
 */
import type { TransactionColumns } from '../model.ts';
import type { RawRows } from './rows.ts';
import { FileEvidence } from './evidence.ts';
import { YearCounter } from './report.ts';
import { MAX_ATTRIBUTE_LENGTH } from './text.ts';
import type { ImportSettings, ImportWarning, RejectedRow } from './types.ts';
import { EXCLUDED_DATE, NUL_BYTE, RowChecker, TOTAL_ROW, notValid } from './validate.ts';

/** Whether a rejection says the row is not a row of the table at all. */
function structural(reason: string): boolean {
  return (
    reason.startsWith('wrong number of fields') ||
    reason === TOTAL_ROW ||
    reason === NUL_BYTE ||
    reason.startsWith('not valid ')
  );
}

/** Rejection reasons that become a warning of their own, with the warning's code. */
const WARNED_REASONS: ReadonlyMap<string, string> = new Map([
  [TOTAL_ROW, 'total-rows'],
  [NUL_BYTE, 'nul-bytes'],
  [EXCLUDED_DATE, 'dates-excluded'],
]);

/** Rejected rows kept in full; beyond this they are only counted. */
export const MAX_REJECTED_KEPT = 10_000;

/** A string → index dictionary that grows as values appear. */
class Dictionary {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();
  /** Values appended by `addNew` and not yet in `#index`. */
  #indexed = 0;
  /** Whether `indexOf` ever ran (then a value may exist that `addNew`'s caller has not seen). */
  #looked = false;

  /**
   * The index of a value its caller (the byte scanner) has not given before, without a map
   * entry until `indexOf` needs it; a value `indexOf` added is found as usual.
   */
  addNew(value: string): number {
    if (this.#looked) return this.indexOf(value);
    this.values.push(value);
    return this.values.length - 1;
  }

  indexOf(value: string): number {
    if (value === '') return -1;
    this.#looked = true;
    for (; this.#indexed < this.values.length; this.#indexed++)
      this.#index.set(this.values[this.#indexed]!, this.#indexed);
    let i = this.#index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.#index.set(value, i);
      this.#indexed++;
    }
    return i;
  }
}

/** Pending accepted rows: a typed-array queue with room to grow. */
class Pending {
  start = 0;
  end = 0;
  customer = new Int32Array(1024);
  day = new Int32Array(1024);
  amount = new Float64Array(1024);
  order = new Int32Array(1024);
  product = new Int32Array(1024);
  channel = new Int32Array(1024);
  quantity = new Float64Array(1024);
  cost = new Float64Array(1024);

  /** Makes room for one more row at `end`. */
  reserve(): void {
    if (this.end < this.day.length) return;
    const size = this.end - this.start;
    const capacity = size * 2 > this.day.length ? this.day.length * 2 : this.day.length;
    const keys = ['customer', 'day', 'order', 'product', 'channel'] as const;
    for (const k of keys) {
      const next = new Int32Array(capacity);
      next.set(this[k].subarray(this.start, this.end));
      this[k] = next;
    }
    for (const k of ['amount', 'quantity', 'cost'] as const) {
      const next = new Float64Array(capacity);
      next.set(this[k].subarray(this.start, this.end));
      this[k] = next;
    }
    this.start = 0;
    this.end = size;
  }
}

/** Turns parsed rows into validated transaction columns, with the reasons for rejections. */
export class TransactionBuilder {
  readonly rejected: RejectedRow[] = [];
  /** What every row read so far says about the number and date notation. */
  readonly evidence = new FileEvidence();
  readonly #settings: ImportSettings;
  readonly #headers: string[];
  readonly #checker: RowChecker;
  readonly #checkOnly: boolean;
  readonly #pending = new Pending();
  readonly #customers = new Dictionary();
  readonly #orders = new Dictionary();
  readonly #products = new Dictionary();
  readonly #channels = new Dictionary();
  #headerSkipped: boolean;
  readonly #headerRow: number;
  #rowCount = 0;
  #rejectedCount = 0;
  /** Physical lines of the preamble skipped above the header row. */
  readonly skippedLines: number[] = [];
  /** Dates of accepted rows per year, for dates far outside the bulk of the file. */
  readonly years = new YearCounter();
  /** Count and first lines of the rejections in WARNED_REASONS (and invalid bytes). */
  readonly #warned = new Map<string, { count: number; lines: number[] }>();

  /**
   * `headers` name the columns in rejections; the first row is skipped when it is the header.
   * `checkOnly`: rows are checked and counted (rejections, warnings, years) but not kept —
   * no columns, dictionaries or notation evidence (the warnings of a sample at detection).
   */
  constructor(settings: ImportSettings, headers: string[], { checkOnly = false } = {}) {
    this.#checkOnly = checkOnly;
    this.#settings = settings;
    this.#headers = headers;
    this.#checker = new RowChecker(settings, headers.length);
    this.#headerSkipped = !settings.hasHeader;
    this.#headerRow = settings.headerRow ?? 1;
  }

  /** Accepted rows so far. */
  get rowCount(): number {
    return this.#rowCount;
  }

  /** Rejected rows so far, including those beyond the ones kept in `rejected`. */
  get rejectedCount(): number {
    return this.#rejectedCount;
  }

  /** Validates and queues rows (the header row, if any, is the first row ever added). */
  addRows({ rows, lines, suspect = false }: RawRows): void {
    const keep = !this.#checkOnly;
    const { columns } = this.#settings;
    const checker = this.#checker;
    const p = this.#pending;
    const v = checker.values;
    for (let i = 0; i < rows.length; i++) {
      if (lines[i]! < this.#headerRow) {
        this.skippedLines.push(lines[i]!);
        continue;
      }
      if (!this.#headerSkipped) {
        this.#headerSkipped = true;
        continue;
      }
      const cells = rows[i]!;
      const ok = checker.check(cells, suspect);
      // A row that is not a row of the table (wrong width, a total, binary bytes) says
      // nothing about how its dates and amounts are written.
      if (keep && (ok || !structural(checker.problems[0]!.reason))) {
        if (columns.date !== undefined)
          this.evidence.observeDate(cells[columns.date] ?? '', lines[i]!);
        if (columns.amount !== undefined) {
          this.evidence.observeAmount(cells[columns.amount] ?? '', lines[i]!);
        }
      }
      if (!ok) {
        this.#reject(lines[i]!);
        continue;
      }
      if (checker.removedInvisible) this.#warn('invisible-removed', lines[i]!);
      if (checker.truncatedText) this.#warn('text-truncated', lines[i]!);
      this.years.add(v.day, lines[i]!);
      this.#rowCount++;
      if (!keep) continue;
      p.reserve();
      const at = p.end++;
      p.customer[at] = this.#customers.indexOf(v.customerId);
      p.day[at] = v.day;
      p.amount[at] = v.amount;
      if (columns.orderId !== undefined) p.order[at] = this.#orders.indexOf(v.orderId);
      if (columns.product !== undefined) p.product[at] = this.#products.indexOf(v.product);
      if (columns.channel !== undefined) p.channel[at] = this.#channels.indexOf(v.channel);
      if (columns.quantity !== undefined) p.quantity[at] = v.quantity;
      if (columns.cost !== undefined) p.cost[at] = v.cost;
    }
  }

  /** Whether the row on physical `line` is a data row: past the preamble and the header. */
  isBody(line: number): boolean {
    return this.#headerSkipped && line >= this.#headerRow;
  }

  /**
   * The dictionary index `addRows` gives a (trimmed, clean, non-empty) text value that the
   * caller (the byte scanner) has not interned before.
   */
  intern(role: 'customer' | 'order' | 'product' | 'channel', text: string): number {
    if (role === 'customer') return this.#customers.addNew(text);
    if (role === 'order') return this.#orders.addNew(text);
    return role === 'product' ? this.#products.addNew(text) : this.#channels.addNew(text);
  }

  /**
   * Queues a data row that the byte scanner (fast/scanner.ts) read and found without any
   * problem, exactly as `addRows` queues an accepted row; its evidence is already noted.
   * Indexes come from `intern`; absent columns are ignored.
   */
  acceptParsed(
    line: number,
    customer: number,
    day: number,
    amount: number,
    order: number,
    product: number,
    channel: number,
    quantity: number,
    cost: number,
  ): void {
    const { columns } = this.#settings;
    const p = this.#pending;
    this.years.add(day, line);
    p.reserve();
    const at = p.end++;
    p.customer[at] = customer;
    p.day[at] = day;
    p.amount[at] = amount;
    if (columns.orderId !== undefined) p.order[at] = order;
    if (columns.product !== undefined) p.product[at] = product;
    if (columns.channel !== undefined) p.channel[at] = channel;
    if (columns.quantity !== undefined) p.quantity[at] = quantity;
    if (columns.cost !== undefined) p.cost[at] = cost;
    this.#rowCount++;
  }

  #reject(line: number): void {
    this.#rejectedCount++;
    const problem = this.#checker.problems[0]!;
    const code =
      WARNED_REASONS.get(problem.reason) ??
      (problem.reason === notValid(this.#settings.encoding) ? 'invalid-bytes' : undefined);
    if (code) this.#warn(code, line);
    if (this.rejected.length >= MAX_REJECTED_KEPT) return;
    const column = problem.column === null ? null : (this.#headers[problem.column] ?? null);
    this.rejected.push({ line, column, reason: problem.reason });
  }

  /** Counts a row for a warning, keeping its first ten lines. */
  #warn(code: string, line: number): void {
    let seen = this.#warned.get(code);
    if (!seen) this.#warned.set(code, (seen = { count: 0, lines: [] }));
    seen.count++;
    if (seen.lines.length < 10) seen.lines.push(line);
  }

  /**
   * What the whole file showed that the user must see: rows rejected as totals, for bytes
   * that are not text or for excluded dates, and accepted dates far from the bulk of the file.
   */
  warnings(): ImportWarning[] {
    const warnings: ImportWarning[] = [];
    for (const [code, { count, lines }] of this.#warned) {
      const params: ImportWarning['params'] = { count };
      if (code === 'invalid-bytes') params.encoding = this.#settings.encoding;
      if (code === 'text-truncated') params.max = MAX_ATTRIBUTE_LENGTH;
      const { dateWindow } = this.#settings;
      if (code === 'dates-excluded' && dateWindow)
        [params.first, params.last] = [dateWindow.first, dateWindow.last];
      warnings.push({ code, params, lines });
    }
    const far = this.years.far();
    if (far) warnings.push(farDatesWarning(far));
    return warnings;
  }

  /**
   * Up to `maxRows` accepted rows not taken before, as freshly allocated arrays. Indexes point
   * into the global dictionaries (see `dictionaries()`); the chunk's own lists are empty.
   */
  takeChunk(maxRows: number): TransactionColumns | undefined {
    const p = this.#pending;
    const n = Math.min(maxRows, p.end - p.start);
    if (n <= 0) return undefined;
    const from = p.start;
    const to = from + n;
    const { columns } = this.#settings;
    const chunk: TransactionColumns = {
      customer: p.customer.slice(from, to),
      day: p.day.slice(from, to),
      amount: p.amount.slice(from, to),
      customerIds: [],
    };
    if (columns.orderId !== undefined)
      [chunk.order, chunk.orderIds] = [p.order.slice(from, to), []];
    if (columns.product !== undefined)
      [chunk.product, chunk.products] = [p.product.slice(from, to), []];
    if (columns.channel !== undefined)
      [chunk.channel, chunk.channels] = [p.channel.slice(from, to), []];
    if (columns.quantity !== undefined) chunk.quantity = p.quantity.slice(from, to);
    if (columns.cost !== undefined) chunk.cost = p.cost.slice(from, to);
    p.start = to;
    if (p.start === p.end) p.start = p.end = 0;
    return chunk;
  }

  /** All accepted rows not yet taken. */
  flush(): TransactionColumns | undefined {
    return this.takeChunk(this.#pending.end - this.#pending.start);
  }

  /** The dictionaries the chunks' indexes point into, as they stand now. */
  dictionaries(): Pick<TransactionColumns, 'customerIds' | 'orderIds' | 'products' | 'channels'> {
    const { columns } = this.#settings;
    return {
      customerIds: this.#customers.values,
      ...(columns.orderId !== undefined && { orderIds: this.#orders.values }),
      ...(columns.product !== undefined && { products: this.#products.values }),
      ...(columns.channel !== undefined && { channels: this.#channels.values }),
    };
  }
}

/** The `dates-far` warning: how many dates lie outside the bulk, which years, the bulk's bounds. */
export function farDatesWarning(far: NonNullable<ReturnType<YearCounter['far']>>): ImportWarning {
  return {
    code: 'dates-far',
    params: {
      count: far.count,
      years: far.years.slice(0, 5).join(', '),
      first: far.first,
      last: far.last,
    },
    lines: far.lines,
  };
}
