import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError, parseArgs } from '../../../src/cli/args.ts';
import { commands } from '../../../src/cli/commands/index.ts';
import {
  aggregateSegments,
  defaultChannels,
  newScenario,
  scenarioFileText,
} from '../../../src/core/index.ts';

/** `tenure simulate FILE --scenario S`: a bad scenario is blamed on S, naming the field. */

const FILE = 'tests/fixtures/metrics-small.csv';

function scenarioText(edit: (s: Record<string, unknown>) => void): string {
  const scenario = newScenario(
    'Base',
    'attribute:team',
    { unit: 'week', horizon: 52, discount: 0.002, margin: 1 },
    aggregateSegments(
      [0, 1],
      [
        { key: 'a', label: 'A' },
        { key: 'vip', label: 'VIP' },
      ],
      [0.3, 0.6],
      [100, 400],
    ),
    defaultChannels(),
    null,
  );
  const json = JSON.parse(scenarioFileText(scenario)) as { scenario: Record<string, unknown> };
  edit(json.scenario);
  return JSON.stringify(json);
}

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await commands.simulate!.run(parseArgs(args));
  return { code, stdout };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('simulate --scenario limits', () => {
  it.each<[string, (s: Record<string, unknown>) => void, string]>([
    [
      'horizon 1.5',
      (s) => ((s.model as Record<string, unknown>).horizon = 1.5),
      'scenario.model.horizon must be a whole number in 1–3660',
    ],
    [
      'horizon 1e4',
      (s) => ((s.model as Record<string, unknown>).horizon = 1e4),
      'scenario.model.horizon must be a whole number in 1–3660',
    ],
    [
      'a duplicate key',
      (s) => {
        const segments = s.segments as Record<string, unknown>[];
        segments[0]!.key = 'vip';
      },
      'scenario.segments[1].key: duplicate "vip"',
    ],
    [
      'a spend of 1e308',
      (s) => ((s.segments as Record<string, unknown>[])[0]!.spend = 1e308),
      'scenario.segments[0].spend must be a number in 0–1e7',
    ],
  ])('blames the scenario file for %s', async (_, edit, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'tenure-sim-'));
    const path = join(dir, 'scenario.json');
    await writeFile(path, scenarioText(edit));
    const error = await run([FILE, '--scenario', path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe(`${path}: The scenario file is damaged: ${message}.`);
    expect((error as CliError).message).not.toContain(FILE);
  });

  it('runs a scenario within the limits', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenure-sim-'));
    const path = join(dir, 'scenario.json');
    await writeFile(
      path,
      scenarioText(() => undefined),
    );
    const { code, stdout } = await run([FILE, '--scenario', path, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ scenario: 'Base' });
  });
});
