/** The only entry that workers and the CLI import: the pure analytics core. */
export * from './model.ts';
export * from './ingest/index.ts';
export * from './models/index.ts';
export * from './metrics/index.ts';
export * from './lifecycle/index.ts';
export * from './simulate/index.ts';
export * from './segments/index.ts';
export * from './csv.ts';
export * from './contacts/index.ts';
