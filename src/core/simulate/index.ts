/** The retention spend simulator: response curves, allocation, sensitivity, scenarios. */
export * from './response.ts';
export * from './allocate.ts';
export * from './channels.ts';
export * from './segments.ts';
export * from './segment-names.ts';
export * from './scenario.ts';
export * from './scenario-file.ts';
export * from './scenario-limits.ts';
export * from './sensitivity.ts';
export * from './uplift.ts';
export * from './filters.ts';
