import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDecoder, detectEncoding, utf8Validity } from '../../../src/core/ingest/encoding.ts';
import type { EncodingName } from '../../../src/core/ingest/types.ts';
import { fixture } from './helpers.ts';

describe('detectEncoding on fixtures', () => {
  const cases: [file: string, encoding: EncodingName, bomLength: number, why: string][] = [
    ['orders-ru-cp1251.csv', 'windows-1251', 0, 'Russian words are runs of bytes ≥ 0xC0'],
    [
      'orders-ro-cp1250.csv',
      'windows-1250',
      0,
      'ş (0xBA) and ţ (0xFE) only read as letters in 1250',
    ],
    ['orders-utf8-bom-quoted.csv', 'utf-8', 3, 'EF BB BF byte order mark'],
    ['orders-bg-utf16.csv', 'utf-16le', 2, 'FF FE byte order mark'],
    ['orders-us-tab.tsv', 'utf-8', 0, 'plain ASCII'],
  ];
  it.each(cases)('%s → %s (%s)', (file, encoding, bomLength) => {
    const guess = detectEncoding(fixture(file));
    expect(guess.encoding).toBe(encoding);
    expect(guess.bomLength).toBe(bomLength);
    expect(guess.note).not.toBe('');
  });
});

describe('detectEncoding on bytes', () => {
  const latin1 = (text: string) => Uint8Array.from([...text], (c) => c.charCodeAt(0));
  const cases: [name: string, bytes: Uint8Array, encoding: EncodingName][] = [
    ['UTF-16BE BOM', Uint8Array.from([0xfe, 0xff, 0, 0x41]), 'utf-16be'],
    [
      'UTF-16LE without BOM: NUL after each ASCII byte',
      Uint8Array.from([0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0]),
      'utf-16le',
    ],
    // "é" in UTF-8 is C3 A9; the sample ends after C3, which is allowed.
    ['UTF-8 cut mid-character at the end', Uint8Array.from([0x63, 0x61, 0x66, 0xc3]), 'utf-8'],
    // "café" with é as the single byte E9: invalid UTF-8, a Western letter in 1252.
    ['Western French in 1252', latin1('café;crème;garçon'), 'windows-1252'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes).encoding).toBe(encoding);
  });
});

describe('utf8Validity is strict', () => {
  const cases: [name: string, bytes: number[], result: string][] = [
    ['ASCII', [0x41, 0x42], 'ascii'],
    ['two-byte ü', [0xc3, 0xbc], 'utf-8'],
    ['overlong "/" (C0 AF) is rejected', [0xc0, 0xaf], 'invalid'],
    [
      'UTF-16 surrogate encoded in UTF-8 (ED A0 80) is rejected',
      [0xed, 0xa0, 0x80, 0x41],
      'invalid',
    ],
    ['lone continuation byte', [0x41, 0x80, 0x41], 'invalid'],
    ['truncated 3-byte sequence at the end is accepted', [0x41, 0xe2, 0x82], 'utf-8'],
    ['truncated sequence followed by ASCII is not', [0xe2, 0x82, 0x41], 'invalid'],
  ];
  it.each(cases)('%s', (_name, bytes, result) => {
    expect(utf8Validity(Uint8Array.from(bytes))).toBe(result);
  });
});

describe('createDecoder', () => {
  it('strips the BOM and keeps characters split between chunks', () => {
    // Known text with 2-, 3- and 4-byte characters (Ş, И, €, 😀) after a UTF-8 BOM: fed byte by
    // byte, every one of them and the BOM is split, and the whole text must come out.
    const expected = 'customer_id,name\nc1,Ştefan Ţepeş\nc2,Иван Петров\nc3,5 € 😀\n';
    const encoded = new TextEncoder().encode(expected);
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encoded]);
    expect(encoded.length).toBeGreaterThan(expected.length);
    const decoder = createDecoder('utf-8');
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += decoder.decode(bytes.subarray(i, i + 1), false);
    text += decoder.decode(new Uint8Array(0), true);
    expect(text).toBe(expected);
  });

  it('decodes the quoted fixture after its BOM to the whole file text', () => {
    const bytes = fixture('orders-utf8-bom-quoted.csv');
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const decoder = createDecoder('utf-8');
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += decoder.decode(bytes.subarray(i, i + 1), false);
    text += decoder.decode(new Uint8Array(0), true);
    // The platform's decoder on the bytes after the BOM, in one go.
    expect(text).toBe(
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)),
    );
  });

  const encodings: [EncodingName, string][] = [
    ['utf-8', 'orders-ru-cp1251.csv'],
    ['windows-1251', 'orders-ru-cp1251.csv'],
    ['utf-16le', 'orders-bg-utf16.csv'],
    ['utf-8', 'orders-utf8-bom-quoted.csv'],
  ];
  it.each(encodings)('random chunking of %s input gives the same text (%s)', (encoding, file) => {
    const bytes = fixture(file);
    const whole = createDecoder(encoding).decode(bytes, true);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 })), (cuts) => {
        const decoder = createDecoder(encoding);
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        let text = '';
        for (let i = 0; i + 1 < points.length; i++) {
          text += decoder.decode(bytes.subarray(points[i], points[i + 1]), i + 2 === points.length);
        }
        expect(text).toBe(whole);
      }),
    );
  });

  it('random Unicode text survives random chunking of its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.nat()), (text, cuts) => {
        const bytes = new TextEncoder().encode(text);
        const decoder = createDecoder('utf-8');
        const points = [
          0,
          ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b),
          bytes.length,
        ];
        let out = '';
        for (let i = 0; i + 1 < points.length; i++) {
          out += decoder.decode(bytes.subarray(points[i], points[i + 1]), i + 2 === points.length);
        }
        // A leading U+FEFF in the random text is a BOM to the decoder and is dropped.
        expect(out).toBe(text.replace(/^\uFEFF/, ''));
      }),
    );
  });
});
