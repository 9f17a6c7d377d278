// The import's mapping step remembers what each column was last time: a column with the same
// header (compared folded, so `Пол` and `Pol` are one) gets the field it was given then.

import { fold } from "../search";

const KEY = "tessera.people-import.mapping";

function load(): Record<string, string | null> {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "{}") as unknown;
    return stored && typeof stored === "object" ? (stored as Record<string, string | null>) : {};
  } catch {
    return {};
  }
}

/** The field each header was given last time (`undefined`: never seen). */
export function rememberedMapping(header: string[]): (string | null | undefined)[] {
  const last = load();
  return header.map((h) => (fold(h) in last ? last[fold(h)] : undefined));
}

export function rememberMapping(header: string[], mapping: (string | null)[]): void {
  const last = load();
  header.forEach((h, i) => {
    if (h.trim() !== "") last[fold(h)] = mapping[i] ?? null;
  });
  try {
    localStorage.setItem(KEY, JSON.stringify(last));
  } catch {
    // private mode or a full disk: the mapping is only a convenience
  }
}
