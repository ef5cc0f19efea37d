/** The import worker's workshop-pack verbs (spread into its API): the pack and its key. */
import { transfer } from 'comlink';
import {
  createWorkshopPack,
  resetWorkshopKey,
  type WorkshopOptions,
} from '../../src/storage/workshop.ts';

export const workshopApi = {
  /** An anonymised workshop pack of the chosen data sets (bytes transferred, not copied). */
  async createWorkshopPack(
    options: WorkshopOptions,
    onProgress: (fraction: number) => void,
  ): Promise<Uint8Array> {
    const { bytes } = await createWorkshopPack(options, onProgress);
    return transfer(bytes, [bytes.buffer]);
  },

  /** Forgets this browser's pseudonym key: the next pack gives everyone new pseudonyms. */
  async resetWorkshopKey(): Promise<void> {
    await resetWorkshopKey();
  },
};
