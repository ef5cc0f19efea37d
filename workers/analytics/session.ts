/**
 * One open data set in the analytics worker: its columns and customers file (read from
 * IndexedDB once) and every cache derived from them — the lifecycle board, the traced stage
 * flow, the predictive model, the explorer's table, the simulator's filter columns and
 * grouping, and the value × risk tiers of each model. A session is keyed by the data set's
 * record (id, creation time, customers file): a joined customers file, a restored backup or a
 * re-import gives a new session, so every cache goes at once. One session is open at a time.
 * Results worth keeping across sessions go to the IndexedDB result cache (context.ts).
 */
import {
  valueRiskTiers,
  type FilterColumns,
  type TransactionColumns,
  type ValueRiskTiers,
} from '../../src/core/index.ts';
import type { CustomersRecord, DatasetRecord } from '../../src/storage/db.ts';
import {
  getCustomers,
  getDataset,
  loadTransactions,
  type HandedColumns,
} from '../../src/storage/datasets.ts';
import type { Board } from './board.ts';
import type { TracedFlow } from './lifecycle-flow.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { ExplorerData } from './predictive-table.ts';
import type { Grouping } from './simulator-groupings.ts';

/** The data set's columns and customers file. */
export interface LoadedDataset {
  datasetId: string;
  columns: TransactionColumns;
  customers: CustomersRecord | undefined;
}

/** What a session keeps, one entry per slot: the value for the last key asked for. */
interface Slots {
  board: Promise<Board>;
  flow: TracedFlow;
  model: Promise<CustomerModel>;
  explorer: ExplorerData;
  filters: Promise<FilterColumns>;
  grouping: Promise<Grouping>;
}

export class Session {
  readonly #entries = new Map<keyof Slots, { key: unknown; value: unknown }>();
  readonly #tiers = new WeakMap<CustomerModel, ValueRiskTiers>();
  #data: Promise<LoadedDataset> | undefined;

  constructor(
    /** The record as the session opened (its id and kind; a rename does not reopen it). */
    readonly record: DatasetRecord,
    /** The record's identity: id, creation time and customers file. */
    readonly key: string,
  ) {}

  get datasetId(): string {
    return this.record.id;
  }

  /** The columns and customers file, read once per session. */
  data(): Promise<LoadedDataset> {
    if (!this.#data) {
      const datasetId = this.record.id;
      const handed = takeHanded(datasetId);
      const data = Promise.all([loadTransactions(datasetId, handed), getCustomers(datasetId)]).then(
        ([columns, customers]) => ({ datasetId, columns, customers }),
      );
      this.#data = data;
      data.catch(() => {
        if (this.#data === data) this.#data = undefined;
      });
    }
    return this.#data;
  }

  /**
   * The value kept in `slot` for `key` (compared with ===), or built, kept and returned. A
   * promise that fails is not kept, so the next request tries again.
   */
  keep<K extends keyof Slots>(slot: K, key: unknown, build: () => Slots[K]): Slots[K] {
    const entry = this.#entries.get(slot);
    if (entry && entry.key === key) return entry.value as Slots[K];
    const value = build();
    const kept = { key, value };
    this.#entries.set(slot, kept);
    if (value instanceof Promise) {
      value.catch(() => {
        if (this.#entries.get(slot) === kept) this.#entries.delete(slot);
      });
    }
    return value;
  }

  /** The slots holding a value (what this session keeps, for tests and diagnostics). */
  held(): (keyof Slots)[] {
    return [...this.#entries.keys()].sort();
  }

  /** The value × risk tiers of a model's customers (core's rule), once per model. */
  tiers(model: CustomerModel): ValueRiskTiers {
    let hit = this.#tiers.get(model);
    if (!hit) {
      const { clv, pNoPurchase, pAlive } = model.predictions;
      hit = valueRiskTiers(clv, pNoPurchase, pAlive, model.revenue);
      this.#tiers.set(model, hit);
    }
    return hit;
  }
}

/** The identity of a data set's record: a new one means new columns. */
export function sessionKey(record: DatasetRecord): string {
  return JSON.stringify([record.id, record.createdAt, record.customersFile ?? null]);
}

let open: Session | undefined;

/** The rows an import just stored, handed over with its data set's id (one at a time). */
let handedOver: { datasetId: string; handed: HandedColumns } | undefined;

/**
 * Keeps the rows the import of `datasetId` stored, so that the data set's first session reads
 * only its dictionaries (storage checks that they are the stored ones). One import's rows are
 * kept at a time: a newer import's replace them.
 */
export function handOver(datasetId: string, handed: HandedColumns): void {
  handedOver = { datasetId, handed };
}

/** The rows handed over for `datasetId`, once; any others are dropped. */
function takeHanded(datasetId: string): HandedColumns | undefined {
  const kept = handedOver;
  handedOver = undefined;
  return kept?.datasetId === datasetId ? kept.handed : undefined;
}

/** The session of a data set: the open one while its record is unchanged, else a new one. */
export async function session(datasetId: string): Promise<Session> {
  const record = await getDataset(datasetId);
  if (!record) throw new Error('This data set no longer exists.');
  const key = sessionKey(record);
  if (open?.key !== key) open = new Session(record, key);
  return open;
}

/** The columns and customers file of a data set, from its session. */
export async function dataset(datasetId: string): Promise<LoadedDataset> {
  return (await session(datasetId)).data();
}
