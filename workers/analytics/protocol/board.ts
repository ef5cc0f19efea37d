/**
 * The lifecycle board's wire types: what the analytics worker sends the board's state and
 * screen (cards, lane views, the move log, lane profiles, the stage flow, lanes as segments).
 */
import type {
  BoardConfig,
  CardColumns,
  Lane,
  LaneFilter,
  LaneSort,
  LaneStats,
} from '../../../src/core/index.ts';

/** The static per-customer columns of the cards (sent once; indexes = customer index). */
export interface BoardCards extends CardColumns {
  ids: string[];
  names: (string | null)[];
  orders: Int32Array;
  segments: string[];
  channels: string[];
  products: string[];
  hasClv: boolean;
  end: number;
  window: { days: number; reason: string; gaps: number };
}

export interface BoardQuery {
  sort: LaneSort;
  filter: LaneFilter;
  /** Lane id → product index: that lane shows only customers missing the product. */
  missing: { lane: string; product: number } | null;
}

export interface LaneView extends LaneStats {
  id: string;
  /** Customer indexes shown, in order (after filters). */
  shown: Int32Array;
}

export interface BoardView {
  config: BoardConfig;
  lanes: LaneView[];
  /** Final lane per customer (255: none) and the manual flag. */
  lane: Uint8Array;
  manual: Uint8Array;
  orphaned: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Customers changed by the call (moves, undo, redo). */
  changed: number;
}

/** One row of the move log, for the log view and its CSV. */
export interface MoveLogRow {
  id: number;
  at: number;
  customers: number;
  customerIds: string[];
  fromLanes: string[];
  toLane: string;
  reason: string;
  undone: boolean;
}

export interface LaneProfile {
  lane: string;
  products: { product: number; name: string; share: number; missing: number }[];
}

export interface LifecycleFlow {
  /** Period labels (codes such as 2024-03, 2024-W05, 2024-Q1). */
  labels: string[];
  /** The lanes the flow was traced with (the screen words them: name, else rule). */
  lanes: Lane[];
  counts: Int32Array;
  stock: Int32Array;
}

/** A lane as a segment for the retention simulator. */
export interface LaneSegment {
  id: string;
  name: string;
  customers: number;
  meanClv: number;
  /** Mean P(no purchase within the model horizon) of the lane's customers. */
  pChurn: number;
}
