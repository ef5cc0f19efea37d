/**
 * `tenure simulate FILE --scenario scenario.json [--json] [--optimize --budget B]`: the
 * retention spend simulator on the command line. FILE (transactions or a per-customer
 * summary) is fitted with BG/NBD + Gamma-Gamma under the scenario's model settings, its
 * customers are grouped as the scenario's segmentation says, and the scenario's spend is
 * applied: per segment and totals. p and V the user edited in the app are kept; the others
 * come from FILE. Segmentations the CLI cannot rebuild (customers-file attributes, lifecycle
 * lanes) use the figures stored in the scenario, with a note on stderr.
 */
import { readFile } from 'node:fs/promises';
import {
  RFM_SEGMENTS,
  ScenarioFileError,
  aggregateSegments,
  allocateBudget,
  attributeGroups,
  customerSummary,
  efficientFrontier,
  frontierRange,
  parseScenarioFile,
  fitCustomerModels,
  predictFromFits,
  rfmScores,
  scenarioOutcome,
  segmentInputs,
  splitFromFirstTransaction,
  summaryFromColumns,
  valueRiskGroups,
  VALUE_RISK_KEYS,
  type CustomerSummary,
  type DayNumber,
  type Scenario,
  type SegmentFigures,
  type TransactionColumns,
} from '../../core/index.ts';
import { CliError, flag, numberFlag, type ParsedArgs } from '../args.ts';
import { cliOverrides, loadSummaryFile } from '../load.ts';
import type { Command } from './index.ts';

const USAGE =
  'usage: tenure simulate FILE --scenario scenario.json [--json] [--optimize --budget B]';

async function readScenario(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  try {
    return parseScenarioFile(text).scenario;
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

interface Customers {
  summary: CustomerSummary;
  revenue: Float64Array;
  columns: TransactionColumns | undefined;
  end: number | undefined;
}

async function loadCustomers(
  path: string,
  scenario: Scenario,
  args: ParsedArgs,
): Promise<Customers> {
  const unit = scenario.model.unit;
  const loaded = await loadSummaryFile(path, cliOverrides(args));
  if (loaded.kind === 'summary') {
    const s = loaded.summary;
    const summary = summaryFromColumns(s.ids, s.frequency, s.recency, s.T, s.monetary, unit);
    const revenue = summary.x.map((x, i) => x * summary.monetary[i]!);
    return { summary, revenue, columns: undefined, end: undefined };
  }
  const { columns } = loaded;
  if (columns.day.length === 0) throw new CliError(`${path}: no valid transactions`);
  let end = -Infinity;
  for (const d of columns.day) if (d > end) end = d;
  const summary = customerSummary(columns, { unit, end: end as DayNumber });
  const byCustomer = new Float64Array(columns.customerIds.length);
  for (let i = 0; i < columns.day.length; i++)
    byCustomer[columns.customer[i]!]! += columns.amount[i]!;
  const revenue = Float64Array.from(summary.customer, (c) => byCustomer[c]!);
  return { summary, revenue, columns, end };
}

/** A segment rebuilt from FILE: its key and figures (the scenario keeps its label). */
type Rebuilt = SegmentFigures & { key: string };

/** The segments of FILE for the scenario's segmentation, or null when the CLI cannot rebuild it. */
function rebuildSegments(scenario: Scenario, data: Customers): Rebuilt[] | null {
  const { summary, revenue, columns } = data;
  const fits = fitCustomerModels(summary);
  const options = {
    horizonPeriods: scenario.model.horizon,
    periodLength: 1,
    discountPerPeriod: scenario.model.discount,
    margin: scenario.model.margin,
  };
  const at = (discount: number) =>
    predictFromFits(summary, fits, { ...options, discountPerPeriod: discount });
  const predictions = at(scenario.model.discount);
  let group: ArrayLike<number>;
  let labels: { key: string }[];
  const seg = scenario.segmentation;
  if (seg === 'valueRisk') {
    group = valueRiskGroups(
      predictions.clv,
      predictions.pNoPurchase,
      predictions.pAlive,
      revenue,
    ).group;
    labels = VALUE_RISK_KEYS.map((key) => ({ key }));
  } else if (seg === 'rfm' && columns && data.end !== undefined) {
    const rfm = rfmScores(columns, { asOf: data.end });
    group = Int32Array.from(summary.customer, (c) => rfm.segment[c]!);
    labels = RFM_SEGMENTS.map((name) => ({ key: `rfm:${name}` }));
  } else if (seg === 'attribute:firstChannel' || seg === 'attribute:firstProduct') {
    const attribute = seg.slice(10);
    const split = columns
      ? splitFromFirstTransaction(columns, attribute === 'firstChannel' ? 'channel' : 'product')
      : undefined;
    if (!split) return null;
    // As the app groups them (core's attributeGroups).
    const values = Int32Array.from(summary.customer, (c) => split.values[c]!);
    ({ group, labels } = attributeGroups(values, split.labels, attribute));
  } else {
    return null;
  }
  return aggregateSegments(group, labels, predictions.pNoPurchase, predictions.clv, {
    lower: at(scenario.model.discount * 0.8).clv,
    higher: at(scenario.model.discount * 1.2).clv,
  });
}

/** The scenario with N, p and V from FILE (edited p and V kept). */
function withData(scenario: Scenario, bases: Rebuilt[]): Scenario {
  const byKey = new Map(bases.map((b) => [b.key, b]));
  const missing = scenario.segments.filter((s) => !byKey.has(s.key)).map((s) => s.label);
  if (missing.length > 0) {
    process.stderr.write(`tenure: not in FILE, kept as saved: ${missing.join(', ')}\n`);
  }
  return {
    ...scenario,
    segments: scenario.segments.map((s) => {
      const b = byKey.get(s.key);
      if (!b) return s;
      return {
        ...s,
        customers: b.customers,
        p: s.p !== s.baseP ? s.p : b.p,
        value: s.value !== s.baseValue ? s.value : b.value,
        baseP: b.p,
        baseValue: b.value,
        ...(b.valueLowerDiscount !== undefined ? { valueLowerDiscount: b.valueLowerDiscount } : {}),
        ...(b.valueHigherDiscount !== undefined
          ? { valueHigherDiscount: b.valueHigherDiscount }
          : {}),
      };
    }),
  };
}

const round = (v: number, digits = 6) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

function optimize(scenario: Scenario, budget: number) {
  const segments = segmentInputs(scenario).map((s, i) => ({
    ...s,
    min: scenario.segments[i]!.min,
    max: scenario.segments[i]!.max,
  }));
  const allocation = allocateBudget(segments, budget);
  const frontier = efficientFrontier(
    segments,
    Math.max(frontierRange(segments), budget * 1.25, 1),
    50,
  );
  return {
    budget,
    allocation: scenario.segments.map((s, i) => ({
      key: s.key,
      label: s.label,
      spend: round(allocation.spend[i]!),
    })),
    cost: round(allocation.cost, 2),
    valueSaved: round(allocation.valueSaved, 2),
    net: round(allocation.net, 2),
    unspent: round(allocation.unspent, 2),
    stoppedBy: allocation.stoppedBy,
    frontier: {
      breakEven: round(frontier.breakEven, 2),
      bestNet: round(frontier.bestNet, 2),
      lossBudget: frontier.lossBudget === null ? null : round(frontier.lossBudget, 2),
      points: frontier.points.map((p) => ({
        budget: round(p.budget, 2),
        net: round(p.net, 2),
        best: round(p.best, 2),
        valueSaved: round(p.valueSaved, 2),
      })),
    },
  };
}

export const simulate: Command = async (args) => {
  const path = args.positionals[0];
  const scenarioPath = flag(args, 'scenario');
  if (!path || !scenarioPath) throw new CliError(USAGE, 2);
  const wantsOptimize = flag(args, 'optimize') === 'true';
  const budget = numberFlag(args, 'budget', NaN);
  if (wantsOptimize && !(budget >= 0)) throw new CliError('--optimize needs --budget B (≥ 0)', 2);
  const saved = await readScenario(scenarioPath);
  let scenario = saved;
  try {
    const bases = rebuildSegments(saved, await loadCustomers(path, saved, args));
    if (bases) scenario = withData(saved, bases);
    else
      process.stderr.write(
        `tenure: segmentation "${saved.segmentation}" is not rebuilt from FILE; using the scenario's N, p and V\n`,
      );
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
  const { outcomes, totals } = scenarioOutcome(scenario);
  const output = {
    scenario: scenario.name,
    segmentation: scenario.segmentation,
    segments: scenario.segments.map((s, i) => {
      const o = outcomes[i]!;
      return {
        key: s.key,
        label: s.label,
        customers: s.customers,
        p: round(s.p),
        value: round(s.value, 4),
        channel: s.channel,
        spend: round(s.spend),
        fixedCost: s.fixedCost,
        effect: round(o.effect),
        saved: round(o.saved, 4),
        valueSaved: round(o.valueSaved, 2),
        cost: round(o.cost, 2),
        net: round(o.net, 2),
        roi: round(o.roi),
        marginal: round(o.marginal),
      };
    }),
    totals: Object.fromEntries(
      Object.entries(totals).map(([k, v]: [string, number]) => [k, round(v)]),
    ),
    ...(wantsOptimize ? { optimize: optimize(scenario, budget) } : {}),
  };
  if (flag(args, 'json') === 'true') {
    process.stdout.write(JSON.stringify(output) + '\n');
    return 0;
  }
  const lines = output.segments.map(
    (s) =>
      `${s.label.padEnd(24)} N ${String(s.customers).padStart(6)}  p ${(s.p ?? 0).toFixed(3)}  V ${String(s.value).padStart(10)}  ${s.channel.padEnd(8)} c ${String(s.spend).padStart(8)}  net ${String(s.net).padStart(12)}`,
  );
  lines.push(
    `total: cost ${totals.cost.toFixed(2)}, value saved ${totals.valueSaved.toFixed(2)}, net ${totals.net.toFixed(2)}, retained ${totals.retained.toFixed(1)}`,
  );
  if (output.optimize) {
    const o = output.optimize;
    lines.push(
      `optimised for budget ${budget}: cost ${o.cost}, net ${o.net}, break-even budget ${o.frontier.breakEven}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
};
