/**
 * The sections of the Lifetime value screen, in order. Each loads on demand and receives the
 * data set, its overview and the shared inputs; a new part of the screen (predictive CLV, …)
 * is one more entry here.
 */
import type { Component } from 'svelte';
import type { AnalyticsApi } from '../../bridge/analytics-client.ts';
import type { MessageKey } from '../../ui/i18n/index.ts';
import type { LtvSettings } from './settings.svelte.ts';

export type Overview = Awaited<ReturnType<AnalyticsApi['describeDataset']>>;

export interface LtvSectionProps {
  datasetId: string;
  overview: Overview;
  settings: LtvSettings;
}

export interface LtvSection {
  id: string;
  title: MessageKey;
  load: () => Promise<{ default: Component<LtvSectionProps> }>;
}

export const LTV_SECTIONS: readonly LtvSection[] = [
  {
    id: 'simple',
    title: 'ltv.section.simple',
    load: () => import('./simple/SimpleLtvSection.svelte'),
  },
  {
    id: 'concentration',
    title: 'ltv.section.concentration',
    load: () => import('./concentration/ConcentrationSection.svelte'),
  },
  { id: 'rfm', title: 'ltv.section.rfm', load: () => import('./rfm/RfmSection.svelte') },
];
