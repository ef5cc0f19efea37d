import type { ParsedArgs } from '../args.ts';
import { cohorts } from './cohorts.ts';
import { churn } from './churn.ts';
import { ltv } from './ltv.ts';
import { rfm } from './rfm.ts';
import { inspect } from './inspect.ts';
import { fit } from './fit.ts';
import { clv } from './clv.ts';
import { simulate } from './simulate.ts';
import { sql } from './sql.ts';
import { contacts } from './contacts.ts';

/** A CLI command: writes its result to stdout and returns the process exit code. */
export type Command = (args: ParsedArgs) => Promise<number>;

/** Every command, by name. Each lives in its own module beside this one. */
export const commands: Record<string, { summary: string; run: Command }> = {
  cohorts: {
    summary: 'cohort matrix: customers or revenue by first-purchase period',
    run: cohorts,
  },
  churn: { summary: 'active, new, lost and reactivated customers per period', run: churn },
  ltv: { summary: 'simple LTV = AMPU / churn rate, overall and per cohort', run: ltv },
  rfm: { summary: 'RFM scores and named segments at an as-of day', run: rfm },
  inspect: { summary: 'what the importer detects and reads in a transactions file', run: inspect },
  fit: { summary: 'fit BG/NBD, Gamma-Gamma or sBG by maximum likelihood', run: fit },
  clv: { summary: 'per-customer P(alive), expected purchases and discounted CLV', run: clv },
  simulate: {
    summary: 'retention spend per segment from a scenario file; --optimize --budget B',
    run: simulate,
  },
  contacts: {
    summary:
      'whom to contact on which day, before their next expected purchase (capacity, cooldown)',
    run: contacts,
  },
  sql: {
    summary: 'SQL for a data warehouse that computes the per-customer summary (--dialect, --end)',
    run: sql,
  },
};
