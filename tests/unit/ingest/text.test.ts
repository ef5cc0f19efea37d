/** Text hygiene at import: invisible characters removed, long texts cut, and both said. */
import { describe, expect, it } from 'vitest';
import {
  MAX_ATTRIBUTE_LENGTH,
  MAX_NAME_LENGTH,
  RowReader,
  TransactionBuilder,
  cleanText,
  detectSettings,
  parseCustomerRows,
  readAllRows,
  withoutInvisible,
} from '../../../src/core/ingest/index.ts';

const RLO = '\u202e';
const ZWSP = '\u200b';

describe('cleanText', () => {
  it.each([
    [`a${ZWSP}b`, 'ab', true],
    [`${RLO}fdp.exe`, 'fdp.exe', true],
    ['\u2066x\u2069\u200e\u200f\u061c\ufeff\u2060', 'x', true],
    ['Иван Петров', 'Иван Петров', false],
  ])('%j → %j', (input, text, removed) => {
    expect(cleanText(input, 100)).toEqual({ text, removed, truncated: false });
  });

  it('cuts at the maximum without splitting a surrogate pair', () => {
    expect(cleanText('x'.repeat(600), MAX_ATTRIBUTE_LENGTH).text).toHaveLength(512);
    const emoji = `${'x'.repeat(MAX_NAME_LENGTH - 1)}😀tail`;
    const cut = cleanText(emoji, MAX_NAME_LENGTH);
    expect(cut).toMatchObject({ truncated: true, text: 'x'.repeat(MAX_NAME_LENGTH - 1) });
    expect(withoutInvisible(`c${ZWSP}1`)).toBe('c1');
  });
});

/** The whole in-memory import of a small CSV text. */
function importText(text: string) {
  const bytes = new TextEncoder().encode(text);
  const { settings, headers } = detectSettings(bytes, true);
  const builder = new TransactionBuilder(settings, headers);
  builder.addRows(new RowReader(settings.delimiter).push(text, true));
  return { builder, columns: builder.flush()!, dictionaries: builder.dictionaries() };
}

describe('the transactions import', () => {
  it('makes ids that differ only by invisible characters one customer, and says so', () => {
    const text = [
      'customer_id,date,amount,product',
      'c1,2024-01-05,10.00,tea',
      `c${ZWSP}1,2024-01-06,20.00,tea`,
      `${RLO}c1,2024-01-07,30.00,${'p'.repeat(2000)}`,
      'c2,2024-01-08,5.00,coffee',
    ].join('\n');
    const { builder, dictionaries } = importText(text);
    // Hand count: lines 3 and 4 lose invisible characters; line 4's product is cut to 512.
    expect(dictionaries.customerIds).toEqual(['c1', 'c2']);
    expect(dictionaries.products?.map((p) => p.length)).toEqual([3, 512, 6]);
    expect(builder.warnings()).toEqual([
      { code: 'invisible-removed', params: { count: 2 }, lines: [3, 4] },
      { code: 'text-truncated', params: { count: 1, max: 512 }, lines: [4] },
    ]);
  });
});

describe('the customers import', () => {
  it('cleans ids and names and caps names at 256 characters, with warnings', () => {
    const text = `customer_id,name\nc1,${RLO}Anna\nc${ZWSP}2,${'n'.repeat(300)}\nc3,Ion\n`;
    const raw = readAllRows(text, ',');
    const { customers, warnings } = parseCustomerRows(raw, ['customer_id', 'name'], {
      hasHeader: true,
    });
    expect(customers.map((c) => [c.id, c.name?.length])).toEqual([
      ['c1', 4],
      ['c2', 256],
      ['c3', 3],
    ]);
    expect(warnings).toEqual([
      { code: 'invisible-removed', params: { count: 2 }, lines: [2, 3] },
      { code: 'text-truncated', params: { count: 1, max: 256 }, lines: [3] },
    ]);
  });
});
