import { describe, expect, it } from 'vitest';
import type { CohortRow } from '../../../src/core/index.ts';
import { escapeXml, heatmapRowsSvg } from '../../../src/features/cohorts/heatmap-cells.ts';

const rows: CohortRow[] = [
  { cohort: '2022-01', size: 10, values: [10, 4, 3], complete: [true, true, false] },
  {
    cohort: '2022-02',
    group: '<b>"Shop" & co</b>',
    size: 2,
    values: [2, 1],
    complete: [true, true],
  },
];

const layout = {
  uid: 'u',
  x: (k: number) => 100 + k * 30,
  y: (r: number) => 50 + r * 20,
  cellW: 30,
  rowH: 20,
  sizeRight: 94,
  labelEvery: 1,
  showText: true,
  cellFont: 11,
};

const words = {
  value: (r: number, k: number) => rows[r]!.values[k]! / rows[r]!.size,
  fill: (v: number | null) => (v === null ? '#fafafa' : `v${v}`),
  textFill: () => 'var(--ink)',
  text: (v: number | null) => `${Math.round((v ?? 0) * 100)} %`,
  name: (r: number, k: number) => `cell ${r}/${k}`,
  size: (row: CohortRow) => String(row.size),
  label: (row: CohortRow) => (row.group ? `${row.cohort} · ${row.group}` : row.cohort),
};

describe('heatmapRowsSvg', () => {
  it('writes one gridcell per value with its position, data and name; hatches incomplete cells', () => {
    const svg = heatmapRowsSvg(rows, [false, true], layout, words);
    const cells = [...svg.matchAll(/<rect id="u-(\d)-(\d)" role="gridcell"[^>]*>/g)];
    expect(cells.map((c) => `${c[1]}-${c[2]}`)).toEqual(['0-0', '0-1', '0-2', '1-0', '1-1']);
    expect(cells[1]![0]).toContain('aria-label="cell 0/1"');
    expect(cells[1]![0]).toContain('x="130" y="50" width="29" height="19" fill="v0.4"');
    expect(svg.match(/fill="url\(#hatch-u\)"/g)).toHaveLength(1);
    expect(svg).toContain('>30 %</text>');
    // The small row is faded and its size marked.
    expect(svg).toContain('<g role="row" class="faded" data-small="">');
    expect(svg).toContain('class="small-size" fill="var(--warn)">2</text>');
  });

  it('escapes labels and attributes from the file', () => {
    const svg = heatmapRowsSvg(rows, [false, false], layout, words);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('data-group="&lt;b&gt;&quot;Shop&quot; &amp; co&lt;/b&gt;"');
    expect(escapeXml(`a'b`)).toBe('a&#39;b');
  });

  it('leaves the values out when cells are too small for text', () => {
    const svg = heatmapRowsSvg(rows, [false, false], { ...layout, showText: false }, words);
    expect(svg).not.toContain('%</text>');
    expect(svg.match(/role="gridcell"/g)).toHaveLength(5);
  });
});
