import { describe, expect, it } from 'vitest';
import {
  SCENARIO_LIMITS,
  allocateBudget,
  efficientFrontier,
  frontierRange,
} from '../../../src/core/index.ts';

/**
 * The simulator's optimiser sentence and its frontier must name the same best net value: the
 * frontier is drawn far enough to hold the peak (the optimiser with no budget limit). Here one
 * segment is so valuable that its peak lies beyond 4 k, where the default range ends.
 */
describe('frontier and optimiser agree on the most a plan can earn', () => {
  const segments = [
    { customers: 300, p: 0.6, value: 3000, curve: { eMax: 0.3, k: 5 }, min: null, max: null },
    { customers: 1000, p: 0.3, value: 40, curve: { eMax: 0.05, k: 0.2 }, min: null, max: null },
  ];

  it('the default range misses the peak; a range past the peak gives the exact figure', () => {
    const peak = allocateBudget(segments, SCENARIO_LIMITS.total);
    expect(peak.stoppedBy).toBe('breakEven');
    const short = efficientFrontier(segments, frontierRange(segments), 80);
    expect(short.breakEven).toBeLessThan(peak.cost);
    const range = Math.max(frontierRange(segments), peak.cost * 1.5);
    const full = efficientFrontier(segments, range, 80);
    expect(full.bestNet).toBeCloseTo(peak.net, 6);
    expect(full.breakEven).toBeCloseTo(peak.cost, 6);
    // Any budget at or past the peak: the optimiser reaches that same figure.
    expect(allocateBudget(segments, peak.cost * 3).net).toBeCloseTo(full.bestNet, 6);
  });
});
