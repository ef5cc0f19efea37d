/**
 * The analysis screens, in navigation order. Each loads on demand, so charts and models
 * are not part of the start-up JavaScript. A screen receives the open data set's id.
 */
import type { Component } from 'svelte';
import type { MessageKey } from '../ui/i18n/index.ts';
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
}

export const ANALYSIS_SCREENS: readonly AnalysisScreen[] = [
  {
    id: 'cohorts',
    label: 'nav.cohorts',
    kinds: ['transactions'],
    load: () => import('./cohorts/CohortsScreen.svelte'),
  },
  {
    id: 'churn',
    label: 'nav.churn',
    kinds: ['transactions'],
    load: () => import('./churn/ChurnScreen.svelte'),
  },
  {
    id: 'ltv',
    label: 'nav.ltv',
    kinds: ['transactions'],
    load: () => import('./ltv/LtvScreen.svelte'),
  },
  {
    id: 'predictive',
    label: 'nav.predictive',
    kinds: ['transactions', 'summary'],
    load: () => import('./predictive/PredictiveScreen.svelte'),
  },
  {
    id: 'customers',
    label: 'nav.customers',
    kinds: ['transactions'],
    load: () => import('./customers/CustomersScreen.svelte'),
  },
  {
    id: 'lifecycle',
    label: 'nav.lifecycle',
    kinds: ['transactions'],
    load: () => import('./lifecycle/LifecycleScreen.svelte'),
  },
  {
    id: 'contacts',
    label: 'nav.contacts',
    kinds: ['transactions'],
    load: () => import('./contacts/ContactsScreen.svelte'),
  },
  {
    id: 'simulator',
    label: 'nav.simulator',
    kinds: ['transactions', 'summary'],
    load: () => import('./simulator/SimulatorScreen.svelte'),
  },
  {
    id: 'report',
    label: 'nav.report',
    kinds: ['transactions'],
    load: () => import('./report/ReportScreen.svelte'),
    empty: () => import('./report/ReportEmpty.svelte'),
  },
];
