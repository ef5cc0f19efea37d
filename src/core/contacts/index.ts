/** The contact plan: whom to contact on which day, before their next expected purchase. */
export * from './plan.ts';
export * from './priority.ts';
