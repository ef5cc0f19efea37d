/**
 * Ex-post uplift of a retention campaign (seeds 002 and 004): customers split into a
 * treatment group (contacted) and a control group (held out); a customer is RETAINED when
 * they bought within the W days after their campaign date, (date, date + W]. Per segment the
 * uplift is the treatment's retention minus the control's, with a 95 % interval from the
 * two-proportion normal approximation (unpooled standard error):
 *
 *   r_t = R_t / N_t, r_c = R_c / N_c, Δ = r_t − r_c,
 *   se = √(r_t (1 − r_t) / N_t + r_c (1 − r_c) / N_c), interval Δ ± 1.96 · se.
 *
 * "Significant" means the interval excludes zero. The simulator models spend as a RELATIVE
 * churn reduction, so the uplift is restated as one: e_obs = Δ / (1 − r_c) (the share of the
 * control's churners the campaign kept). Observed at spend c per treated customer through a
 * channel with scale k, the response e(c) = e_max · (1 − exp(−c / k)) gives
 * e_max = e_obs / (1 − exp(−c / k)), clamped to 0–1 (see impliedEMax).
 */
import { detectDateFormat, detectDelimiter, parseDate, readAllRows } from '../ingest/index.ts';
import type { DayNumber } from '../model.ts';

export type CampaignArm = 'treatment' | 'control';

export interface CampaignMember {
  customerId: string;
  arm: CampaignArm;
  /** The channel the campaign used, when the file says. */
  channel: string | null;
  /** The campaign date for this customer. */
  day: DayNumber;
}

export interface CampaignFile {
  members: CampaignMember[];
  /** Distinct channels named in the file, in order of first appearance. */
  channels: string[];
  /** Rows left out (blank id, unknown group, unreadable date), with the first reasons. */
  skipped: number;
  problems: string[];
}

const ID_NAMES = ['customer_id', 'customerid', 'customer', 'client_id', 'client', 'id'];
const ARM_NAMES = ['group', 'arm', 'treatment', 'variant', 'cohort', 'test_group'];
const CHANNEL_NAMES = ['channel', 'campaign_channel', 'medium'];
const DATE_NAMES = ['campaign_date', 'date', 'sent_at', 'sent', 'send_date', 'start_date'];
const TREATMENT = new Set(['treatment', 'treated', 'test', 't', '1', 'true', 'yes', 'y']);
const CONTROL = new Set(['control', 'holdout', 'hold-out', 'c', '0', 'false', 'no', 'n']);

function column(header: string[], names: string[]): number {
  const norm = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  for (const name of names) {
    const i = norm.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Reads a campaign file: a header, then one row per customer with the customer id, the group
 * (treatment | control, or test/holdout, 1/0), the campaign date and optionally the channel.
 * Throws with a clear message when a needed column is missing or no row is usable.
 */
export function parseCampaignFile(text: string): CampaignFile {
  const clean = text.replace(/^\uFEFF/, '');
  const lines = clean.split(/\r?\n/, 50);
  const { delimiter } = detectDelimiter(lines);
  const { rows } = readAllRows(clean, delimiter);
  const header = rows[0];
  if (!header) throw new Error('The campaign file is empty.');
  const idCol = column(header, ID_NAMES);
  const armCol = column(header, ARM_NAMES);
  const dateCol = column(header, DATE_NAMES);
  const channelCol = column(header, CHANNEL_NAMES);
  const missing = [
    idCol < 0 ? 'customer_id' : null,
    armCol < 0 ? 'group (treatment or control)' : null,
    dateCol < 0 ? 'campaign date' : null,
  ].filter((x) => x !== null);
  if (missing.length > 0) {
    throw new Error(`The campaign file has no column for: ${missing.join(', ')}.`);
  }
  const body = rows.slice(1);
  const { dateFormat } = detectDateFormat(body.slice(0, 500).map((r) => r[dateCol] ?? ''));
  const members: CampaignMember[] = [];
  const channels: string[] = [];
  const problems: string[] = [];
  let skipped = 0;
  const skip = (line: number, reason: string) => {
    skipped++;
    if (problems.length < 5) problems.push(`row ${line}: ${reason}`);
  };
  body.forEach((row, r) => {
    const line = r + 2;
    const customerId = (row[idCol] ?? '').trim();
    if (customerId === '') return skip(line, 'no customer id');
    const armText = (row[armCol] ?? '').trim().toLowerCase();
    const arm: CampaignArm | null = TREATMENT.has(armText)
      ? 'treatment'
      : CONTROL.has(armText)
        ? 'control'
        : null;
    if (!arm) return skip(line, `group "${armText}" is neither treatment nor control`);
    const day = parseDate(row[dateCol] ?? '', dateFormat);
    if (day === undefined) return skip(line, `unreadable date "${row[dateCol] ?? ''}"`);
    const channel = channelCol >= 0 ? (row[channelCol] ?? '').trim() || null : null;
    if (channel !== null && !channels.includes(channel)) channels.push(channel);
    members.push({ customerId, arm, channel, day });
  });
  if (members.length === 0) {
    throw new Error(
      `The campaign file has no usable row${problems.length ? ` (${problems.join('; ')})` : ''}.`,
    );
  }
  return { members, channels, skipped, problems };
}

/**
 * Whether a customer bought in (from, from + window]: `days` holds each customer's distinct
 * purchase days ascending, customer i's at offsets[i] … offsets[i + 1] − 1.
 */
export function boughtWithin(
  offsets: ArrayLike<number>,
  days: ArrayLike<number>,
  customer: number,
  from: number,
  window: number,
): boolean {
  let lo = offsets[customer]!;
  let hi = offsets[customer + 1]!;
  // First purchase day after `from`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets[customer + 1]! && days[lo]! <= from + window;
}

export interface UpliftCounts {
  treated: number;
  treatedRetained: number;
  control: number;
  controlRetained: number;
}

export interface Uplift extends UpliftCounts {
  /** Retention r_t and r_c (NaN when the group is empty). */
  retentionTreated: number;
  retentionControl: number;
  /** Absolute uplift Δ = r_t − r_c and its 95 % interval. */
  absolute: number;
  low: number;
  high: number;
  /** Relative uplift Δ / r_c. */
  relative: number;
  /** Relative churn reduction Δ / (1 − r_c): the simulator's e at the campaign's spend. */
  churnReduction: number;
  /** The interval excludes zero (false when a group is empty). */
  significant: boolean;
}

/** The uplift of one segment from its counts (formulas in the module comment). */
export function upliftOf(c: UpliftCounts, z = 1.959964): Uplift {
  const rt = c.treated > 0 ? c.treatedRetained / c.treated : NaN;
  const rc = c.control > 0 ? c.controlRetained / c.control : NaN;
  const absolute = rt - rc;
  const se = Math.sqrt((rt * (1 - rt)) / c.treated + (rc * (1 - rc)) / c.control);
  const low = absolute - z * se;
  const high = absolute + z * se;
  return {
    ...c,
    retentionTreated: rt,
    retentionControl: rc,
    absolute,
    low,
    high,
    relative: rc > 0 ? absolute / rc : NaN,
    churnReduction: rc < 1 ? absolute / (1 - rc) : NaN,
    significant: Number.isFinite(se) && (low > 0 || high < 0),
  };
}

/**
 * Counts per segment: member m is in segment `segment[m]` (negative: none, counted only in
 * the total), in the treatment group when `treated[m]` is 1, retained when `retained[m]` is 1.
 * Members with `included[m]` 0 (unknown customer, window not yet observed) are left out.
 * Returns one entry per segment, then the total over all members as the last entry.
 */
export function upliftCounts(
  segment: ArrayLike<number>,
  treated: ArrayLike<number>,
  retained: ArrayLike<number>,
  included: ArrayLike<number>,
  segments: number,
): UpliftCounts[] {
  const counts = Array.from({ length: segments + 1 }, () => new Int32Array(4));
  for (let m = 0; m < segment.length; m++) {
    if (!included[m]) continue;
    const s = segment[m]!;
    const slot = treated[m] ? 0 : 2;
    const hit = retained[m] ? 1 : 0;
    for (const k of s >= 0 && s < segments ? [s, segments] : [segments]) {
      counts[k]![slot]!++;
      counts[k]![slot + 1]! += hit;
    }
  }
  return counts.map((c) => ({
    treated: c[0]!,
    treatedRetained: c[1]!,
    control: c[2]!,
    controlRetained: c[3]!,
  }));
}

/**
 * The channel's e_max implied by a relative churn reduction observed at spend c per treated
 * customer, inverting e(c) = e_max · (1 − exp(−c / k)): e_max = e_obs / (1 − exp(−c / k)).
 * Clamped to 0–1 (a negative uplift implies no effect); NaN without a spend or a finite e_obs.
 */
export function impliedEMax(churnReduction: number, spend: number, k: number): number {
  if (!(spend > 0) || !(k > 0) || !Number.isFinite(churnReduction)) return NaN;
  const share = -Math.expm1(-spend / k);
  return Math.min(1, Math.max(0, churnReduction / share));
}
