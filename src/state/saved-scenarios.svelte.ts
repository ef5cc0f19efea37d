/**
 * The saved scenarios of one data set, followed across tabs (liveQuery), and the ones picked
 * for the side-by-side comparison (at most four). Opening, saving, renaming and deleting are
 * the simulator's: they change the scenario being edited too.
 */
import { duplicateScenario, listScenarios, watchScenarios } from '../storage/scenarios.ts';
import type { ScenarioRecord } from '../storage/scenarios.ts';

export class SavedScenarios {
  #datasetId: string;
  #fail: (error: unknown, action: string) => void;
  #saved = $state.raw<ScenarioRecord[]>([]);
  #compare = $state<string[]>([]);

  /** `fail` tells the user when storage cannot be read or written. */
  constructor(datasetId: string, fail: (error: unknown, action: string) => void) {
    this.#datasetId = datasetId;
    this.#fail = fail;
  }

  get list() {
    return this.#saved;
  }
  get compare() {
    return this.#compare;
  }

  /** Follows the saved scenarios (a save in another tab shows here too); returns the stop. */
  watch(): () => void {
    return watchScenarios(
      this.#datasetId,
      (saved) => this.#set(saved),
      (error) => this.#fail(error, 'read the saved scenarios'),
    );
  }

  async refresh(): Promise<void> {
    try {
      this.#set(await listScenarios(this.#datasetId));
    } catch (error) {
      this.#fail(error, 'read the saved scenarios');
    }
  }

  async duplicate(id: string): Promise<void> {
    try {
      await duplicateScenario(id);
    } catch (error) {
      this.#fail(error, 'duplicate the scenario');
    }
    await this.refresh();
  }

  toggleCompare(id: string): void {
    this.#compare = this.#compare.includes(id)
      ? this.#compare.filter((x) => x !== id)
      : [...this.#compare, id].slice(-4);
  }

  /** The list, and the comparison without scenarios that are gone. */
  #set(saved: ScenarioRecord[]): void {
    this.#saved = saved;
    this.#compare = this.#compare.filter((id) => saved.some((s) => s.id === id));
  }
}
