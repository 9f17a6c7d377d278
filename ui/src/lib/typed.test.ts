import { describe, expect, it } from "vitest";
import { isoDate, plainDecimal, typedNumber } from "./typed";

describe("a typed date", () => {
  it("is taken day first as the region writes it, or as ISO", () => {
    expect(isoDate("31.12.2026")).toBe("2026-12-31");
    expect(isoDate(" 1.3.2026. ")).toBe("2026-03-01");
    expect(isoDate("05/06/2027")).toBe("2027-06-05");
    expect(isoDate("2026-12-31")).toBe("2026-12-31");
    // not a date: sent as typed, for the core to refuse at its field
    expect(isoDate("31.12.26")).toBe("31.12.26");
    expect(isoDate("soon")).toBe("soon");
  });
});

describe("a typed number", () => {
  it("may have a decimal comma", () => {
    expect(plainDecimal("17,5")).toBe("17.5");
    expect(plainDecimal(" 40 ")).toBe("40");
    expect(plainDecimal("-0,25")).toBe("-0.25");
    // thousands separators and words are the core's to refuse
    expect(plainDecimal("1,000,000")).toBe("1,000,000");
    expect(plainDecimal("N/A")).toBe("N/A");
  });
});

describe("a typed number", () => {
  it("reads a comma or a dot as the decimal mark and groups as the core does", () => {
    expect(typedNumber("1.234,56")).toBe(1234.56);
    expect(typedNumber("1,234.56")).toBe(1234.56);
    expect(typedNumber("1 234,5")).toBe(1234.5);
    expect(typedNumber("1.234.567")).toBe(1234567);
    expect(typedNumber("17,5")).toBe(17.5);
    expect(typedNumber("12a")).toBeNaN();
    expect(typedNumber("250.000", true)).toBe(250000);
    expect(typedNumber("250.000")).toBe(250);
  });
});
