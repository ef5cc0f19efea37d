export * from './value-risk.ts';
