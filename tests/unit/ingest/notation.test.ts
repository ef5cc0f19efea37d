/**
 * Every warning code the import raises, from small files read whole (detection) or streamed
 * (reconcile), and the detection notes as message keys with parameters.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/cli/english.ts';
import { detectSettings, type ImportWarning } from '../../../src/core/ingest/index.ts';
import { en } from '../../../src/messages/all.ts';
import { importReconciled } from './helpers.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
const detect = (lines: string[]) => detectSettings(bytes(lines), true);
const codes = (warnings: ImportWarning[]) => warnings.map((w) => w.code);

describe('warnings on files the whole file cannot decide', () => {
  it('amount.thousandsAssumed: only 1.500-style amounts in a semicolon file', () => {
    const d = detect(['id;date;amount', 'a;2024-01-02;1.500', 'b;2024-01-03;2.750']);
    expect([d.settings.decimal, d.settings.thousands]).toEqual([',', '.']);
    expect(d.warnings).toEqual([
      {
        code: 'amount.thousandsAssumed',
        params: { count: 2, sample: '1.500', mark: '.' },
        lines: [2, 3],
      },
    ]);
    expect(d.notes.decimal).toEqual({
      key: 'note.decimal.locale.semicolon',
      params: { decimal: ',', sample: '1.500' },
    });
  });

  it('amount.decimalAssumed: only 1.500-style amounts, nothing local about the file', () => {
    const d = detect(['id,date,amount', 'a,2024-01-02,1.500', 'b,2024-01-03,2.750']);
    expect(d.settings.decimal).toBe('.');
    expect(codes(d.warnings)).toEqual(['amount.decimalAssumed']);
    expect(d.warnings[0]!.lines).toEqual([2, 3]);
  });

  it('Cyrillic headers and dotted dates are locale evidence too', () => {
    const cyrillic = detect(['Клиент,Дата,Сумма', 'a,2024-01-02,1.500']);
    expect(cyrillic.settings.decimal).toBe(',');
    const dotted = detect(['id,date,amount', 'a,02.01.2024,1.500']);
    expect(dotted.settings.decimal).toBe(',');
  });

  it('amount.mixedDecimal: both decimal marks, the minority named with its lines', () => {
    const d = detect([
      'id,date,amount',
      'a,2024-01-02,12.50',
      'b,2024-01-03,13.50',
      'c,2024-01-04,"7,25"',
    ]);
    expect(d.settings.decimal).toBe('.');
    expect(d.warnings).toEqual([
      {
        code: 'amount.mixedDecimal',
        params: { count: 1, sample: '7,25', decimal: '.' },
        lines: [4],
      },
    ]);
  });

  it('date.orderAssumed: no number above 12, the order decides and it is said', () => {
    const d = detect(['id,date,amount', 'a,1/2/2024,1', 'b,1/3/2024,1', 'c,2/1/2024,1']);
    expect(d.settings.dateFormat).toBe('mdy');
    expect(d.notes.dateFormat?.key).toBe('note.date.order');
    expect(codes(d.warnings)).toEqual(['date.orderAssumed']);
    expect(d.warnings[0]!.params.format).toBe('mdy');
  });

  it('date.mixedOrder: days above 12 in both places', () => {
    const d = detect(['id,date,amount', 'a,13/1/2024,1', 'b,14/1/2024,1', 'c,1/15/2024,1']);
    expect(d.settings.dateFormat).toBe('dmy');
    expect(d.warnings).toEqual([
      {
        code: 'date.mixedOrder',
        params: { count: 1, sample: '1/15/2024', format: 'dmy' },
        lines: [4],
      },
    ]);
  });

  it('date.mixedFormats: dates written two ways', () => {
    const d = detect(['id,date,amount', 'a,2024-01-13,1', 'b,2024-01-14,1', 'c,15/01/2024,1']);
    expect(d.settings.dateFormat).toBe('iso');
    expect(codes(d.warnings)).toEqual(['date.mixedFormats']);
    expect(d.warnings[0]!.lines).toEqual([4]);
  });

  it('no warning for a file that decides everything', () => {
    expect(detect(['id,date,amount', 'a,2024-01-02,12.50']).warnings).toEqual([]);
  });
});

describe('warnings when the whole file changes the settings', () => {
  const head = Array.from({ length: 40 }, (_, i) => `c${i},${(i % 12) + 1}/1/2024,1.500`);

  it('date.formatChanged and amount.formatChanged name the first contradicting lines', () => {
    const lines = ['id,date,amount', ...head, 'z,1/13/2024,"2,50"', 'y,2/14/2024,1'];
    const r = importReconciled(bytes(lines), 200);
    expect(r.detection.settings).toMatchObject({ decimal: '.', dateFormat: 'dmy' });
    expect(r.settings).toMatchObject({ decimal: ',', thousands: '.', dateFormat: 'mdy' });
    expect(r.verdict.warnings.slice(0, 2)).toEqual([
      {
        code: 'amount.formatChanged',
        params: {
          count: 1,
          sample: '2,50',
          fromDecimal: '.',
          toDecimal: ',',
          fromThousands: '',
          toThousands: '.',
        },
        lines: [42],
      },
      {
        code: 'date.formatChanged',
        params: { count: 2, sample: '1/13/2024', from: 'dmy', to: 'mdy' },
        lines: [42, 43],
      },
    ]);
    expect(r.builder.rejectedCount).toBe(0);
    expect(r.builder.rowCount).toBe(42);
  });

  it('ambiguous amounts the first rows did not show are read as the locale suggests', () => {
    const ints = Array.from({ length: 40 }, (_, i) => `c${i};01.02.2024;${100 + i}`);
    const r = importReconciled(bytes(['Клиент;Дата;Сумма', ...ints, 'z;03.02.2024;1.500']), 200);
    expect(r.detection.settings.decimal).toBe('.');
    expect([r.settings.decimal, r.settings.thousands]).toEqual([',', '.']);
    expect(codes(r.verdict.warnings)).toEqual([
      'amount.formatChanged',
      'amount.thousandsAssumed',
      'date.orderAssumed',
    ]);
    expect(r.verdict.warnings[0]!.lines).toEqual([42]);
    expect(r.columns.amount.at(-1)).toBe(1500);
  });

  it('settings fixed by the user are not changed', async () => {
    const { reconcile, localeHint } = await import('../../../src/core/ingest/index.ts');
    const lines = ['id,date,amount', ...head, 'z,1/13/2024,"2,50"'];
    const r = importReconciled(bytes(lines), 200);
    const evidence = r.builder.evidence;
    const fixed = { decimal: '.', dateFormat: 'dmy' } as const;
    const verdict = reconcile(r.detection.settings, evidence, localeHint(',', [], evidence), fixed);
    expect(verdict.changed).toBe(false);
  });
});

describe('wording', () => {
  it('every warning code and note key has English words, used by the CLI', () => {
    const all: string[] = [
      'amount.thousandsAssumed',
      'amount.decimalAssumed',
      'amount.mixedDecimal',
      'amount.formatChanged',
      'date.orderAssumed',
      'date.mixedOrder',
      'date.formatChanged',
      'date.mixedFormats',
    ];
    for (const code of all) expect(Object.keys(en)).toContain(`warning.${code}`);
    expect(
      english('warning.date.formatChanged', {
        count: 2,
        sample: '1/13/2024',
        from: 'dmy',
        to: 'mdy',
      }),
    ).toBe(
      'Changed after reading the whole file: 2 dates such as “1/13/2024” do not read as day first (dd.mm.yyyy); now read as month first (mm/dd/yyyy).',
    );
  });

  it('detection notes are keys the catalog knows', () => {
    const d = detect(['id;date;amount', 'a;13.01.2024;12,50']);
    for (const note of Object.values(d.notes)) expect(Object.keys(en)).toContain(note.key);
    expect(d.notes.dateFormat).toEqual({
      key: 'note.date.dayFirst',
      params: { count: 1, total: 1 },
    });
  });
});
