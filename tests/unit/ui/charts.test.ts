import { describe, expect, it } from 'vitest';
import { isChoose, stepIndex } from '../../../src/ui/charts/focus.ts';
import { labelStep, plotArea, tickCount, tooltipLeft } from '../../../src/ui/charts/frame.ts';

// Expected values are hand calculations from each function's doc comment.

describe('plotArea', () => {
  const margin = { top: 10, right: 20, bottom: 40, left: 60 };

  it('is the chart less its margins', () => {
    expect(plotArea(800, 300, margin)).toEqual({
      width: 800,
      height: 300,
      left: 60,
      right: 780, // 800 − 20
      top: 10,
      bottom: 260, // 300 − 40
    });
  });

  it('keeps a minimum width, and never turns inside out', () => {
    expect(plotArea(50, 30, margin).right).toBe(70); // 60 + 10, past the 50 px edge
    expect(plotArea(50, 30, margin, 100).right).toBe(160);
    expect(plotArea(50, 30, margin).bottom).toBe(10); // 30 − 40 < top
  });
});

describe('labelStep and tickCount', () => {
  const cases: [count: number, width: number, px: number | undefined, step: number][] = [
    [36, 800, undefined, 3], // 36 · 64 = 2 304 px over 800 → every 3rd
    [10, 800, undefined, 1],
    [36, 0, undefined, 2304], // no room: one label
    [12, 300, 56, 3], // 672 / 300 → 3
  ];
  it.each(cases)('%i labels over %i px (%s px each) → every %i', (count, width, px, step) => {
    expect(labelStep(count, width, px)).toBe(step);
  });

  it('asks for one tick per px, within bounds', () => {
    expect(tickCount(640, 110)).toBe(5); // ⌊640 / 110⌋
    expect(tickCount(100, 110)).toBe(2); // at least 2
    expect(tickCount(1000, 60, 2, 5)).toBe(5); // at most 5
  });
});

describe('tooltipLeft', () => {
  it('goes right of the anchor, else left of it, else against the right edge', () => {
    expect(tooltipLeft(100, 200, 800)).toBe(112); // 100 + 12 + 200 ≤ 800
    expect(tooltipLeft(700, 200, 800)).toBe(488); // 700 − 12 − 200
    expect(tooltipLeft(150, 300, 360)).toBe(60); // fits neither side: 360 − 300
    expect(tooltipLeft(150, 400, 360)).toBe(0); // wider than the chart
  });
});

describe('stepIndex', () => {
  const cases: [key: string, from: number, to: number | undefined][] = [
    ['ArrowRight', 3, 4],
    ['ArrowRight', 9, 9], // the last stays
    ['ArrowLeft', 3, 2],
    ['ArrowLeft', 0, 0],
    ['Home', 5, 0],
    ['End', 5, 9],
    ['ArrowUp', 3, undefined], // left to the chart unless upDown
    ['PageUp', 3, undefined], // no page size
    ['Enter', 3, undefined],
  ];
  it.each(cases)('%s from %i among 10 → %s', (key, from, to) => {
    expect(stepIndex(key, from, 10)).toBe(to);
  });

  it('pages by the page size, clamped', () => {
    expect(stepIndex('PageUp', 3, 40, { page: 12 })).toBe(15);
    expect(stepIndex('PageUp', 35, 40, { page: 12 })).toBe(39);
    expect(stepIndex('PageDown', 5, 40, { page: 12 })).toBe(0);
  });

  it('moves with Up/Down when asked, and stops at the first index allowed', () => {
    expect(stepIndex('ArrowUp', 3, 10, { upDown: true })).toBe(4);
    expect(stepIndex('ArrowDown', 1, 10, { upDown: true, min: 1 })).toBe(1);
    expect(stepIndex('Home', 6, 10, { min: 1 })).toBe(1);
  });

  it('enters from outside the marks (no focus yet) at the first one', () => {
    expect(stepIndex('ArrowRight', -1, 10)).toBe(0);
    expect(stepIndex('ArrowLeft', -1, 10)).toBe(0);
  });

  it('chooses with Enter and Space only', () => {
    expect([isChoose('Enter'), isChoose(' '), isChoose('Escape')]).toEqual([true, true, false]);
  });
});
