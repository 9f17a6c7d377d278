import { describe, expect, it } from "vitest";
import { monthGrid, planSpan } from "./calendar";

describe("the calendar", () => {
  it("starts each week on Monday and fills it from the months around", () => {
    const weeks = monthGrid(2026, 1); // February 2026 starts on a Sunday
    expect(weeks[0]?.[0]).toEqual({ iso: "2026-01-26", day: 26, inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ iso: "2026-02-01", day: 1, inMonth: true });
    expect(weeks.at(-1)?.at(-1)?.iso).toBe("2026-03-01");
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(28);
    expect(monthGrid(2024, 1).flat().filter((d) => d.inMonth)).toHaveLength(29);
  });
});

describe("the work plan", () => {
  it("places a span on the project's timeline, clipped, a day wide at least", () => {
    // a 10-day project: day 3 to day 4 is 20 % from 20 %
    expect(planSpan("2026-01-01", "2026-01-10", "2026-01-03", "2026-01-04")).toEqual({ left: 20, width: 20 });
    expect(planSpan("2026-01-01", "2026-01-10", "2026-01-10", null)).toEqual({ left: 90, width: 10 });
    expect(planSpan("2026-01-01", "2026-01-10", "2025-12-30", "2026-01-02")).toEqual({ left: 0, width: 20 });
    expect(planSpan("2026-01-01", "2026-01-10", "2026-02-01", null)).toBeNull();
    expect(planSpan("2026-01-01", "2026-01-10", null, null)).toBeNull();
  });
});
