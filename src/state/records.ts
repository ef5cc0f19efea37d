/**
 * What screens read of storage, through state (features never import storage): the record
 * types of data sets, scenarios and backups, a data set's and the scenarios' records as read
 * once, and the per-data-set screen settings.
 */
export type { DatasetKind, DatasetRecord } from '../storage/db.ts';
export type { ScenarioRecord } from '../storage/scenarios.ts';
export type { BackupPreview, BackupSummary } from '../storage/backup.ts';
export { getSetting, setSetting } from '../storage/workspace.ts';
export { getDataset } from '../storage/datasets.ts';
export { listScenarios } from '../storage/scenarios.ts';
export {
  CALENDAR_SHIFT,
  CUSTOMER_TEXT_COLUMNS,
  type CustomerTextColumn,
  type WorkshopOptions,
} from '../storage/workshop.ts';
