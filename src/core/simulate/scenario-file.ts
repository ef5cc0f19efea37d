/**
 * The scenario file: a scenario as JSON with a format name and a version, written by the app's
 * export and read by its import and by the CLI. Reading checks every field and names the first
 * bad one; a file from a newer version is refused rather than half-read.
 */
import type { Channel } from './channels.ts';
import type { Scenario, ScenarioSegment } from './scenario.ts';
import { SCENARIO_LIMITS } from './scenario-limits.ts';

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
const L = SCENARIO_LIMITS;

function object(value: unknown, where: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioFileError(`${where} must be an object`);
  }
  return value as Obj;
}

/** A bound as the user reads it: 10000000 as 1e7. */
const bound = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential().replace('e+', 'e') : `${n}`);

function num(o: Obj, key: string, where: string, min: number, max: number, whole = false): number {
  const value = o[key];
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (whole && !Number.isInteger(value))
  ) {
    const kind = whole ? 'a whole number' : 'a number';
    throw new ScenarioFileError(`${where}.${key} must be ${kind} in ${bound(min)}–${bound(max)}`);
  }
  return value;
}

function str(o: Obj, key: string, where: string, max: number = L.text): string {
  const value = o[key];
  if (typeof value !== 'string') throw new ScenarioFileError(`${where}.${key} must be text`);
  if (value.length > max) {
    throw new ScenarioFileError(`${where}.${key} is longer than ${max} characters`);
  }
  return value;
}

function optionalNum(o: Obj, key: string, where: string, max: number): number | null {
  return o[key] === null || o[key] === undefined ? null : num(o, key, where, 0, max);
}

/** A list of at most `max` entries. */
function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new ScenarioFileError(`${where} must be a list`);
  if (value.length > max) {
    throw new ScenarioFileError(`${where}: at most ${max} entries (the file has ${value.length})`);
  }
  return value;
}

/** Refuses a second entry with the same key: `scenario.segments[3].key: duplicate "vip"`. */
function unique<T>(items: T[], key: (item: T) => string, where: string, field: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) {
      throw new ScenarioFileError(`${where}[${i}].${field}: duplicate ${JSON.stringify(k)}`);
    }
    seen.add(k);
  });
}

function channel(value: unknown, where: string): Channel {
  const o = object(value, where);
  const id = str(o, 'id', where);
  if (id === '') throw new ScenarioFileError(`${where}.id must not be empty`);
  return {
    id,
    costPerContact: num(o, 'costPerContact', where, 0, L.perCustomer),
    eMax: num(o, 'eMax', where, 0, 1),
    k: num(o, 'k', where, 1e-9, L.k),
    assumed: o.assumed === true,
  };
}

function segment(value: unknown, where: string, channels: Set<string>): ScenarioSegment {
  const o = object(value, where);
  const s: ScenarioSegment = {
    key: str(o, 'key', where),
    label: str(o, 'label', where),
    customers: num(o, 'customers', where, 0, L.customers, true),
    p: num(o, 'p', where, 0, 1),
    value: num(o, 'value', where, -L.value, L.value),
    baseP: num(o, 'baseP', where, 0, 1),
    baseValue: num(o, 'baseValue', where, -L.value, L.value),
    channel: str(o, 'channel', where),
    spend: num(o, 'spend', where, 0, L.perCustomer),
    fixedCost: num(o, 'fixedCost', where, 0, L.total),
    min: optionalNum(o, 'min', where, L.perCustomer),
    max: optionalNum(o, 'max', where, L.perCustomer),
  };
  if (!channels.has(s.channel)) {
    throw new ScenarioFileError(`${where}.channel "${s.channel}" is not in the channel list`);
  }
  if (s.min !== null && s.max !== null && s.min > s.max) {
    throw new ScenarioFileError(`${where}.max must not be below ${where}.min`);
  }
  for (const key of ['valueLowerDiscount', 'valueHigherDiscount'] as const) {
    if (o[key] !== undefined && o[key] !== null) s[key] = num(o, key, where, -L.value, L.value);
  }
  if (o.cac !== undefined && o.cac !== null) s.cac = num(o, 'cac', where, 0, L.cac);
  return s;
}

/**
 * Checks a parsed scenario object against SCENARIO_LIMITS, naming the first bad field:
 * a whole horizon of 1–3 660 periods, at most 1 000 segments and 50 channels, unique segment
 * keys and channel ids, every figure finite and within its bound.
 */
export function checkScenario(value: unknown): Scenario {
  const o = object(value, 'scenario');
  const model = object(o.model, 'scenario.model');
  const unit = model.unit;
  if (unit !== 'day' && unit !== 'week') {
    throw new ScenarioFileError('scenario.model.unit must be "day" or "week"');
  }
  const checkedModel = {
    unit,
    horizon: num(model, 'horizon', 'scenario.model', L.horizon.min, L.horizon.max, true),
    discount: num(model, 'discount', 'scenario.model', 0, 1),
    margin: num(model, 'margin', 'scenario.model', 0, 1),
  } as const;
  const rawChannels = list(o.channels, 'scenario.channels', L.channels);
  if (rawChannels.length === 0) {
    throw new ScenarioFileError('scenario.channels must be a non-empty list');
  }
  const channels = rawChannels.map((c, i) => channel(c, `scenario.channels[${i}]`));
  unique(channels, (c) => c.id, 'scenario.channels', 'id');
  const ids = new Set(channels.map((c) => c.id));
  const segments = list(o.segments, 'scenario.segments', L.segments).map((s, i) =>
    segment(s, `scenario.segments[${i}]`, ids),
  );
  unique(segments, (s) => s.key, 'scenario.segments', 'key');
  return {
    name: str(o, 'name', 'scenario'),
    segmentation: str(o, 'segmentation', 'scenario', L.segmentation),
    model: checkedModel,
    channels,
    segments,
    budget: optionalNum(o, 'budget', 'scenario', L.total),
    cac: optionalNum(o, 'cac', 'scenario', L.cac),
  };
}

/**
 * Reads a scenario file's text. Throws ScenarioFileError: not JSON, not a scenario file, a
 * newer version than this one reads, or a field that is missing or out of range.
 */
export function parseScenarioFile(text: string): ScenarioFile {
  if (text.length > L.fileChars) {
    throw new ScenarioFileError(
      `The scenario file is too large (${text.length} characters; at most ${L.fileChars}).`,
    );
  }
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
