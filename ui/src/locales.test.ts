// @vitest-environment node
// Locale checks: every locale's .ftl files have exactly the keys of locales/en and, per message, the
// same variables and functions; plurals use each language's CLDR categories; sr-Latn is the
// transliteration of sr-Cyrl; every ApiError code has its message; every t("id") exists.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cyrToLat } from "../scripts/sr-latn.mjs";
import { API_ERROR_CODES } from "./lib/api";
import { LANGUAGES, intlLocale } from "./lib/i18n/languages";
import { checkPlurals, compareFtl, parseFtl } from "./test/ftl";

const LOCALES = fileURLToPath(new URL("../../locales/", import.meta.url));
const SRC = fileURLToPath(new URL("./", import.meta.url));

// All Fluent files of a locale, as the UI loads them (ui.ftl, errors.ftl, cli.ftl, …).
const read = (lang: string) =>
  readdirSync(join(LOCALES, lang))
    .filter((f) => f.endsWith(".ftl"))
    .sort()
    .map((f) => readFileSync(join(LOCALES, lang, f), "utf8"))
    .join("\n");
const en = parseFtl(read("en"));

describe("locales/*/*.ftl", () => {
  it("en parses cleanly and is not empty", () => {
    expect(en.junk).toEqual([]);
    expect(en.entries.size).toBeGreaterThan(150);
  });

  for (const { code } of LANGUAGES.filter((l) => l.code !== "en")) {
    it(`${code} has the same keys, variables and functions as en`, () => {
      expect(compareFtl(en, parseFtl(read(code)))).toEqual([]);
    });
  }

  for (const { code } of LANGUAGES) {
    it(`${code} plurals use the CLDR categories of ${code}`, () => {
      expect(checkPlurals(parseFtl(read(code)), intlLocale(code))).toEqual([]);
    });
  }

  for (const { code } of LANGUAGES.filter((l) => l.code !== "en")) {
    it(`${code} is translated, not English copied`, () => {
      const text = read(code);
      const values = (src: string) =>
        new Map(
          src
            .split("\n")
            .map((line) => /^([a-z][a-z0-9-]*) = (.+)$/.exec(line))
            .filter((m): m is RegExpExecArray => m !== null)
            .map((m) => [m[1] ?? "", m[2] ?? ""]),
        );
      const source = values(read("en"));
      const translated = values(text);
      // Only messages with words of their own: not names or pure formulas like `{ MONEY(…) }`.
      const hasWords = (value: string) => /\p{L}/u.test(value.replace(/\{[^}]*\}/g, ""));
      const same = [...translated]
        .filter(([id, value]) => id !== "app-name" && hasWords(value) && source.get(id) === value)
        .map(([id]) => id);
      // Names, formulas and a few international words (Forum, Partner, Status, Period) may
      // stay as they are; anything beyond a handful means English was copied.
      expect(translated.size).toBeGreaterThan(150);
      expect(same.length, `identical to en: ${same.join(", ")}`).toBeLessThan(translated.size * 0.08);
    });
  }

  it("sr-Latn is the exact transliteration of sr-Cyrl", () => {
    expect(read("sr-Latn")).toBe(cyrToLat(read("sr-Cyrl")));
  });

  it("every ApiError code has an error-<code> message", () => {
    for (const code of API_ERROR_CODES) expect(en.entries.has(`error-${code}`), `error-${code}`).toBe(true);
    expect(en.entries.get("error-not-found")?.variables).toEqual(new Set(["what", "id"]));
    expect(en.entries.get("error-unsupported-language")?.variables).toEqual(new Set(["lang"]));
    expect(en.entries.get("error-internal")?.variables).toEqual(new Set(["reference"]));
  });

  it("every message id the code asks for with t(\"…\") exists in en", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(svelte|ts)$/.test(name) && !name.endsWith(".test.ts")) files.push(path);
      }
    };
    walk(SRC);
    const missing = new Set<string>();
    let found = 0;
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) {
        found++;
        const id = m[1] ?? "";
        if (!en.entries.has(id)) missing.add(id);
      }
      for (const m of source.matchAll(/\blabel: "(nav-[a-z-]+)"/g)) {
        if (!en.entries.has(m[1] ?? "")) missing.add(m[1] ?? "");
      }
    }
    expect(found).toBeGreaterThan(100);
    expect([...missing]).toEqual([]);
  });
});

describe("the locale check itself", () => {
  const base = parseFtl("a = A\nb = B { $n }\nc = { $count ->\n [one] one\n *[other] many\n}\n");

  it("finds a missing key", () => {
    expect(compareFtl(base, parseFtl("a = A\nb = B { $n }\n"))).toEqual(["missing key c"]);
  });

  it("finds an extra key", () => {
    const extra = parseFtl("a = A\nb = B { $n }\nc = { $count ->\n [one] x\n *[other] y\n}\nd = D\n");
    expect(compareFtl(base, extra)).toEqual(["extra key d"]);
  });

  it("finds a changed variable", () => {
    const renamed = parseFtl("a = A\nb = B { $m }\nc = { $count ->\n [one] x\n *[other] y\n}\n");
    expect(compareFtl(base, renamed)).toEqual(["b: variables {m} instead of {n}"]);
  });

  it("finds a syntax error", () => {
    expect(compareFtl(base, parseFtl("a = A\nb = B { $n\nc = C { $count }\n"))).toContain("missing key b");
  });

  it("finds plural variants that do not fit the language", () => {
    expect(checkPlurals(base, "bs")).toEqual(["c: plural variants [one,other] but bs needs [few,one,other]"]);
    expect(checkPlurals(base, "bg")).toEqual([]);
  });
});
