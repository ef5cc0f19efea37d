/**
 * An asynchronous value a screen shows: the latest result, whether it is loading, and the
 * error to explain. When requests overlap, only the latest one's outcome is kept.
 */
export class Resource<T> {
  #value = $state.raw<T | undefined>(undefined);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #version = 0;

  get value() {
    return this.#value;
  }
  get loading() {
    return this.#loading;
  }
  get error() {
    return this.#error;
  }

  /** Runs `load`; its result replaces the value unless a newer run started meanwhile. */
  async run(load: () => Promise<T>): Promise<void> {
    const version = ++this.#version;
    this.#loading = true;
    try {
      const value = await load();
      if (version !== this.#version) return;
      this.#value = value;
      this.#error = null;
    } catch (error) {
      if (version !== this.#version) return;
      this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      if (version === this.#version) this.#loading = false;
    }
  }

  clear(): void {
    this.#version++;
    this.#value = undefined;
    this.#error = null;
    this.#loading = false;
  }
}
