/**
 * The analytics worker's protocol: every type that crosses the wire between the worker and
 * the UI (parameters, results, queries). The bridge re-exports it; state and screens import
 * these names from the bridge, never from a worker module. Values are codes and numbers —
 * segment names, tiers, lanes and RFM segments as codes the screens put into words.
 */
export type * from './board.ts';
export type * from './contacts.ts';
export type * from './descriptive.ts';
export type * from './predictive.ts';
export type * from './simulator.ts';
export type { HandedColumns } from '../../../src/storage/datasets.ts';
