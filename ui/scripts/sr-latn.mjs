#!/usr/bin/env node
// Serbian Cyrillic → Latin, letter for letter (љ→lj, њ→nj, џ→dž, ђ→đ, ћ→ć).
// `node scripts/sr-latn.mjs` writes locales/sr-Latn/ui.ftl from locales/sr-Cyrl/ui.ftl;
// src/locales.test.ts checks that the two files agree.

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const LOWER = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "đ", е: "e", ж: "ž", з: "z", и: "i", ј: "j",
  к: "k", л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t",
  ћ: "ć", у: "u", ф: "f", х: "h", ц: "c", ч: "č", џ: "dž", ш: "š",
};

/** @param {string} text */
export function cyrToLat(text) {
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const latin = LOWER[lower];
    if (latin === undefined) {
      out += ch;
    } else if (ch === lower) {
      out += latin;
    } else {
      // Capital: Љ → Lj before a small letter, LJ inside an all-capitals word.
      const next = chars[i + 1] ?? "";
      const allCaps = next !== next.toLowerCase();
      out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL("../../locales/", import.meta.url);
  const source = readFileSync(new URL("sr-Cyrl/ui.ftl", root), "utf8");
  writeFileSync(new URL("sr-Latn/ui.ftl", root), cyrToLat(source));
  console.log("locales/sr-Latn/ui.ftl written from locales/sr-Cyrl/ui.ftl");
}
