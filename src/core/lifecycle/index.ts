/** The lifecycle board's pure rules: lanes, placement, overrides, history, flow, cross-sell. */
export * from './config.ts';
export * from './placement.ts';
export * from './overrides.ts';
export * from './history.ts';
export { stageFlow, flowMatrix, rangeFlow, type StageFlow, type PAliveAt } from './flow.ts';
export * from './cross-sell.ts';
export * from './view.ts';
