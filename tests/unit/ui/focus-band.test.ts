import { describe, expect, it } from 'vitest';
import { FocusBand } from '../../../src/ui/charts/focus-band.svelte.ts';
import { stepIndex } from '../../../src/ui/charts/focus.ts';

/** A keydown as the band sees it: its key, and whether the page's default was stopped. */
function press(key: string) {
  const event = {
    key,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

describe('FocusBand', () => {
  it('shows the hovered mark, else the keyboard mark while focused', () => {
    const band = new FocusBand(2);
    expect(band.shown).toBeNull(); // neither hovered nor focused
    const node = new EventTarget();
    band.focusable(node as Element);
    node.dispatchEvent(new Event('focus'));
    expect(band.shown).toBe(2);
    band.hovered = 5;
    expect(band.shown).toBe(5); // the pointer wins
    band.move(3);
    expect([band.hovered, band.shown]).toEqual([null, 3]); // a key moves: the pointer gives way
    node.dispatchEvent(new Event('blur'));
    expect([band.shown, band.active]).toEqual([null, 3]); // kept for the next focus
  });

  it('steps with movement keys, chooses with Enter and leaves other keys alone', () => {
    const band = new FocusBand(0);
    const chosen: number[] = [];
    const step = (key: string, i: number) => stepIndex(key, i, 10);
    const right = press('ArrowRight');
    band.key(right as unknown as KeyboardEvent, step, (i) => chosen.push(i));
    expect([band.active, right.defaultPrevented]).toEqual([1, true]);
    const enter = press('Enter');
    band.key(enter as unknown as KeyboardEvent, step, (i) => chosen.push(i));
    expect([chosen, enter.defaultPrevented]).toEqual([[1], true]);
    const tab = press('Tab');
    band.key(tab as unknown as KeyboardEvent, step);
    expect([band.active, tab.defaultPrevented]).toEqual([1, false]); // Tab still leaves the chart
  });

  it('lets a mark show itself on pointer or focus, and a finger lifting keeps it', () => {
    const band = new FocusBand<number | null>(null);
    const node = new EventTarget();
    const { destroy } = band.mark(node as Element, 4);
    node.dispatchEvent(new Event('pointerenter'));
    expect(band.shown).toBe(4);
    node.dispatchEvent(Object.assign(new Event('pointerleave'), { pointerType: 'touch' }));
    expect(band.shown).toBe(4);
    node.dispatchEvent(Object.assign(new Event('pointerleave'), { pointerType: 'mouse' }));
    expect(band.shown).toBeNull();
    destroy();
    node.dispatchEvent(new Event('focus'));
    expect(band.shown).toBeNull(); // listeners removed
  });
});
