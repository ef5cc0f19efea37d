/** The predictive worker methods' parameter and result types, as the screens see them. */
import type { AnalyticsApi } from '../../bridge/analytics-client.ts';

type Result<K extends keyof AnalyticsApi> = Awaited<ReturnType<AnalyticsApi[K]>>;

export type ModelParams = Parameters<AnalyticsApi['reportPredictions']>[1];
export type PredictiveReport = Result<'reportPredictions'>;
export type ModelFit = PredictiveReport['fit'];
export type ValueRiskGrid = NonNullable<PredictiveReport['grid']>;
export type GridCell = ValueRiskGrid['cells'][number];
export type GridGroup = Parameters<AnalyticsApi['listGridGroup']>[2];
export type PredictedList = Result<'listGridGroup'>;
export type PredictedCustomer = PredictedList['rows'][number];
export type HoldoutSummary = Result<'checkHoldout'>;
export type TableQuery = Parameters<AnalyticsApi['queryCustomers']>[2];
export type TableWindow = Result<'queryCustomers'>;
export type TableRow = TableWindow['rows'][number];
export type SortKey = TableQuery['sort'];
export type CustomerDetail = Result<'describeCustomer'>;
