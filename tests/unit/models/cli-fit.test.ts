/** `tenure fit … --json`: the published CDNOW fit, honest convergence and the timing fields. */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { fit } from '../../../src/cli/commands/fit.ts';

const summaryPath = fileURLToPath(
  new URL('../../fixtures/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url),
);

async function runFit(argv: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await fit(parseArgs(argv));
  vi.restoreAllMocks();
  return { code, json: JSON.parse(stdout) as Record<string, unknown> };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tenure fit --json', () => {
  it('reports the published BG/NBD fit with its gradient, iterations and timing', async () => {
    const { code, json } = await runFit([summaryPath, '--model', 'bgnbd', '--json']);
    expect(code).toBe(0);
    // Fader, Hardie & Lee 2005: r 0.2426, α 4.4136, a 0.7929, b 2.4259, LL −9582.43.
    const params = json.params as Record<string, number>;
    expect(params.r).toBeCloseTo(0.2426, 4);
    expect(params.alpha).toBeCloseTo(4.4136, 3);
    expect(params.a).toBeCloseTo(0.7929, 4);
    expect(params.b).toBeCloseTo(2.4259, 3);
    expect(json.logLikelihood as number).toBeCloseTo(-9582.43, 1);
    expect(json).toMatchObject({ model: 'bgnbd', customers: 2357, converged: true });
    expect(json.gradientNorm as number).toBeLessThan(1e-9);
    expect(json.iterations as number).toBeGreaterThan(0);
    const timing = json.timing as Record<string, number>;
    expect(Object.keys(timing).sort()).toEqual(['fitMs', 'readMs', 'summaryMs']);
    for (const ms of Object.values(timing)) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('reports the published Gamma-Gamma fit', async () => {
    const { json } = await runFit([summaryPath, '--model', 'gammagamma', '--json']);
    // Fader, Hardie & Lee 2005 (RFM and CLV) via lifetimes: p 6.2488, q 3.7446, γ 15.4477.
    const params = json.params as Record<string, number>;
    expect(params.p).toBeCloseTo(6.2488, 3);
    expect(params.q).toBeCloseTo(3.7446, 3);
    expect(params.gamma).toBeCloseTo(15.4477, 2);
    expect(json.converged).toBe(true);
  });
});
