import { describe, expect, it } from 'vitest';
import { csvDialect, neutralizeCell, toCsv } from '../../../src/ui/csv.ts';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const text of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(neutralizeCell(text)).toBe(`'${text}`);
    }
    expect(neutralizeCell('Anna')).toBe('Anna');
    expect(neutralizeCell(-12.5)).toBe(-12.5);
  });

  it('follows the locale: `,` and decimal point in English, `;` and decimal comma in Russian', () => {
    expect(csvDialect('en')).toEqual({ delimiter: ',', decimal: '.' });
    expect(csvDialect('ru')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvDialect('ro')).toEqual({ delimiter: ';', decimal: ',' });
    expect(toCsv(['id', 'value'], [['=x', 1234.5]], 'en')).toBe("\ufeffid,value\r\n'=x,1234.5");
    expect(toCsv(['id', 'value'], [['a;b', -1.25]], 'bg')).toBe('\ufeffid;value\r\n"a;b";-1,25');
  });

  it('neutralises header cells like data cells (a scenario name becomes a header)', () => {
    const header = ['Measure', '=HYPERLINK("http://127.0.0.2/","x")', '+1', '-2', '@cmd', '\tx'];
    const csv = toCsv(header, [['Net', 1, 2, 3, 4, 5]], 'en');
    const [first] = csv.slice(1).split('\r\n');
    expect(first).toBe(`Measure,"'=HYPERLINK(""http://127.0.0.2/"",""x"")",'+1,'-2,'@cmd,'\tx`);
  });
});
