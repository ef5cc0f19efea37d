/** The CLI's English sentences for the reading warnings (encoding, preamble, totals, far dates). */
import { isoDate, type ImportWarning } from '../core/index.ts';

const lineList = (lines: readonly number[]) => lines.join(', ');

/** The sentence for a warning's code and parameters; unknown codes print the code. */
export function warningMessage(w: ImportWarning): string {
  const p = w.params;
  switch (w.code) {
    case 'preamble':
      return `${p.count} line(s) above the header (line ${p.header}) are a title or blank, not data: skipped (lines ${lineList(w.lines)})`;
    case 'duplicate-header':
      return `several columns are named "${p.name}" (columns ${p.column}, ${p.others}); column ${p.column} is read as ${p.role} — use --map ${p.role}=N to pick another`;
    case 'total-rows':
      return `${p.count} total row(s) rejected (reason "total row")`;
    case 'nul-bytes':
      return `${p.count} row(s) hold a NUL byte and were rejected`;
    case 'invalid-bytes':
      return `${p.count} row(s) hold bytes that are not valid ${p.encoding} and were rejected; the file may mix encodings`;
    case 'dates-far':
      return `${p.count} date(s) lie far outside the rest of the file (years ${p.years}; the bulk runs ${isoDate(Number(p.first))} … ${isoDate(Number(p.last))})`;
    case 'encoding-changed':
      return `bytes after the first megabyte (lines ${lineList(w.lines)}) are not ${p.from}: the whole file was read as ${p.to}`;
    case 'dates-excluded':
      return `${p.count} row(s) dated far outside the file were excluded as asked`;
    case 'invisible-removed':
      return `invisible characters (direction marks, zero-width spaces) removed from ids or names in ${p.count} row(s)`;
    case 'text-truncated':
      return `texts longer than ${p.max} characters cut to ${p.max} in ${p.count} row(s)`;
    default:
      return w.code;
  }
}
