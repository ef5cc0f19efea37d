/** The contact plan worker method's types, as the screen sees them. */
import type { AnalyticsApi } from '../../bridge/analytics-client.ts';

export type ContactPlanParams = Parameters<AnalyticsApi['planContacts']>[1];
export type ContactPlanView = Awaited<ReturnType<AnalyticsApi['planContacts']>>;
export type ContactCustomers = ContactPlanView['lapsed'];
export type Channel = 'phone' | 'email' | 'sms' | 'mail';
export const CHANNELS: readonly Channel[] = ['phone', 'email', 'sms', 'mail'];
