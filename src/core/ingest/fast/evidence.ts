/**
 * FileEvidence.observeAmount and observeDate on the bytes of an ASCII cell (untrimmed, as the
 * string path passes it): the same counters, lines and samples, with a string made only for
 * a tally's first sample. Kept step for step beside evidence.ts; the property test in
 * tests/unit/ingest/fast-scanner.test.ts holds the two to the same effect.
 */
import { EXAMPLE_LINES, type FileEvidence, type Tally } from '../evidence.ts';
import { ascii, isTrimmed } from './cells.ts';

function add(t: Tally, line: number, b: Uint8Array, s: number, e: number): void {
  if (t.count === 0) t.sample = ascii(b, s, e);
  t.count++;
  if (t.lines.length < EXAMPLE_LINES) t.lines.push(line);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** `evidence.observeAmount(text, line)` for the cell [s, e). */
export function observeAmount(
  evidence: FileEvidence,
  b: Uint8Array,
  s: number,
  e: number,
  line: number,
): void {
  let start = s;
  while (start < e && !isDigit(b[start]!)) start++;
  if (start === e) return;
  let end = e - 1;
  while (!isDigit(b[end]!)) end--;
  const before = start > s ? b[start - 1]! : -1;
  if (before === 46 || before === 44) start--;
  let points = 0;
  let commas = 0;
  let lastPoint = -1;
  let lastComma = -1;
  let spaced = false;
  for (let i = start; i <= end; i++) {
    const c = b[i]!;
    if (c === 46) {
      points++;
      lastPoint = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if ((c === 32 || c === 39) && i > start) spaced = true;
  }
  const a = evidence.amounts;
  if (spaced) add(a.spaceGroups, line, b, s, e);
  if (points === 0 && commas === 0) return;
  if (points > 0 && commas > 0) {
    if (lastComma > lastPoint) {
      add(a.commaDecimal, line, b, s, e);
      add(a.pointGroups, line, b, s, e);
    } else {
      add(a.pointDecimal, line, b, s, e);
      add(a.commaGroups, line, b, s, e);
    }
    return;
  }
  const comma = commas > 0;
  const count = comma ? commas : points;
  if (count > 1) {
    add(comma ? a.commaGroups : a.pointGroups, line, b, s, e);
    add(comma ? a.pointDecimal : a.commaDecimal, line, b, s, e);
    return;
  }
  const mark = comma ? lastComma : lastPoint;
  const after = end - mark;
  let digitsBefore = 0;
  for (let i = mark - 1; i >= start && isDigit(b[i]!); i--) digitsBefore++;
  const leadingZero = digitsBefore === 1 && b[mark - 1] === 48;
  if (after === 3 && digitsBefore >= 1 && digitsBefore <= 3 && !leadingZero && !spaced) {
    add(comma ? a.comma3 : a.point3, line, b, s, e);
  } else add(comma ? a.commaDecimal : a.pointDecimal, line, b, s, e);
}

/** `evidence.observeDate(text, line)` for the cell [s, e). */
export function observeDate(
  evidence: FileEvidence,
  b: Uint8Array,
  s: number,
  e: number,
  line: number,
): void {
  const d = evidence.dates;
  let i = s;
  while (i < e && b[i] === 32) i++;
  if (i === e) return;
  let first = 0;
  const start = i;
  while (i < e && isDigit(b[i]!)) first = first * 10 + b[i++]! - 48;
  const len = i - start;
  const sep = i < e ? b[i]! : -1;
  const separated = sep === 46 || sep === 47 || sep === 45;
  if (len === 4 && separated) {
    add(sep === 45 ? d.iso : d.ymd, line, b, s, e);
    return;
  }
  if (!separated || len === 0 || len > 2) {
    // The rest, trimmed: empty, or a point and digits (`45000.5`).
    let from = i;
    let to = e;
    while (from < to && isTrimmed(b[from]!)) from++;
    while (to > from && isTrimmed(b[to - 1]!)) to--;
    let fraction = from < to && b[from] === 46;
    for (let k = from + 1; fraction && k < to; k++) fraction = isDigit(b[k]!);
    const serial = len >= 1 && len <= 7 && (from === to || fraction);
    if (len === 8 && from === to) add(d.compact, line, b, s, e);
    else add(serial ? d.serial : d.other, line, b, s, e);
    return;
  }
  i++;
  let second = 0;
  const from = i;
  while (i < e && isDigit(b[i]!)) second = second * 10 + b[i++]! - 48;
  if (i - from < 1 || i - from > 2 || (i < e ? b[i] : -1) !== sep) {
    add(d.other, line, b, s, e);
    return;
  }
  i++;
  let year = 0;
  const yearFrom = i;
  while (i < e && isDigit(b[i]!)) year = year * 10 + b[i++]! - 48;
  if (i - yearFrom === 2) year += year < 70 ? 2000 : 1900;
  add(d.dayMonth, line, b, s, e);
  if (sep === 46) evidence.dotted++;
  if (first > 12) add(evidence.firstHigh, line, b, s, e);
  if (second > 12) add(evidence.secondHigh, line, b, s, e);
  evidence.step(year * 512 + second * 32 + first, year * 512 + first * 32 + second);
}
