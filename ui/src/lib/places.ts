// How a municipality from the shipped lists (crates/core/src/places.rs) is named on screen:
// in the script of the interface language where the list has it (Cyrillic for Serbian
// Cyrillic, Macedonian and Bulgarian; Kosovo's Albanian names for Albanian), else in Latin.

import type { Municipality } from "./api";
import { matches } from "./search";

const CYRILLIC_UI = new Set(["sr-Cyrl", "mk", "bg"]);

export function placeName(m: Municipality, lang: string): string {
  if (CYRILLIC_UI.has(lang) && m.name_cyrl) return m.name_cyrl;
  if (lang === "sq" && m.name_sq) return m.name_sq;
  return m.name_latn;
}

/** Every name of the municipality, for searching in any script. */
function names(m: Municipality): string[] {
  return [m.name_latn, m.name_cyrl ?? "", m.name_sq ?? ""];
}

/**
 * The municipalities a query finds (in any script, without diacritics), those of `countries`
 * first, at most `limit`.
 */
export function findPlaces(all: Municipality[], query: string, countries: string[], limit = 8): Municipality[] {
  if (query.trim() === "") return [];
  const found = all.filter((m) => matches(query, ...names(m)));
  const rank = (m: Municipality) => (countries.includes(m.country) ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}

/**
 * A stored municipality name (`Leskovac`, as the core stores it, or a name an import brought
 * in another script) shown in the interface's script, when the lists know it.
 */
export function storedPlaceName(all: Municipality[], country: string | null, name: string, lang: string): string {
  const m = byName(all).get(`${country ?? ""}|${name}`) ?? byName(all).get(`|${name}`);
  return m ? placeName(m, lang) : name;
}

/** The municipalities by "country|name" and "|name" for each of their names (built once per list). */
const indexes = new WeakMap<Municipality[], Map<string, Municipality>>();
function byName(all: Municipality[]): Map<string, Municipality> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const m of all) {
      for (const n of names(m).filter((n) => n !== "")) {
        if (!index.has(`${m.country}|${n}`)) index.set(`${m.country}|${n}`, m);
        if (!index.has(`|${n}`)) index.set(`|${n}`, m);
      }
    }
    indexes.set(all, index);
  }
  return index;
}
