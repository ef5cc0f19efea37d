/** The import engine: bytes → text → rows → validated transaction columns. */
export * from './types.ts';
export * from './errors.ts';
export * from './encoding.ts';
export * from './rows.ts';
export * from './dialect.ts';
export * from './numbers.ts';
export * from './dates.ts';
export * from './headers.ts';
export * from './columns.ts';
export * from './validate.ts';
export * from './detect.ts';
export * from './builder.ts';
export * from './columnar.ts';
export * from './summary.ts';
export * from './customers.ts';
export * from './summary-file.ts';
export * from './customer-columns.ts';
