// @vitest-environment node
// The UI's search folding against the golden file shared with the Rust core
// (crates/core/tests/fixtures/search-fold.tsv): both sides must fold every input the same way.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fold, matches, searchKey } from "./search";

const GOLDEN = fileURLToPath(new URL("../../../crates/core/tests/fixtures/search-fold.tsv", import.meta.url));

const [header, ...rows] = readFileSync(GOLDEN, "utf8").split(/\r?\n/).filter((line) => line.length > 0);
const cases = rows.map((line) => {
  const [input, folded, ...rest] = line.split("\t");
  if (input === undefined || folded === undefined || rest.length > 0) throw new Error(`bad golden line: ${line}`);
  return { input, folded };
});

describe("fold (golden file shared with crates/core)", () => {
  it("has the header and enough cases", () => {
    expect(header).toBe("input\tfolded");
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("$input → $folded", ({ input, folded }) => {
    expect(fold(input)).toBe(folded);
  });
});

describe("matches", () => {
  it("finds a name whatever the script, diacritics and spelling of Đ", () => {
    for (const query of ["dordevic", "djordjevic", "Đorđević", "Ђорђевић"]) {
      expect(matches(query, "Đorđević")).toBe(true);
      expect(matches(query, "Ђорђевић")).toBe(true);
    }
    expect(matches("petrovic", "Петровић")).toBe(true);
    expect(matches("shkoder", "Shkodër")).toBe(true);
    expect(matches("gjorgji", "Ѓорѓи")).toBe(true);
    expect(matches("petrovic", "Đorđević")).toBe(false);
  });

  it("needs every word of the query in some field; an empty query matches", () => {
    expect(matches("  banja   luka ", "Бања Лука")).toBe(true);
    expect(matches("banja tuzla", "Бања Лука", "Тузла")).toBe(true);
    expect(matches("banja mostar", "Бања Лука")).toBe(false);
    expect(matches("   ", "anything")).toBe(true);
    expect(searchKey("  Нови   Сад ")).toBe("novi sad");
  });
});
