import { describe, expect, it } from 'vitest';
import {
  SCENARIO_LIMITS,
  ScenarioFileError,
  aggregateSegments,
  capGroups,
  defaultChannels,
  newScenario,
  parseScenarioFile,
  scenarioFileText,
  type Scenario,
} from '../../../src/core/index.ts';

/** Issue 20 item 5: every limit of a scenario file, each refusal naming the field. */

function sample(): Scenario {
  const segments = aggregateSegments(
    [0, 1, 1],
    [
      { key: 'a', label: 'A' },
      { key: 'vip', label: 'VIP' },
    ],
    [0.2, 0.9, 0.8],
    [100, 50, 50],
  );
  return newScenario(
    'Base',
    'valueRisk',
    { unit: 'week', horizon: 52, discount: 0.002, margin: 1 },
    segments,
    defaultChannels(),
    25,
  );
}

type Json = Record<string, unknown> & {
  model: Record<string, unknown>;
  channels: Record<string, unknown>[];
  segments: Record<string, unknown>[];
};

/** The sample's file text after `edit`, parsed: a function that throws or returns. */
function edited(edit: (s: Json) => void): () => unknown {
  const json = JSON.parse(scenarioFileText(sample())) as { scenario: Json };
  edit(json.scenario);
  const text = JSON.stringify(json);
  return () => parseScenarioFile(text);
}

function refusal(edit: (s: Json) => void): string {
  try {
    edited(edit)();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioFileError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

const seg = (s: Json, i = 0) => s.segments[i]!;
const chan = (s: Json, i = 0) => s.channels[i]!;

describe('scenario limits', () => {
  it.each<[string, (s: Json) => void, string]>([
    [
      'a fractional horizon',
      (s) => (s.model.horizon = 1.5),
      'scenario.model.horizon must be a whole number in 1–3660',
    ],
    [
      'a horizon of 10 000',
      (s) => (s.model.horizon = 1e4),
      'scenario.model.horizon must be a whole number in 1–3660',
    ],
    ['a horizon of 0', (s) => (s.model.horizon = 0), 'scenario.model.horizon must be'],
    [
      'a discount above 1',
      (s) => (s.model.discount = 2),
      'scenario.model.discount must be a number in 0–1',
    ],
    [
      '1 001 segments',
      (s) => (s.segments = Array.from({ length: 1001 }, (_, i) => ({ ...seg(s), key: `k${i}` }))),
      'scenario.segments: at most 1000 entries (the file has 1001)',
    ],
    [
      '51 channels',
      (s) => (s.channels = Array.from({ length: 51 }, (_, i) => ({ ...chan(s), id: `c${i}` }))),
      'scenario.channels: at most 50 entries (the file has 51)',
    ],
    [
      'a duplicate segment key',
      (s) => s.segments.push({ ...seg(s, 1) }),
      'scenario.segments[2].key: duplicate "vip"',
    ],
    [
      'a duplicate channel id',
      (s) => s.channels.push({ ...chan(s, 1) }),
      'scenario.channels[6].id: duplicate "sms"',
    ],
    ['an empty channel id', (s) => (chan(s).id = ''), 'scenario.channels[0].id must not be empty'],
    [
      'a spend of 1e308',
      (s) => (seg(s).spend = 1e308),
      'scenario.segments[0].spend must be a number in 0–1e7',
    ],
    [
      'a negative spend',
      (s) => (seg(s, 1).spend = -1),
      'scenario.segments[1].spend must be a number in 0–1e7',
    ],
    [
      'a fixed cost of 1e13',
      (s) => (seg(s).fixedCost = 1e13),
      'scenario.segments[0].fixedCost must be a number in 0–1e12',
    ],
    [
      'fractional customers',
      (s) => (seg(s).customers = 2.5),
      'scenario.segments[0].customers must be a whole number in 0–1e9',
    ],
    [
      'too many customers',
      (s) => (seg(s).customers = 2e9),
      'scenario.segments[0].customers must be a whole number in 0–1e9',
    ],
    ['p above 1', (s) => (seg(s).p = 1.01), 'scenario.segments[0].p must be a number in 0–1'],
    [
      'a base p below 0',
      (s) => (seg(s).baseP = -0.1),
      'scenario.segments[0].baseP must be a number in 0–1',
    ],
    [
      'a value of 1e300',
      (s) => (seg(s).value = 1e300),
      'scenario.segments[0].value must be a number in -1e9–1e9',
    ],
    [
      'a base value of −1e10',
      (s) => (seg(s).baseValue = -1e10),
      'scenario.segments[0].baseValue must be a number in -1e9–1e9',
    ],
    [
      'a value at another discount of 1e10',
      (s) => (seg(s).valueLowerDiscount = 1e10),
      'scenario.segments[0].valueLowerDiscount must be a number in -1e9–1e9',
    ],
    [
      'a maximum of 1e8',
      (s) => (seg(s).max = 1e8),
      'scenario.segments[0].max must be a number in 0–1e7',
    ],
    [
      'a maximum below the minimum',
      (s) => ((seg(s).min = 5), (seg(s).max = 2)),
      'scenario.segments[0].max must not be below scenario.segments[0].min',
    ],
    [
      'e_max above 1',
      (s) => (chan(s).eMax = 1.5),
      'scenario.channels[0].eMax must be a number in 0–1',
    ],
    ['k of 0', (s) => (chan(s).k = 0), 'scenario.channels[0].k must be a number in 1e-9–1e7'],
    ['k of 1e8', (s) => (chan(s).k = 1e8), 'scenario.channels[0].k must be a number in 1e-9–1e7'],
    [
      'a cost per contact of 1e8',
      (s) => (chan(s).costPerContact = 1e8),
      'scenario.channels[0].costPerContact must be a number in 0–1e7',
    ],
    ['a budget of 1e13', (s) => (s.budget = 1e13), 'scenario.budget must be a number in 0–1e12'],
    ['a negative budget', (s) => (s.budget = -5), 'scenario.budget must be a number in 0–1e12'],
    ['a CAC of 1e10', (s) => (s.cac = 1e10), 'scenario.cac must be a number in 0–1e9'],
    [
      'a 5 000-character label',
      (s) => (seg(s).label = 'x'.repeat(5000)),
      'scenario.segments[0].label is longer than 4096 characters',
    ],
  ])('refuses %s, naming the field', (_, edit, message) => {
    expect(refusal(edit)).toContain(`The scenario file is damaged: ${message}`);
  });

  it('accepts the bounds themselves', () => {
    const accept = edited((s) => {
      s.model.horizon = SCENARIO_LIMITS.horizon.max;
      s.segments = Array.from({ length: SCENARIO_LIMITS.segments }, (_, i) => ({
        ...seg(s),
        key: `k${i}`,
        spend: i === 0 ? SCENARIO_LIMITS.perCustomer : 0,
        customers: SCENARIO_LIMITS.customers,
      }));
      s.channels = Array.from({ length: SCENARIO_LIMITS.channels }, (_, i) => ({
        ...chan(s),
        id: i === 0 ? 'email' : `c${i}`,
      }));
      s.budget = SCENARIO_LIMITS.total;
    });
    expect(accept).not.toThrow();
  });

  it('refuses a file larger than the limit before reading it', () => {
    const text = scenarioFileText(sample()).replace(
      '"name": "Base"',
      `"name": "Base", "padding": "${' '.repeat(SCENARIO_LIMITS.fileChars)}"`,
    );
    expect(() => parseScenarioFile(text)).toThrow(/^The scenario file is too large/);
  });
});

describe('capGroups', () => {
  it('keeps the largest groups within the limit and puts the rest in one', () => {
    // 1 500 products: product i has i % 7 + 1 customers; customer −1 has none.
    const labels = Array.from({ length: 1500 }, (_, i) => ({ key: `p:${i}`, label: `${i}` }));
    const group = [-1, ...labels.flatMap((_, i) => Array<number>(1 + (i % 7)).fill(i))];
    const capped = capGroups(group, labels, 999, { key: 'other:p', label: '(other)' });
    expect(capped.labels).toHaveLength(999);
    expect(capped.labels.at(-1)!.key).toBe('other:p');
    expect(new Set(capped.labels.map((l) => l.key)).size).toBe(999);
    expect(capped.group[0]).toBe(-1);
    expect(capped.group.length).toBe(group.length);
    // The 998 kept are among the largest: none smaller than one left out.
    const size = (key: string) => 1 + (Number(key.slice(2)) % 7);
    const keptKeys = new Set(capped.labels.map((l) => l.key));
    const kept = labels.filter((l) => keptKeys.has(l.key)).map((l) => size(l.key));
    const left = labels.filter((l) => !keptKeys.has(l.key)).map((l) => size(l.key));
    expect(kept).toHaveLength(998);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...left));
    // Every customer is still counted once.
    const segments = aggregateSegments(
      capped.group,
      capped.labels,
      Array<number>(group.length).fill(0.5),
      Array<number>(group.length).fill(10),
    );
    expect(segments.reduce((sum, s) => sum + s.customers, 0)).toBe(group.length - 1);
    expect(capGroups([0, 1], labels.slice(0, 2), 999, labels[0]!).labels).toHaveLength(2);
  });
});
