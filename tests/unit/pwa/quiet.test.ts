import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnceQuiet } from '../../../src/pwa/quiet.ts';

describe('OnceQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs after the quiet time when nothing was ever busy', () => {
    const action = vi.fn();
    new OnceQuiet(action, 3000).busy(false);
    vi.advanceTimersByTime(2999);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('waits through a busy spell, and the full quiet time after it', () => {
    const action = vi.fn();
    const quiet = new OnceQuiet(action, 3000);
    quiet.busy(false);
    vi.advanceTimersByTime(2000);
    quiet.busy(true);
    vi.advanceTimersByTime(60_000);
    expect(action).not.toHaveBeenCalled();
    quiet.busy(false);
    vi.advanceTimersByTime(2999);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('runs once only, whatever is busy after', () => {
    const action = vi.fn();
    const quiet = new OnceQuiet(action, 10);
    quiet.busy(false);
    vi.advanceTimersByTime(10);
    quiet.busy(true);
    quiet.busy(false);
    vi.advanceTimersByTime(100);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
