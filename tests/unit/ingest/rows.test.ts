import { describe, expect, it } from 'vitest';
import { RowReader, type RawRows } from '../../../src/core/ingest/rows.ts';
import type { Delimiter } from '../../../src/core/ingest/types.ts';

function readInTwo(text: string, cut: number, delimiter: Delimiter): RawRows {
  const reader = new RowReader(delimiter);
  const a = reader.push(text.slice(0, cut), false);
  const b = reader.push(text.slice(cut), true);
  return { rows: [...a.rows, ...b.rows], lines: [...a.lines, ...b.lines] };
}

// Quoted delimiter, a quoted CRLF and LF, doubled quotes, a blank line and CRLF line ends.
const QUOTED = 'id,note\r\n1,"a, b"\r\n2,"two\r\nlines"\r\n\r\n3,"say ""hi"""\n4,"x\ny\nz"\n5,end';
const QUOTED_ROWS = [
  ['id', 'note'],
  ['1', 'a, b'],
  ['2', 'two\r\nlines'],
  ['3', 'say "hi"'],
  ['4', 'x\ny\nz'],
  ['5', 'end'],
];
// Row 3 starts on line 3 and holds a newline, line 5 is blank, so row "3" is on line 6;
// row "4" spans lines 7–9 and row "5" is on line 10.
const QUOTED_LINES = [1, 2, 3, 6, 7, 10];

const SPACED = ' 00001 19970101  1   11.77\n\n 00002\t19970112  5   77.00\r\n';

describe('RowReader', () => {
  it('gives the same rows and lines at every chunk boundary (quoted CSV)', () => {
    for (let cut = 0; cut <= QUOTED.length; cut++) {
      expect(readInTwo(QUOTED, cut, ',')).toEqual({ rows: QUOTED_ROWS, lines: QUOTED_LINES });
    }
  });

  it('gives the same rows at every chunk boundary (whitespace columns)', () => {
    const expected = {
      rows: [
        ['00001', '19970101', '1', '11.77'],
        ['00002', '19970112', '5', '77.00'],
      ],
      lines: [1, 3], // line 2 is blank
    };
    for (let cut = 0; cut <= SPACED.length; cut++) {
      expect(readInTwo(SPACED, cut, 'whitespace')).toEqual(expected);
    }
  });

  it('survives one-character pushes', () => {
    const reader = new RowReader(',');
    const rows: string[][] = [];
    const lines: number[] = [];
    for (const ch of QUOTED) {
      const r = reader.push(ch, false);
      rows.push(...r.rows);
      lines.push(...r.lines);
    }
    const last = reader.push('', true);
    expect([...rows, ...last.rows]).toEqual(QUOTED_ROWS);
    expect([...lines, ...last.lines]).toEqual(QUOTED_LINES);
  });

  const delimiters: [Delimiter, string][] = [
    [';', 'a;b\n1;2,5'],
    ['\t', 'a\tb\n1\t2,5'],
    ['|', 'a|b\n1|2,5'],
  ];
  it.each(delimiters)('splits on %j', (delimiter, text) => {
    expect(new RowReader(delimiter).push(text, true).rows).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
  });

  it('keeps no state beyond the tail: a trailing newline adds no row', () => {
    const r = new RowReader(',').push('a,b\n1,2\n\n', true);
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
