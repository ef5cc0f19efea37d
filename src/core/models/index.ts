/** Predictive customer-base models: summaries, BG/NBD, Gamma-Gamma, CLV, sBG, validation, SQL. */
export * from './special.ts';
export * from './optimize.ts';
export * from './nelder-mead.ts';
export * from './summary.ts';
export * from './bgnbd.ts';
export * from './bgnbd-predict.ts';
export * from './gamma-gamma.ts';
export * from './clv.ts';
export * from './sbg.ts';
export * from './holdout.ts';
export * from './sql.ts';
export * from './pipeline.ts';
