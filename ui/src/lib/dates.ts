// A date as people in the region type it: 31.12.2026 (also 31.12.2026. and 31/12/2026),
// or as the core stores it, 2026-12-31. Forms send the core the ISO form; anything else is
// sent as typed, for the core to refuse at its field.

const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?$/;

export function isoDate(typed: string): string {
  const text = typed.trim();
  const m = DAY_FIRST.exec(text);
  if (!m) return text;
  const [, d, mo, y] = m;
  return `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
}
