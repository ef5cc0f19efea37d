/**
 * The retention simulator's wire types: segments carry a key and a name code (SegmentName:
 * a grid cell, win-back, a value of the data, the rest, no value …), never words; the
 * screen words them and a saved scenario spells them (core's scenarioLabel).
 */
import type { SegmentFigures, SegmentName, SegmentTier, Uplift } from '../../../src/core/index.ts';

export type { SegmentName };

/** 'valueRisk' (default), 'rfm', 'lanes' (from the lifecycle board), 'attribute:<SplitAttribute>' or 'custom:…'. */
export type SegmentationId = string;

export interface SimulatorSegment extends SegmentFigures {
  key: string;
  name: SegmentName;
  /** Where the segment sits in the value × risk grid (by its own mean V and p if not a cell). */
  tier: SegmentTier;
}

export interface SimulatorSegments {
  segmentation: SegmentationId;
  segments: SimulatorSegment[];
  /** CLV tertiles and risk thresholds of the value × risk grid. */
  thresholds: { lowMax: number; midMax: number; midRisk: number; highRisk: number };
  /** Mean acquisition cost of customers with a known CAC (null: no customers file with CAC). */
  cac: number | null;
  /** Customers with a prediction but no segment (e.g. no CLV). */
  unassigned: number;
}

/** The fields a user-built segment can test, with their values (recency: a range in days). */
export interface FilterFields {
  categorical: { field: string; values: string[] }[];
  numeric: string[];
}

/** A CRM target list: ids and, per customer, the index of its segment in the keys asked for. */
export interface SimulatorTargets {
  ids: string[];
  segment: Int32Array;
}

export interface SimulatorUplift {
  /** Days after the campaign date in which a purchase counts as retained. */
  window: number;
  /** The data's suggested inactivity window (the default). */
  suggestedWindow: number;
  /** Rows of the campaign file used; ids not in the data; windows not yet over; rows skipped. */
  members: number;
  unknown: number;
  censored: number;
  skipped: number;
  problems: string[];
  channels: string[];
  firstDay: number;
  lastDay: number;
  /** One row per segment with campaign members, then the total (key 'all', name 'all'). */
  rows: ({ key: string; name: SegmentName } & Uplift)[];
}
