// The organisation's profile as its forms start it: the seven countries Tessera knows best,
// each one's usual currency, and the country a language suggests.

import type { ProfileInput } from "../api";
import type { Lang } from "../i18n";

/** The countries offered first (any ISO code is accepted by the core). */
export const COUNTRIES = ["AL", "XK", "BA", "RS", "ME", "MK", "BG"] as const;

/** The currency a country's organisations usually keep their books in. */
export const CURRENCY_OF: Record<string, string> = {
  AL: "ALL",
  XK: "EUR",
  BA: "BAM",
  RS: "RSD",
  ME: "EUR",
  MK: "MKD",
  // the euro since 1 January 2026
  BG: "EUR",
};

/** The currencies offered: the region's, and those donors pay in. */
export const CURRENCIES = ["ALL", "BAM", "EUR", "MKD", "RSD", "BGN", "USD", "CHF", "GBP", "SEK", "NOK"] as const;

const COUNTRY_OF_LANG: Partial<Record<Lang, string>> = { sq: "AL", bg: "BG", bs: "BA", "sr-Cyrl": "RS", "sr-Latn": "RS", mk: "MK" };

/** A new organisation's profile, its country (and currency) suggested by the language. */
export function newProfile(lang: Lang): ProfileInput {
  const country = COUNTRY_OF_LANG[lang] ?? "";
  return {
    name: "",
    short_name: null,
    country,
    base_currency: CURRENCY_OF[country] ?? "",
    fiscal_year_start: 1,
    registration_no: null,
    address: null,
  };
}
