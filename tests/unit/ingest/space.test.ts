import { describe, expect, it } from 'vitest';
import {
  countLines,
  estimateImportBytes,
  spaceShortfall,
  STORED_BYTES_PER_ROW,
} from '../../../src/core/ingest/space.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('countLines', () => {
  it('counts line feeds and a last line without one', () => {
    expect(countLines(bytes(''))).toBe(0);
    expect(countLines(bytes('a,b\n'))).toBe(1);
    expect(countLines(bytes('a,b\n1,2'))).toBe(2);
    expect(countLines(bytes('a,b\r\n1,2\r\n3,4\r\n'))).toBe(3);
  });
});

describe('estimateImportBytes', () => {
  it('is 16 bytes per estimated row plus 20 %', () => {
    // A 1 MiB sample of 25-byte lines; a 100 MiB file ≈ 4 194 304 rows × 16 B × 1.2.
    const mb = 1 << 20;
    const lines = mb / 25;
    const rows = Math.ceil((100 * mb) / (mb / lines));
    expect(estimateImportBytes(100 * mb, mb, lines)).toBe(
      Math.ceil(rows * STORED_BYTES_PER_ROW * 1.2),
    );
    expect(estimateImportBytes(100 * mb, mb, lines)).toBe(80_530_637);
  });

  it('is exact in rows when the sample is the whole file', () => {
    const text = 'customer,date,amount\nA,2024-01-01,1\nB,2024-01-02,2\n';
    const sample = bytes(text);
    expect(estimateImportBytes(sample.length, sample.length, countLines(sample))).toBe(
      Math.ceil(3 * 16 * 1.2),
    );
  });

  it('treats an empty file as needing nothing and a sample without lines as one row', () => {
    expect(estimateImportBytes(0, 0, 0)).toBe(0);
    expect(estimateImportBytes(500, 500, 0)).toBe(Math.ceil(16 * 1.2));
  });

  it('grows with the file size', () => {
    const small = estimateImportBytes(1_000_000, 10_000, 400);
    const large = estimateImportBytes(10_000_000, 10_000, 400);
    expect(large).toBeGreaterThan(small * 9);
  });
});

describe('spaceShortfall', () => {
  it('reports needed and available when the import would not fit', () => {
    expect(spaceShortfall(5_000, 900, 1_000)).toEqual({ needed: 5_000, available: 100 });
    expect(spaceShortfall(5_000, 2_000, 1_000)).toEqual({ needed: 5_000, available: 0 });
  });

  it('is null when it fits or the quota is unknown', () => {
    expect(spaceShortfall(5_000, 0, 10_000)).toBeNull();
    expect(spaceShortfall(5_000, null, 10_000)).toBeNull();
    expect(spaceShortfall(5_000, 100, null)).toBeNull();
  });
});
