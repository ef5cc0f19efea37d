/** Descriptive metrics over transaction columns: the entry other layers import. */
export * from './periods.ts';
export * from './options.ts';
export * from './timeline.ts';
export * from './activity.ts';
export * from './cohorts.ts';
export * from './cohort-customers.ts';
export * from './churn.ts';
export * from './contractual.ts';
export * from './growth.ts';
export * from './margin.ts';
export * from './ltv.ts';
export * from './rfm.ts';
export * from './concentration.ts';
export * from './attributes.ts';
