import { describe, expect, it } from 'vitest';
import {
  SCENARIO_VERSION,
  ScenarioFileError,
  aggregateSegments,
  defaultChannels,
  newScenario,
  parseScenarioFile,
  prescriptionOf,
  scenarioFileText,
  scenarioOutcome,
  sensitivity,
  segmentInputs,
  tierOf,
  valueRiskGroups,
  type Scenario,
} from '../../../src/core/index.ts';

function sample(): Scenario {
  const segments = aggregateSegments(
    [0, 0, 1, 1, 1, -1],
    [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ],
    [0.2, 0.4, 0.9, 0.8, 0.7, 0.5],
    [100, 300, 50, 50, 50, 999],
  );
  const scenario = newScenario(
    'Base',
    'valueRisk',
    { unit: 'week', horizon: 52, discount: 0.002, margin: 1 },
    segments,
    defaultChannels(),
    25,
  );
  scenario.segments[0]!.spend = 3;
  scenario.segments[0]!.channel = 'mail';
  scenario.segments[1]!.max = 10;
  return scenario;
}

describe('aggregateSegments', () => {
  it('counts and averages per group, skipping customers in none', () => {
    const [a, b] = sample().segments;
    // A: customers 0 and 1 → p (0.2 + 0.4)/2 = 0.3, V (100 + 300)/2 = 200.
    expect([a!.customers, a!.p, a!.value]).toEqual([2, expect.closeTo(0.3, 12), 200]);
    // B: customers 2–4 → p 0.8, V 50; customer 5 (group −1) is nowhere.
    expect([b!.customers, b!.p, b!.value]).toEqual([3, expect.closeTo(0.8, 12), 50]);
  });
});

describe('scenario file', () => {
  it('round-trips through its text', () => {
    const scenario = sample();
    const file = parseScenarioFile(scenarioFileText(scenario, new Date('2024-05-01T00:00:00Z')));
    expect(file.version).toBe(SCENARIO_VERSION);
    expect(file.savedAt).toBe('2024-05-01T00:00:00.000Z');
    expect(file.scenario).toEqual(scenario);
    // The outcome read back, worked by hand: segment A (N 2, p 0.3, V 200) gets 3 per customer
    // by mail (e_max 0.1, k 4): e = 0.1 (1 − e^−0.75), value saved 2 · 0.3 · e · 200 =
    // 12 (1 − e^−0.75), cost 2 · 3 = 6; segment B spends nothing. Net 12 (1 − e^−0.75) − 6 ≈ 0.3316.
    const net = 12 * (1 - Math.exp(-0.75)) - 6;
    expect(net).toBeCloseTo(0.3316, 4);
    expect(scenarioOutcome(file.scenario).totals.net).toBeCloseTo(net, 12);
    expect(scenarioOutcome(file.scenario).totals.cost).toBe(6);
  });

  it.each([
    ['not JSON', '{"format": ', /^The file is not valid JSON/],
    ['another file', '{"hello": 1}', 'This is not a Tenure scenario file.'],
    [
      'no version',
      '{"format": "tenure-scenario"}',
      'The scenario file has no valid version number.',
    ],
  ])('rejects %s with a clear message', (_, text, message) => {
    expect(() => parseScenarioFile(text)).toThrow(ScenarioFileError);
    expect(() => parseScenarioFile(text)).toThrow(message);
  });

  it('rejects a file from a newer version', () => {
    const text = scenarioFileText(sample()).replace(
      `"version": ${SCENARIO_VERSION}`,
      `"version": ${SCENARIO_VERSION + 1}`,
    );
    expect(() => parseScenarioFile(text)).toThrow(
      `This scenario file was written by a newer version of Tenure (file version ${SCENARIO_VERSION + 1}; this version reads up to ${SCENARIO_VERSION}). Update Tenure to open it.`,
    );
  });

  it('names the first bad field of a damaged file', () => {
    const bad = (edit: (s: Record<string, unknown>) => void) => {
      const json = JSON.parse(scenarioFileText(sample())) as { scenario: Record<string, unknown> };
      edit(json.scenario);
      return () => parseScenarioFile(JSON.stringify(json));
    };
    expect(bad((s) => ((s.segments as Record<string, unknown>[])[1]!.p = 1.5))).toThrow(
      'The scenario file is damaged: scenario.segments[1].p must be a number in 0–1.',
    );
    expect(bad((s) => ((s.segments as Record<string, unknown>[])[0]!.channel = 'pigeon'))).toThrow(
      'scenario.segments[0].channel "pigeon" is not in the channel list',
    );
    expect(bad((s) => delete s.model)).toThrow('scenario.model must be an object');
    expect(bad((s) => ((s.channels as Record<string, unknown>[])[0]!.k = 0))).toThrow(
      'scenario.channels[0].k must be a number in 1e-9–1e7',
    );
  });
});

describe('sensitivity', () => {
  it('moves each assumption ±20 % and sorts by swing', () => {
    const scenario = sample();
    scenario.segments[0]!.valueLowerDiscount = 220;
    scenario.segments[0]!.valueHigherDiscount = 180;
    const inputs = segmentInputs(scenario).map((s, i) => ({ ...scenario.segments[i]!, ...s }));
    const { base, rows } = sensitivity(inputs);
    expect(base).toBeCloseTo(scenarioOutcome(scenario).totals.net, 9);
    const byParam = Object.fromEntries(rows.map((r) => [r.param, r]));
    // Net is linear in V: saved value × 0.8 / × 1.2 minus the same cost.
    const { valueSaved, cost } = scenarioOutcome(scenario).totals;
    expect(byParam.value!.low).toBeCloseTo(valueSaved * 0.8 - cost, 9);
    expect(byParam.value!.high).toBeCloseTo(valueSaved * 1.2 - cost, 9);
    // Discount: V 200 → 220 (lower rate) and 180 (higher) in segment A, the only one spending.
    expect(byParam.discount!.low).toBeCloseTo(valueSaved * 1.1 - cost, 9);
    expect(byParam.discount!.high).toBeCloseTo(valueSaved * 0.9 - cost, 9);
    // A larger k means a slower response: less net.
    expect(byParam.k!.high).toBeLessThan(base);
    for (let i = 1; i < rows.length; i++) {
      expect(Math.abs(rows[i]!.high - rows[i]!.low)).toBeLessThanOrEqual(
        Math.abs(rows[i - 1]!.high - rows[i - 1]!.low),
      );
    }
  });
});

describe('playbook', () => {
  it('follows seed 000', () => {
    expect(prescriptionOf({ value: 0, risk: 2 })).toBe('minimal');
    expect(prescriptionOf({ value: 2, risk: 0 })).toBe('minimal');
    expect(prescriptionOf({ value: 2, risk: 2 })).toBe('personal');
    expect(prescriptionOf({ value: 1, risk: 2 })).toBe('targeted');
    expect(prescriptionOf({ value: 2, risk: 2, winBack: true })).toBe('winBack');
    const t = { lowMax: 10, midMax: 100, midRisk: 0.5, highRisk: 0.8 };
    expect(tierOf(0.9, 150, t)).toEqual({ value: 2, risk: 2 });
    expect(tierOf(0.5, 100, t)).toEqual({ value: 1, risk: 1 });
  });

  it('groups customers into value × risk cells and win-back', () => {
    const clv = Float64Array.from([1, 2, 3, 4, 5, 6, Number.NaN]);
    const pNo = Float64Array.from([0.1, 0.6, 0.9, 0.1, 0.9, 0.9, 0.5]);
    const pAlive = Float64Array.from([0.9, 0.9, 0.9, 0.9, 0.9, 0.05, 0.5]);
    const revenue = Float64Array.from([1, 1, 1, 1, 1, 50, 1]);
    const { group, lowMax, midMax } = valueRiskGroups(clv, pNo, pAlive, revenue);
    // Tertiles of 1..6: 1 + 5/3 = 2.667 and 1 + 10/3 = 4.333.
    expect(lowMax).toBeCloseTo(8 / 3, 12);
    expect(midMax).toBeCloseTo(13 / 3, 12);
    expect(Array.from(group)).toEqual([0, 1, 5, 3, 8, 9, 255]);
  });
});
