// What people in the region type, as the core reads it. A date: 31.12.2026 (also
// 31.12.2026. and 31/12/2026) or 2026-12-31, sent as ISO. A number: 17,5 or 17.5, sent with a
// dot. Anything else is sent as typed, for the core to refuse at its field.

const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?$/;

export function isoDate(typed: string): string {
  const text = typed.trim();
  const m = DAY_FIRST.exec(text);
  if (!m) return text;
  const [, d, mo, y] = m;
  return `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
}

const COMMA_DECIMAL = /^-?\d+,\d+$/;

export function plainDecimal(typed: string): string {
  const text = typed.trim();
  return COMMA_DECIMAL.test(text) ? text.replace(",", ".") : text;
}

/**
 * A number as people type it, for showing a total before it is saved (the core reads the
 * same rules in `money::typed_decimal`): spaces group digits; with both a comma and a dot the
 * last one is the decimal mark; one kind of mark once is the decimal mark, more often it
 * groups — and for an `amount`, one mark before exactly three digits groups too (`money::typed_amount`).
 * NaN when it is not a number.
 */
export function typedNumber(typed: string, amount = false): number {
  const s = typed.replace(/[\s'’]/g, "");
  // an amount (two decimals): one mark before exactly three digits groups thousands (250.000)
  if (amount && /^-?\d+[.,]\d{3}$/.test(s)) return Number(s.replace(/[.,]/, ""));
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  let mark: string | null = null;
  if (commas > 0 && dots > 0) mark = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  else if (commas === 1) mark = ",";
  else if (dots === 1) mark = ".";
  let plain = "";
  for (const c of s) plain += c === mark ? "." : c === "," || c === "." ? "" : c;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
}
