/**
 * Every bundle of messages, by name, for the unit tests and scripts/i18n-missing.ts (which
 * checks that each messages folder under src is listed here). The app never imports this file:
 * each screen registers its own bundle when it loads.
 */
import type { Language, MessageBundle } from '../ui/i18n/index.ts';
import { messages as app } from './index.ts';
import { messages as workspace } from '../features/workspace/messages/index.ts';
import { messages as importing } from '../features/import/messages/index.ts';
import { messages as cohorts } from '../features/cohorts/messages/index.ts';
import { messages as churn } from '../features/churn/messages/index.ts';
import { messages as ltv } from '../features/ltv/messages/index.ts';
import { messages as predictive } from '../features/predictive/messages/index.ts';
import { messages as customers } from '../features/customers/messages/index.ts';
import { messages as lifecycle } from '../features/lifecycle/messages/index.ts';
import { messages as contacts } from '../features/contacts/messages/index.ts';
import { messages as simulator } from '../features/simulator/messages/index.ts';
import { messages as report } from '../features/report/messages/index.ts';

/** The bundles by folder: `src/messages` and `src/features/<name>/messages`. */
export const BUNDLES: Readonly<Record<string, MessageBundle>> = {
  'src/messages': app,
  'src/features/workspace/messages': workspace,
  'src/features/import/messages': importing,
  'src/features/cohorts/messages': cohorts,
  'src/features/churn/messages': churn,
  'src/features/ltv/messages': ltv,
  'src/features/predictive/messages': predictive,
  'src/features/customers/messages': customers,
  'src/features/lifecycle/messages': lifecycle,
  'src/features/contacts/messages': contacts,
  'src/features/simulator/messages': simulator,
  'src/features/report/messages': report,
};

/** Every English message of the app, in one catalog. */
export const en: Readonly<Record<string, string>> = Object.assign(
  {},
  ...Object.values(BUNDLES).map((bundle) => bundle.en),
) as Record<string, string>;

/** Every message of the app in one language, in one catalog. */
export async function catalog(language: Language): Promise<Readonly<Record<string, string>>> {
  if (language === 'en') return en;
  const parts = await Promise.all(Object.values(BUNDLES).map((bundle) => bundle[language]()));
  return Object.assign({}, ...parts) as Record<string, string>;
}
