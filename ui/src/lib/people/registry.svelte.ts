// The registry's list as the user types: pages of people fetched from the core as the list
// scrolls (200 000 people scroll as one list: only the rows in view are drawn), the total of
// the current search, and a slower earlier answer never overwriting a later one.

import { api, type PersonRow } from "../api";

export const PAGE = 100;

export class Registry {
  query = $state("");
  total = $state<number | null>(null);
  /** Rows by their index in the current list (the pages fetched so far); replaced whole, never
   * changed in place, so not deeply reactive (a keystroke's 100 rows are not proxied). */
  rows = $state.raw<Record<number, PersonRow>>({});
  failed = $state<unknown>(null);
  #generation = 0;
  #pages = new Set<number>();

  /** Search again from the first page. */
  async search(query: string): Promise<void> {
    this.query = query;
    const generation = ++this.#generation;
    this.#pages = new Set([0]);
    try {
      const page = await api.registryPage(query, 0, PAGE);
      if (generation !== this.#generation) return;
      const rows: Record<number, PersonRow> = {};
      page.rows.forEach((r, i) => (rows[i] = r));
      this.rows = rows;
      this.total = page.total;
      this.failed = null;
    } catch (e) {
      if (generation === this.#generation) this.failed = e;
    }
  }

  /** Make sure the rows `from`..`to` are fetched. */
  async ensure(from: number, to: number): Promise<void> {
    const generation = this.#generation;
    const wanted: number[] = [];
    for (let p = Math.floor(from / PAGE); p <= Math.floor(Math.max(from, to) / PAGE); p++) {
      if (!this.#pages.has(p)) wanted.push(p);
    }
    for (const p of wanted) {
      this.#pages.add(p);
      try {
        const page = await api.registryPage(this.query, p * PAGE, PAGE);
        if (generation !== this.#generation) return;
        const rows = { ...this.rows };
        page.rows.forEach((r, i) => (rows[p * PAGE + i] = r));
        this.rows = rows;
        this.total = page.total;
      } catch (e) {
        this.#pages.delete(p);
        if (generation === this.#generation) this.failed = e;
      }
    }
  }

  /** Fetch the current search again (after a change), keeping what is shown meanwhile. */
  async refresh(): Promise<void> {
    await this.search(this.query);
  }
}

/** A person's name as lists show it (names are optional). */
export function personName(p: { first_name: string | null; last_name: string | null }): string {
  return [p.first_name, p.last_name].filter((n) => n && n.trim() !== "").join(" ");
}
