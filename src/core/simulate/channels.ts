/**
 * The channel library and seed 000's playbook. The default costs and responses are
 * ASSUMPTIONS for a start — round figures of the usual order for each channel — that the user
 * should replace with the results of their own campaigns.
 */
import type { ResponseCurve } from './response.ts';

export type ChannelId = 'email' | 'sms' | 'mail' | 'phone' | 'manager' | 'discount';

export interface Channel extends ResponseCurve {
  id: string;
  /** Cost of one contact through the channel (the default spend step). */
  costPerContact: number;
  /** True while the figures are the defaults below, not the user's own. */
  assumed: boolean;
}

/** Default channels: cost per contact, maximum relative churn reduction e_max, scale k. */
export const DEFAULT_CHANNELS: readonly Channel[] = [
  { id: 'email', costPerContact: 0.05, eMax: 0.03, k: 0.2, assumed: true },
  { id: 'sms', costPerContact: 0.15, eMax: 0.05, k: 0.5, assumed: true },
  { id: 'mail', costPerContact: 1.5, eMax: 0.1, k: 4, assumed: true },
  { id: 'phone', costPerContact: 6, eMax: 0.18, k: 12, assumed: true },
  { id: 'manager', costPerContact: 40, eMax: 0.3, k: 80, assumed: true },
  { id: 'discount', costPerContact: 8, eMax: 0.2, k: 15, assumed: true },
];

/** A fresh copy of the default library. */
export function defaultChannels(): Channel[] {
  return DEFAULT_CHANNELS.map((c) => ({ ...c }));
}

/** Checks a channel's figures, naming the bad one. */
export function checkChannel(c: Channel): Channel {
  if (!(c.costPerContact >= 0)) throw new Error(`channel ${c.id}: invalid cost per contact`);
  if (!(c.eMax >= 0 && c.eMax <= 1)) throw new Error(`channel ${c.id}: e_max must be 0–100 %`);
  if (!(c.k > 0)) throw new Error(`channel ${c.id}: k must be above 0`);
  return c;
}

/** The four prescriptions of the default playbook (docs/ARCHITECTURE.md, "Value × risk grid"). */
export type Prescription = 'minimal' | 'targeted' | 'personal' | 'winBack';

/** What each prescription spends: a channel and a number of contacts per customer. */
export const PLAYBOOK: Readonly<Record<Prescription, { channel: ChannelId; contacts: number }>> = {
  // A message with the monthly bill.
  minimal: { channel: 'email', contacts: 1 },
  // Targeted low-cost offers.
  targeted: { channel: 'sms', contacts: 2 },
  // Personal offers through expensive channels.
  personal: { channel: 'phone', contacts: 2 },
  // A win-back program by mail for valuable customers already lost.
  winBack: { channel: 'mail', contacts: 3 },
};

/** Tiers 0 (low), 1 (mid), 2 (high). */
export type TierLevel = 0 | 1 | 2;

/** The cell of the value × risk grid and whether the segment is the win-back group. */
export interface SegmentTier {
  value: TierLevel;
  risk: TierLevel;
  winBack?: boolean;
}

/** Seed 000: low value or low risk → minimal; high value and high risk → personal. */
export function prescriptionOf(tier: SegmentTier): Prescription {
  if (tier.winBack) return 'winBack';
  if (tier.value === 0 || tier.risk === 0) return 'minimal';
  if (tier.value === 2 && tier.risk === 2) return 'personal';
  return 'targeted';
}

/** Thresholds to place a segment that is not a grid cell by its mean V and p. */
export interface TierThresholds {
  /** CLV tertiles: low ≤ lowMax < mid ≤ midMax < high. */
  lowMax: number;
  midMax: number;
  /** Risk: low < mid ≤ p ≤ high < highRisk. */
  midRisk: number;
  highRisk: number;
}

export function tierOf(p: number, value: number, t: TierThresholds): SegmentTier {
  return {
    value: value > t.midMax ? 2 : value > t.lowMax ? 1 : 0,
    risk: p > t.highRisk ? 2 : p >= t.midRisk ? 1 : 0,
  };
}
