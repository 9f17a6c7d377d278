import { describe, expect, it } from "vitest";
import { createBundle } from "./bundles";
import { formatDate, formatMoney } from "./format";
import type { Lang } from "./languages";

const SPACE = "[\\u00a0\\u202f]"; // no-break space or narrow no-break space

function money(lang: Lang, amount: string, currency: string): string {
  const bundle = createBundle(lang, ["money = { MONEY($amount, $currency) }"]);
  const message = bundle.getMessage("money");
  if (!message?.value) throw new Error("no message");
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, { amount, currency }, errors);
  expect(errors).toEqual([]);
  return text;
}

describe("MONEY()", () => {
  it("formats 17740.80 EUR as 17.740,80 € in bs", () => {
    expect(money("bs", "17740.80", "EUR")).toMatch(new RegExp(`^17\\.740,80${SPACE}€$`));
  });

  it("groups with a (narrow) no-break space in sq", () => {
    expect(money("sq", "17740.80", "EUR")).toMatch(new RegExp(`^17${SPACE}740,80${SPACE}€$`));
  });

  it("is €17,740.80 in en and keeps two fraction digits", () => {
    expect(money("en", "17740.80", "EUR")).toBe("€17,740.80");
    expect(money("en", "12", "EUR")).toBe("€12.00");
  });

  it("gives the lek CLDR's no decimals, unless the amount has some (never rounded to be shown)", () => {
    expect(money("sq", "357000.00", "ALL")).toMatch(new RegExp(`^357${SPACE}000${SPACE}Lekë$`));
    expect(money("sq", "1234.50", "ALL")).toMatch(new RegExp(`^1${SPACE}?234,50${SPACE}Lekë$`));
    expect(money("mk", "61495", "MKD")).toMatch(new RegExp(`^61\\.495,00${SPACE}ден\\.$`));
  });

  it("does not lose digits a float would lose", () => {
    // 9007199254740993 is not representable as a double; the decimal string keeps it.
    expect(formatMoney("en", "9007199254740993.15", "EUR")).toBe("€9,007,199,254,740,993.15");
  });

  it("shows a non-decimal amount as it came rather than NaN", () => {
    expect(formatMoney("en", "n/a", "EUR")).toBe("n/a EUR");
  });

  it("uses the currency of the amount, not of the locale", () => {
    expect(money("mk", "1500", "MKD")).toMatch(new RegExp(`^1\\.500,00${SPACE}ден\\.$`));
    expect(money("bs", "36700", "BAM")).toMatch(new RegExp(`^36\\.700,00${SPACE}KM$`));
  });
});

describe("DATE() and NUMBER()", () => {
  it("formats a calendar day without shifting it by the time zone", () => {
    // Spaces inside a date are no-break spaces, so a date never wraps.
    expect(formatDate("sr-Cyrl", "2026-11-22", "long")).toBe("22.\u00a0новембар\u00a02026.");
    expect(formatDate("sr-Latn", "2026-11-22", "long")).toBe("22.\u00a0novembar\u00a02026.");
    expect(formatDate("en", "2026-01-01")).toBe("Jan\u00a01,\u00a02026");
    expect(formatDate("bs", "2026-11-22")).toMatch(new RegExp(`^22\\.${SPACE}nov${SPACE}2026\\.$`));
  });

  it("keeps plural selection working on NUMBER() results", () => {
    const bundle = createBundle("bs", [
      "n = { NUMBER($count) -> \n [one] { NUMBER($count) } projekat\n [few] { NUMBER($count) } projekta\n *[other] { NUMBER($count) } projekata\n}",
    ]);
    const message = bundle.getMessage("n");
    if (!message?.value) throw new Error("no message");
    const format = (count: number) => bundle.formatPattern(message.value ?? "", { count });
    expect(format(1)).toBe("1 projekat");
    expect(format(3)).toBe("3 projekta");
    expect(format(1234)).toBe("1.234 projekta");
    expect(format(11)).toBe("11 projekata");
  });

  it("formats percentages for the locale", () => {
    const bundle = createBundle("bg", ['p = { NUMBER($ratio, style: "percent") }']);
    const message = bundle.getMessage("p");
    if (!message?.value) throw new Error("no message");
    expect(bundle.formatPattern(message.value, { ratio: 0.67 })).toMatch(new RegExp(`^67${SPACE}?%$`));
  });
});
