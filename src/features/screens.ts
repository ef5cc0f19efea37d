/**
 * The analysis screens, in navigation order. Each loads on demand with its messages, so
 * charts, models and their words are not part of the start-up JavaScript. A screen receives
 * the open data set's id.
 */
import type { Component } from 'svelte';
import { registerMessages, type MessageBundle, type MessageKey } from '../ui/i18n/index.ts';
import type { DatasetKind } from '../state/records.ts';

export interface AnalysisScreenProps {
  datasetId: string;
}

export interface AnalysisScreen {
  id: string;
  label: MessageKey;
  /** The kinds of data set the screen works on. */
  kinds: readonly DatasetKind[];
  load: () => Promise<{ default: Component<AnalysisScreenProps> }>;
  /** What the screen shows when no data set is open (listed in the navigation then too). */
  empty?: () => Promise<{ default: Component }>;
  /** Computes and caches what the screen first shows for a data set just imported. */
  prepare?: (datasetId: string) => Promise<void>;
}

type Messages = () => Promise<{ messages: MessageBundle }>;
const cohorts: Messages = () => import('./cohorts/messages/index.ts');
const churn: Messages = () => import('./churn/messages/index.ts');
const ltv: Messages = () => import('./ltv/messages/index.ts');
const predictive: Messages = () => import('./predictive/messages/index.ts');
const customers: Messages = () => import('./customers/messages/index.ts');
const lifecycle: Messages = () => import('./lifecycle/messages/index.ts');
const contacts: Messages = () => import('./contacts/messages/index.ts');
const simulator: Messages = () => import('./simulator/messages/index.ts');
const report: Messages = () => import('./report/messages/index.ts');

/**
 * Loads a screen's module and registers the messages of every feature it shows (its own, and
 * those of the parts it borrows from other screens) in the UI language, so it never renders
 * before its words are there.
 */
async function withMessages<T>(screen: Promise<T>, messages: Messages[]): Promise<T> {
  const [module] = await Promise.all([
    screen,
    ...messages.map(async (load) => registerMessages((await load()).messages)),
  ]);
  return module;
}

/**
 * The same promise on every call once a load has started, so a screen already loaded renders
 * at once (its `{#await}` settles in a microtask, not after a new module request's task and a
 * frame). A failed load is tried again on the next call.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}

export const ANALYSIS_SCREENS: readonly AnalysisScreen[] = [
  {
    id: 'cohorts',
    label: 'nav.cohorts',
    kinds: ['transactions'],
    load: once(() => withMessages(import('./cohorts/CohortsScreen.svelte'), [cohorts])),
    prepare: async (datasetId) =>
      (await import('./cohorts/cohorts-view.svelte.ts')).prepareCohorts(datasetId),
  },
  {
    id: 'churn',
    label: 'nav.churn',
    kinds: ['transactions'],
    load: once(() => withMessages(import('./churn/ChurnScreen.svelte'), [churn])),
  },
  {
    id: 'ltv',
    label: 'nav.ltv',
    kinds: ['transactions'],
    load: once(() => withMessages(import('./ltv/LtvScreen.svelte'), [ltv])),
  },
  {
    id: 'predictive',
    label: 'nav.predictive',
    kinds: ['transactions', 'summary'],
    load: once(() => withMessages(import('./predictive/PredictiveScreen.svelte'), [predictive])),
  },
  {
    id: 'customers',
    label: 'nav.customers',
    kinds: ['transactions'],
    load: once(() =>
      withMessages(import('./customers/CustomersScreen.svelte'), [customers, predictive, ltv]),
    ),
  },
  {
    id: 'lifecycle',
    label: 'nav.lifecycle',
    kinds: ['transactions'],
    load: once(() => withMessages(import('./lifecycle/LifecycleScreen.svelte'), [lifecycle])),
  },
  {
    id: 'contacts',
    label: 'nav.contacts',
    kinds: ['transactions'],
    load: once(() =>
      withMessages(import('./contacts/ContactsScreen.svelte'), [
        contacts,
        customers,
        predictive,
        ltv,
      ]),
    ),
  },
  {
    id: 'simulator',
    label: 'nav.simulator',
    kinds: ['transactions', 'summary'],
    load: once(() => withMessages(import('./simulator/SimulatorScreen.svelte'), [simulator])),
  },
  {
    id: 'report',
    label: 'nav.report',
    kinds: ['transactions'],
    load: once(() =>
      withMessages(import('./report/ReportScreen.svelte'), [
        report,
        cohorts,
        churn,
        ltv,
        predictive,
        contacts,
        simulator,
      ]),
    ),
    empty: once(() => withMessages(import('./report/ReportEmpty.svelte'), [report])),
  },
];
