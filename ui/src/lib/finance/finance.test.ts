import { describe, expect, it } from "vitest";
import type { FinanceSetup } from "../api";
import { headingName, windows } from "./finance";

const setup = (periods: FinanceSetup["periods"]): FinanceSetup => ({
  currency: "EUR",
  start: "2025-01-01",
  end: "2026-12-31",
  grants: [],
  lines: [],
  periods,
  locked_until: null,
});

describe("budget vs actual periods", () => {
  it("offers to date, the whole project and each reporting period once", () => {
    const p = (id: string, grant: string, from: string, to: string) => ({
      id, grant_ref: grant, kind: "interim", period_start: from, period_end: to, due: to, submitted_on: null,
    });
    const w = windows(setup([p("a", "G1", "2025-01-01", "2025-12-31"), p("b", "G2", "2025-01-01", "2025-12-31"), p("c", "G1", "2026-01-01", "2026-12-31")]), "2026-03-15");
    expect(w.map((x) => [x.key, x.from, x.to])).toEqual([
      ["to-date", "2025-01-01", "2026-03-15"],
      ["whole", "2025-01-01", "2026-12-31"],
      ["a", "2025-01-01", "2025-12-31"],
      ["c", "2026-01-01", "2026-12-31"],
    ]);
  });
  it("stops at the project's end when today is later", () => {
    expect(windows(setup([]), "2030-01-01")[0]?.to).toBe("2026-12-31");
  });
});

describe("heading names", () => {
  it("names the EU headings and keeps any other as stored", () => {
    const t = (id: string) => `<${id}>`;
    expect(headingName("3", t)).toBe("3 <budget-heading-3>");
    expect(headingName("A. Staff", t)).toBe("A. Staff");
  });
});
