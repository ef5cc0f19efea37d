import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { commands } from '../../../src/cli/commands/index.ts';
import { csvField, neutralizeCell } from '../../../src/core/index.ts';

/** Issue 20 item 7: one neutralising rule in core, for the app's CSV and the CLI's. */

afterEach(() => {
  vi.restoreAllMocks();
});

describe('neutralizeCell and csvField', () => {
  it('prefix formula-leading text with a quote, leave numbers and plain text', () => {
    for (const text of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(neutralizeCell(text)).toBe(`'${text}`);
    }
    expect(neutralizeCell('Anna')).toBe('Anna');
    expect(neutralizeCell(-12.5)).toBe(-12.5);
    expect(neutralizeCell(null)).toBeNull();
  });

  it('quote fields holding the delimiter, a quote or a line break, after neutralising', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('a;b', ';')).toBe('"a;b"');
  });
});

describe('tenure clv --out', () => {
  it('writes no cell a spreadsheet would run as a formula', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenure-csv-'));
    const input = join(dir, 'orders.csv');
    const out = join(dir, 'predictions.csv');
    const ids = ['=HYPERLINK("http://127.0.0.2/","x")', '+cmd', '@SUM(1)', '-2+3', 'plain'];
    const rows = ids.flatMap((id, i) => [
      `"${id.replace(/"/g, '""')}",2022-01-${String(3 + i).padStart(2, '0')},${10 + i}`,
      `"${id.replace(/"/g, '""')}",2022-03-${String(3 + i).padStart(2, '0')},${12 + i}`,
    ]);
    await writeFile(input, ['customer_id,date,amount', ...rows].join('\n') + '\n');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await commands.clv!.run(parseArgs([input, '--out', out]));
    expect(code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe(
      'customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,p_no_purchase,expected_value,clv',
    );
    const firstCells = lines.slice(1).map((line) => line.replace(/^"/, '')[0]);
    expect(firstCells.every((c) => c === "'" || c === 'p')).toBe(true);
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://127.0.0.2/"",""x"")",`))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith("'+cmd,"))).toBe(true);
  });
});
