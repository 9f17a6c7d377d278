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
  const m = all.find((p) => (country === null || p.country === country) && (p.name_latn === name || p.name_cyrl === name || p.name_sq === name));
  return m ? placeName(m, lang) : name;
}
