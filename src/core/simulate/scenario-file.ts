/**
 * The scenario file: a scenario as JSON with a format name and a version, written by the app's
 * export and read by its import and by the CLI. Reading checks every field and names the first
 * bad one; a file from a newer version is refused rather than half-read.
 */
import type { Channel } from './channels.ts';
import type { Scenario, ScenarioSegment } from './scenario.ts';

export const SCENARIO_FORMAT = 'tenure-scenario';
export const SCENARIO_VERSION = 1;

export interface ScenarioFile {
  format: typeof SCENARIO_FORMAT;
  version: number;
  savedAt: string;
  scenario: Scenario;
}

/** A scenario as file text (pretty JSON). */
export function scenarioFileText(scenario: Scenario, savedAt = new Date()): string {
  const file: ScenarioFile = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    savedAt: savedAt.toISOString(),
    scenario,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** A scenario file that cannot be used; the message says why, for the user. */
export class ScenarioFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioFileError';
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, where: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioFileError(`${where} must be an object`);
  }
  return value as Obj;
}

function num(o: Obj, key: string, where: string, min = -Infinity, max = Infinity): number {
  const value = o[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range = max === Infinity ? (min === -Infinity ? '' : ` ≥ ${min}`) : ` in ${min}–${max}`;
    throw new ScenarioFileError(`${where}.${key} must be a number${range}`);
  }
  return value;
}

function str(o: Obj, key: string, where: string): string {
  const value = o[key];
  if (typeof value !== 'string') throw new ScenarioFileError(`${where}.${key} must be text`);
  return value;
}

function optionalNum(o: Obj, key: string, where: string): number | null {
  return o[key] === null || o[key] === undefined ? null : num(o, key, where, 0);
}

function channel(value: unknown, where: string): Channel {
  const o = object(value, where);
  return {
    id: str(o, 'id', where),
    costPerContact: num(o, 'costPerContact', where, 0),
    eMax: num(o, 'eMax', where, 0, 1),
    k: num(o, 'k', where, 1e-9),
    assumed: o.assumed === true,
  };
}

function segment(value: unknown, where: string, channels: Set<string>): ScenarioSegment {
  const o = object(value, where);
  const s: ScenarioSegment = {
    key: str(o, 'key', where),
    label: str(o, 'label', where),
    customers: num(o, 'customers', where, 0),
    p: num(o, 'p', where, 0, 1),
    value: num(o, 'value', where),
    baseP: num(o, 'baseP', where, 0, 1),
    baseValue: num(o, 'baseValue', where),
    channel: str(o, 'channel', where),
    spend: num(o, 'spend', where, 0),
    fixedCost: num(o, 'fixedCost', where, 0),
    min: optionalNum(o, 'min', where),
    max: optionalNum(o, 'max', where),
  };
  if (!channels.has(s.channel)) {
    throw new ScenarioFileError(`${where}.channel "${s.channel}" is not in the channel list`);
  }
  for (const key of ['valueLowerDiscount', 'valueHigherDiscount', 'cac'] as const) {
    if (o[key] !== undefined && o[key] !== null) s[key] = num(o, key, where);
  }
  return s;
}

/** Checks a parsed scenario object, naming the first bad field. */
export function checkScenario(value: unknown): Scenario {
  const o = object(value, 'scenario');
  const model = object(o.model, 'scenario.model');
  const unit = model.unit;
  if (unit !== 'day' && unit !== 'week') {
    throw new ScenarioFileError('scenario.model.unit must be "day" or "week"');
  }
  if (!Array.isArray(o.channels) || o.channels.length === 0) {
    throw new ScenarioFileError('scenario.channels must be a non-empty list');
  }
  const channels = o.channels.map((c, i) => channel(c, `scenario.channels[${i}]`));
  const ids = new Set(channels.map((c) => c.id));
  if (!Array.isArray(o.segments)) throw new ScenarioFileError('scenario.segments must be a list');
  return {
    name: str(o, 'name', 'scenario'),
    segmentation: str(o, 'segmentation', 'scenario'),
    model: {
      unit,
      horizon: num(model, 'horizon', 'scenario.model', 1),
      discount: num(model, 'discount', 'scenario.model', 0, 1),
      margin: num(model, 'margin', 'scenario.model', 0, 1),
    },
    channels,
    segments: o.segments.map((s, i) => segment(s, `scenario.segments[${i}]`, ids)),
    budget: optionalNum(o, 'budget', 'scenario'),
    cac: optionalNum(o, 'cac', 'scenario'),
  };
}

/**
 * Reads a scenario file's text. Throws ScenarioFileError: not JSON, not a scenario file, a
 * newer version than this one reads, or a field that is missing or out of range.
 */
export function parseScenarioFile(text: string): ScenarioFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ScenarioFileError(`The file is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || (json as Obj).format !== SCENARIO_FORMAT) {
    throw new ScenarioFileError('This is not a Tenure scenario file.');
  }
  const o = json as Obj;
  const version = o.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ScenarioFileError('The scenario file has no valid version number.');
  }
  if (version > SCENARIO_VERSION) {
    throw new ScenarioFileError(
      `This scenario file was written by a newer version of Tenure (file version ${version}; this version reads up to ${SCENARIO_VERSION}). Update Tenure to open it.`,
    );
  }
  try {
    return {
      format: SCENARIO_FORMAT,
      version,
      savedAt: typeof o.savedAt === 'string' ? o.savedAt : '',
      scenario: checkScenario(o.scenario),
    };
  } catch (error) {
    if (error instanceof ScenarioFileError) {
      throw new ScenarioFileError(`The scenario file is damaged: ${error.message}.`);
    }
    throw error;
  }
}
