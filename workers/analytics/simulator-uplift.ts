/**
 * The observed uplift of a past campaign per segment (see src/core/simulate/uplift.ts), on the
 * simulator's segments of today's model.
 */
import {
  boughtWithin,
  customerTimeline,
  parseCampaignFile,
  suggestWindow,
  upliftCounts,
  upliftOf,
} from '../../src/core/index.ts';
import { modelOf } from './predictive-model.ts';
import type { ModelParams, SegmentationId, SimulatorUplift } from './protocol/index.ts';
import { session } from './session.ts';
import { groupingOf } from './simulator-groupings.ts';

/**
 * The observed uplift of a campaign file (customer id, treatment | control, date, channel)
 * per segment of `segmentation`: retained = bought within `window` days after the
 * campaign date (default: the data's suggested window). Members whose window runs past the
 * end of the data are left out. The segments are today's (from the model at the end of
 * the data), so treated and control customers are placed by the same rule.
 */
export async function measureUplift(
  datasetId: string,
  params: ModelParams,
  segmentation: SegmentationId,
  campaignText: string,
  window: number | null,
  channel: string | null = null,
): Promise<SimulatorUplift> {
  const parsed = parseCampaignFile(campaignText);
  // Only the rows of one channel of the file, when asked (a file may hold several campaigns).
  const file =
    channel === null
      ? parsed
      : { ...parsed, members: parsed.members.filter((x) => x.channel === channel) };
  if (file.members.length === 0) throw new Error(`The campaign file has no row for "${channel}".`);
  const s = await session(datasetId);
  const { columns } = await s.data();
  const timeline = customerTimeline(columns);
  const suggestedWindow = suggestWindow(columns).days;
  const w = window !== null && window >= 1 ? Math.round(window) : suggestedWindow;
  const m = await modelOf(s, params);
  const g = segmentation === 'lanes' ? undefined : await groupingOf(s, m, segmentation);
  const dictionary = new Map(columns.customerIds.map((id, i) => [id, i]));
  const modelRow = new Map(m.ids.map((id, i) => [id, i]));
  const n = file.members.length;
  const segment = new Int32Array(n).fill(-1);
  const treated = new Uint8Array(n);
  const retained = new Uint8Array(n);
  const included = new Uint8Array(n);
  let unknown = 0;
  let censored = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  file.members.forEach((member, k) => {
    firstDay = Math.min(firstDay, member.day);
    lastDay = Math.max(lastDay, member.day);
    const c = dictionary.get(member.customerId);
    if (c === undefined) return void unknown++;
    if (member.day + w > timeline.maxDay) return void censored++;
    included[k] = 1;
    treated[k] = member.arm === 'treatment' ? 1 : 0;
    retained[k] = boughtWithin(timeline.offsets, timeline.days, c, member.day, w) ? 1 : 0;
    const row = modelRow.get(member.customerId);
    if (g && row !== undefined) segment[k] = g.group[row]!;
  });
  const labels = g?.labels ?? [];
  const counts = upliftCounts(segment, treated, retained, included, labels.length);
  const rows = labels
    .map((l, k) => ({ ...l, ...upliftOf(counts[k]!) }))
    .filter((r) => r.treated + r.control > 0);
  rows.push({ key: 'all', name: { kind: 'all' }, ...upliftOf(counts[labels.length]!) });
  return {
    window: w,
    suggestedWindow,
    members: n - unknown - censored,
    unknown,
    censored,
    skipped: file.skipped,
    problems: file.problems,
    channels: file.channels,
    firstDay,
    lastDay,
    rows,
  };
}
