/**
 * The one Dexie module: the IndexedDB schema and every upgrade step.
 *
 * Transactions are stored columnar — one record per chunk of up to CHUNK_ROWS rows holding
 * typed arrays — because IndexedDB writes a million row objects in about a minute but the
 * same rows as typed-array chunks in a fraction of a second. A data set is written with
 * status 'importing' and flipped to 'ready' in one transaction at the end, so an import that
 * fails or is cancelled never shows up and is swept away on the next start.
 *
 * Adding a version: declare `db.version(N).stores({...changed tables}).upgrade(tx => …)` below
 * the previous one, never edit an old one, and add a test in tests/unit/storage/upgrade.test.ts
 * that opens a database written at N − 1 and checks the upgraded records.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  CustomerAttributes,
  ImportSettings,
  RejectedRow,
  TransactionColumns,
  TransactionSummary,
} from '../core/index.ts';

export const DB_NAME = 'tenure';
export const CHUNK_ROWS = 65_536;

export type DatasetKind = 'transactions' | 'summary';
export type DatasetStatus = 'importing' | 'ready';

export interface DatasetRecord {
  id: string;
  name: string;
  kind: DatasetKind;
  status: DatasetStatus;
  createdAt: number;
  fileName: string;
  fileSize: number;
  settings: ImportSettings | null;
  headers: string[];
  summary: TransactionSummary | null;
  /** Customers in a per-customer summary data set. */
  summaryCustomers?: number;
  rejectedCount: number;
  chunkCount: number;
  /** How long the import took and where the time went (shown, and read by `npm run bench`). */
  importStats?: { elapsedMs: number; stageMs: Record<string, number> };
  /** Name of the customers file joined to this data set, if any. */
  customersFile?: string;
  /**
   * ISO 4217 code of the money figures (guessed at import, editable). Absent on data sets
   * stored before currencies: they show the interface language's usual currency.
   */
  currency?: string;
  /** Set on a data set restored from a workshop pack (pseudonymous ids, maybe shifted dates). */
  anonymised?: boolean;
}

/** Up to CHUNK_ROWS transactions as parallel typed arrays; indexes refer to the dictionaries. */
export interface ChunkRecord extends Omit<TransactionColumns, DictionaryName> {
  datasetId: string;
  index: number;
}

/** The columns' dictionaries, stored once per data set (DictionaryRecord), not per chunk. */
type DictionaryName = 'customerIds' | 'orderIds' | 'products' | 'channels';

export interface DictionaryRecord {
  datasetId: string;
  customerIds: string[];
  orderIds?: string[];
  products?: string[];
  channels?: string[];
}

/** The customers file of a data set, columnar; one entry per customer id of the file. */
export interface CustomersRecord extends CustomerAttributes {
  datasetId: string;
}

/** A per-customer summary data set (frequency, recency, T, monetary value). */
export interface SummaryRecord {
  datasetId: string;
  ids: string[];
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
}

export interface RejectionsRecord {
  datasetId: string;
  rows: RejectedRow[];
}

export interface MappingRecord {
  /** The file's header cells joined with a unit separator. */
  signature: string;
  settings: ImportSettings;
  savedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A computed result, keyed by the data set and the parameters it was computed with. */
export interface ResultRecord {
  key: string;
  datasetId: string;
  value: unknown;
  computedAt: number;
}

/**
 * A manual lifecycle move: the customer stays in `lane` whatever the rules say, until the
 * override is cleared. Survives re-import (keyed by customer id, not index) and recomputation.
 */
export interface OverrideRecord {
  datasetId: string;
  customerId: string;
  lane: string;
  fromLane: string;
  at: number;
  reason?: string;
}

/** One entry of a board's move log (a move of one or many customers, for undo and export). */
export interface MoveRecord {
  id?: number;
  datasetId: string;
  customerIds: string[];
  fromLanes: string[];
  toLane: string;
  at: number;
  reason?: string;
  /** Set when the move was undone (kept for the log). */
  undoneAt?: number;
}

/** A data set's lifecycle board: its lanes, their rules and order (the user's edits). */
export interface BoardRecord {
  datasetId: string;
  config: unknown;
  updatedAt: number;
}

/** A saved retention-spend scenario. `body` is the scenario file's content. */
export interface ScenarioRecord {
  id: string;
  datasetId: string;
  name: string;
  body: unknown;
  updatedAt: number;
}

/**
 * A secret of this browser that never leaves it: kept out of backups and workshop packs.
 * 'workshopKey': the non-extractable HMAC key that makes workshop pseudonyms (workshop.ts).
 */
export interface SecretRecord {
  key: string;
  value: CryptoKey;
}

export type TenureDb = Dexie & {
  datasets: EntityTable<DatasetRecord, 'id'>;
  chunks: EntityTable<ChunkRecord>;
  dictionaries: EntityTable<DictionaryRecord, 'datasetId'>;
  customers: EntityTable<CustomersRecord, 'datasetId'>;
  summaries: EntityTable<SummaryRecord, 'datasetId'>;
  rejections: EntityTable<RejectionsRecord, 'datasetId'>;
  mappings: EntityTable<MappingRecord, 'signature'>;
  settings: EntityTable<SettingRecord, 'key'>;
  results: EntityTable<ResultRecord, 'key'>;
  overrides: EntityTable<OverrideRecord>;
  moves: EntityTable<MoveRecord, 'id'>;
  boards: EntityTable<BoardRecord, 'datasetId'>;
  scenarios: EntityTable<ScenarioRecord, 'id'>;
  secrets: EntityTable<SecretRecord, 'key'>;
};

/** Declares every schema version. Separate from opening so tests can build older versions. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    datasets: 'id, status, createdAt',
    chunks: '[datasetId+index], datasetId',
    dictionaries: 'datasetId',
    customers: 'datasetId',
    summaries: 'datasetId',
    rejections: 'datasetId',
    mappings: 'signature',
    settings: 'key',
    results: 'key, datasetId',
  });
  // v2: the lifecycle board (overrides, move log, lane configuration) and saved scenarios.
  db.version(2).stores({
    overrides: '[datasetId+customerId], datasetId',
    moves: '++id, datasetId, at',
    boards: 'datasetId',
    scenarios: 'id, datasetId, updatedAt',
  });
  // v3: secrets of this browser (the workshop pack's key); nothing else changes.
  db.version(3).stores({ secrets: 'key' });
}

/** Opens (lazily) the workspace database. */
export function openDb(name = DB_NAME): TenureDb {
  const db = new Dexie(name) as TenureDb;
  declareSchema(db);
  return db;
}

let shared: TenureDb | undefined;

/** The database of this browser profile, shared by every caller in one thread. */
export function db(): TenureDb {
  shared ??= openDb();
  return shared;
}

/** Points the shared handle at another database (tests). */
export function useDb(next: TenureDb): void {
  shared = next;
}
