import { describe, expect, it } from 'vitest';
import {
  checkFilterSegments,
  customSegmentation,
  filterGroups,
  parseCustomSegmentation,
  type FilterColumns,
} from '../../../src/core/index.ts';

// Six customers: RFM codes, acquisition channel codes (−1: unknown) and recency in days.
const columns: FilterColumns = {
  categorical: {
    rfm: { codes: [0, 1, 2, 0, 1, 2], labels: ['Champions', 'Loyal', 'At risk'] },
    'attribute:acquisitionChannel': { codes: [0, 0, 1, 1, -1, 0], labels: ['Paid', 'Organic'] },
  },
  numeric: { recency: [5, 40, 200, 90, Number.NaN, 30] },
};

describe('filterGroups', () => {
  it('ANDs fields, ORs values of one field, first match wins, the rest is everyone else', () => {
    const groups = filterGroups(
      [
        {
          name: 'Best paid',
          conditions: [
            { kind: 'is', field: 'rfm', value: 'Champions' },
            { kind: 'is', field: 'rfm', value: 'Loyal' },
            { kind: 'is', field: 'attribute:acquisitionChannel', value: 'Paid' },
          ],
        },
        { name: 'Lapsing', conditions: [{ kind: 'range', field: 'recency', min: 30, max: 90 }] },
      ],
      columns,
      6,
    );
    // 0: Champions+Paid → 0; 1: Loyal+Paid → 0; 2: At risk, 200 d → rest (2);
    // 3: Champions but Organic, 90 d → 1; 4: channel unknown, recency NaN → 2; 5: At risk, 30 d → 1.
    expect(Array.from(groups)).toEqual([0, 0, 2, 1, 2, 1]);
  });

  it('open ranges, unknown values match nobody, unknown fields are refused', () => {
    const open = filterGroups(
      [{ name: 'Recent', conditions: [{ kind: 'range', field: 'recency', min: null, max: 30 }] }],
      columns,
      6,
    );
    expect(Array.from(open)).toEqual([0, 1, 1, 1, 1, 0]);
    const none = filterGroups(
      [{ name: 'X', conditions: [{ kind: 'is', field: 'rfm', value: 'Hibernating' }] }],
      columns,
      6,
    );
    expect(Array.from(none)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(() =>
      filterGroups(
        [{ name: 'Y', conditions: [{ kind: 'is', field: 'plan', value: 'a' }] }],
        columns,
        6,
      ),
    ).toThrow(/no "plan"/);
  });
});

describe('custom segmentation id', () => {
  it('round-trips and rejects malformed definitions', () => {
    const segments = [
      {
        name: 'Lapsing',
        conditions: [{ kind: 'range' as const, field: 'recency', min: 30, max: 90 }],
      },
    ];
    expect(parseCustomSegmentation(customSegmentation(segments))).toEqual(segments);
    expect(() => parseCustomSegmentation('custom:{')).toThrow(/not valid JSON/);
    expect(() => checkFilterSegments([{ name: 'A', conditions: [] }])).toThrow(/no condition/);
    expect(() => checkFilterSegments([{ name: '', conditions: [] }])).toThrow(/no name/);
  });
});
