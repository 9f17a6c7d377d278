// The state of one backend read: loading, ready with a value, or failed with an error.

export type Loadable<T> =
  | { kind: "loading" }
  | { kind: "ready"; value: T }
  | { kind: "failed"; error: unknown };

export class Resource<T> {
  state: Loadable<T> = $state({ kind: "loading" });
  #generation = 0;
  readonly #loader: () => Promise<T>;

  constructor(loader: () => Promise<T>) {
    this.#loader = loader;
  }

  /** (Re)load; a slower earlier answer never overwrites a later one. */
  async load(): Promise<void> {
    const generation = ++this.#generation;
    this.state = { kind: "loading" };
    try {
      const value = await this.#loader();
      if (generation === this.#generation) this.state = { kind: "ready", value };
    } catch (error) {
      if (generation === this.#generation) this.state = { kind: "failed", error };
    }
  }

  /** Load again after a change, keeping what is shown until the new value arrives. */
  async refresh(): Promise<void> {
    if (this.state.kind !== "ready") return this.load();
    const generation = ++this.#generation;
    try {
      const value = await this.#loader();
      if (generation === this.#generation) this.state = { kind: "ready", value };
    } catch (error) {
      if (generation === this.#generation) this.state = { kind: "failed", error };
    }
  }
}
