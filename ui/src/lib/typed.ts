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
