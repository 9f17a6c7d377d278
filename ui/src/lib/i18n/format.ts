// Locale-aware formatting of numbers, money and dates with `Intl`, shared by the Fluent
// functions NUMBER / MONEY / DATE and by components that show a bare value.
//
// Money arrives as a decimal string ("17740.80") and is handed to Intl.NumberFormat as that
// string, so the digits shown are the digits stored: no float arithmetic on the way.

import { FluentNumber, type FluentFunction, type FluentValue } from "@fluent/bundle";

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

/** A decimal string as `Intl.NumberFormat.format` accepts it without going through a float. */
export function isDecimalString(value: string): value is `${number}` {
  return DECIMAL.test(value);
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!(nf instanceof Intl.NumberFormat)) {
    nf = new Intl.NumberFormat(locale, options);
    cache.set(key, nf);
  }
  return nf;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let df = cache.get(key);
  if (!(df instanceof Intl.DateTimeFormat)) {
    df = new Intl.DateTimeFormat(locale, options);
    cache.set(key, df);
  }
  return df;
}

/**
 * `17740.80` + `EUR` → `17.740,80 €` (bs), `357000.00` + `ALL` → `357 000 Lekë` (sq): CLDR's
 * digits for the currency (the lek has none), but never fewer than the amount has (an amount is
 * not rounded to be shown), then at least two — the rule of the reports (`crates/l10n`).
 */
export function formatMoney(locale: string, amount: string, currency: string): string {
  const trimmed = amount.trim();
  if (!isDecimalString(trimmed)) {
    console.warn(`MONEY: not a decimal string: ${JSON.stringify(amount)}`);
    return `${amount} ${currency}`;
  }
  const needed = (trimmed.split(".")[1] ?? "").replace(/0+$/, "").length;
  try {
    const digits = numberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    const shown = needed <= digits ? digits : Math.max(needed, 2);
    return numberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: shown,
      maximumFractionDigits: shown,
    }).format(trimmed);
  } catch (e) {
    // An unknown currency code throws a RangeError: show the plain number and the code.
    console.warn(`MONEY: cannot format ${currency}`, e);
    const shown = Math.max(needed, 2);
    return `${numberFormat(locale, { minimumFractionDigits: shown, maximumFractionDigits: shown }).format(trimmed)} ${currency}`;
  }
}

/** A count or a decimal string, formatted for the locale. */
export function formatNumber(
  locale: string,
  value: number | string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return isDecimalString(trimmed) ? numberFormat(locale, options).format(trimmed) : value;
  }
  return numberFormat(locale, options).format(value);
}

export type DateStyle = "short" | "medium" | "long" | "full";

function isDateStyle(value: string): value is DateStyle {
  return value === "short" || value === "medium" || value === "long" || value === "full";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date (`2026-11-22`) or date-time. A bare date is a calendar day, not an instant:
 * it is formatted in UTC so no time zone can move it to the day before.
 */
export function formatDate(locale: string, iso: string, style: DateStyle = "medium"): string {
  const day = ISO_DATE.exec(iso);
  if (day) {
    const utc = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    // A date never wraps inside itself ("1.02.2025 г.", "22. новембар 2026."): a period
    // "start – end" may break only around the dash.
    return dateFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(utc).replace(/ /g, "\u00a0");
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    console.warn(`DATE: not an ISO date: ${JSON.stringify(iso)}`);
    return iso;
  }
  return dateFormat(locale, { dateStyle: style, timeStyle: "short" }).format(instant);
}

/** Whole days from `today` to the ISO date `iso` (negative when it is past). */
export function daysUntil(iso: string, today: Date = new Date()): number {
  const day = ISO_DATE.exec(iso.slice(0, 10));
  if (!day) return 0;
  const target = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - now) / 86_400_000);
}

/** A region's name in the locale (`XK` → `Kosovo`), or the code if `Intl` does not know it. */
export function formatRegion(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

// ---- Fluent functions ------------------------------------------------------------------

function asText(value: FluentValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (value instanceof FluentNumber) return String(value.value);
  return String(value.valueOf());
}

function numberOption(value: FluentValue | undefined): number | undefined {
  if (value instanceof FluentNumber) return value.value;
  if (typeof value === "string" && isDecimalString(value)) return Number(value);
  return undefined;
}

function numberOptions(named: Record<string, FluentValue>): Intl.NumberFormatOptions {
  const options: Intl.NumberFormatOptions = {};
  const style = asText(named["style"]);
  if (style === "percent" || style === "decimal") options.style = style;
  const min = numberOption(named["minimumFractionDigits"]);
  if (min !== undefined) options.minimumFractionDigits = min;
  const max = numberOption(named["maximumFractionDigits"]);
  if (max !== undefined) options.maximumFractionDigits = max;
  const grouping = asText(named["useGrouping"]);
  if (grouping === "false") options.useGrouping = false;
  return options;
}

/**
 * `NUMBER($n)`, `NUMBER($ratio, style: "percent")`, `MONEY($amount, $currency)`,
 * `DATE($iso)` / `DATE($iso, style: "long")` for a bundle of `locale`.
 *
 * NUMBER keeps a number a `FluentNumber`, so it still selects plural variants.
 */
export function fluentFunctions(locale: string): Record<string, FluentFunction> {
  return {
    NUMBER(positional, named) {
      const value = positional[0];
      const options = numberOptions(named);
      if (value instanceof FluentNumber) {
        return new FluentNumber(value.value, { ...value.opts, ...options });
      }
      const text = asText(value);
      if (text === undefined) return "";
      return formatNumber(locale, text, options);
    },
    MONEY(positional, named) {
      const amount = asText(positional[0]);
      const currency = asText(positional[1]) ?? asText(named["currency"]);
      if (amount === undefined || currency === undefined) {
        console.warn("MONEY needs an amount and a currency");
        return amount ?? "";
      }
      return formatMoney(locale, amount, currency);
    },
    DATE(positional, named) {
      const iso = asText(positional[0]);
      if (iso === undefined) return "";
      const style = asText(named["style"]) ?? "medium";
      return formatDate(locale, iso, isDateStyle(style) ? style : "medium");
    },
  };
}
