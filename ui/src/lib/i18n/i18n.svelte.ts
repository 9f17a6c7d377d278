// The interface language as reactive state, and `t()` to turn a message id into text.
//
// `t()` reads `locale.lang`, so any template or `$derived` that calls it re-renders when the
// language changes — the whole UI switches at once. A message missing in the current language
// falls back to English and is logged once.

import type { FluentBundle, FluentVariable } from "@fluent/bundle";
import { bundleFor } from "./bundles";
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatRegion,
  type DateStyle,
} from "./format";
import { DEFAULT_LANG, intlLocale, type Lang } from "./languages";

export const locale = $state<{ lang: Lang }>({ lang: DEFAULT_LANG });

/** Switch the interface language (the caller remembers it via the backend). */
export function setUiLanguage(lang: Lang): void {
  locale.lang = lang;
  if (typeof document !== "undefined") document.documentElement.lang = intlLocale(lang);
}

export type MessageArgs = Record<string, FluentVariable | null | undefined>;

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

function cleanArgs(args: MessageArgs | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
}

function format(bundle: FluentBundle, lang: Lang, id: string, args: MessageArgs | undefined): string | undefined {
  const message = bundle.getMessage(id);
  if (!message?.value) return undefined;
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, cleanArgs(args), errors);
  for (const error of errors) warnOnce(`${lang}|${id}|${error.message}`, `[l10n] ${lang} ${id}: ${error.message}`);
  return text;
}

/** Whether the current language (or English) has a message `id`. */
export function hasMessage(id: string): boolean {
  return bundleFor(locale.lang).hasMessage(id) || bundleFor(DEFAULT_LANG).hasMessage(id);
}

/** The text of message `id` in the interface language. */
export function t(id: string, args?: MessageArgs): string {
  const lang = locale.lang;
  const text = format(bundleFor(lang), lang, id, args);
  if (text !== undefined) return text;
  if (lang !== DEFAULT_LANG) {
    warnOnce(`${lang}|${id}`, `[l10n] missing message "${id}" in ${lang}; using ${DEFAULT_LANG}`);
    const fallback = format(bundleFor(DEFAULT_LANG), DEFAULT_LANG, id, args);
    if (fallback !== undefined) return fallback;
  }
  warnOnce(`*|${id}`, `[l10n] missing message "${id}"`);
  return id;
}

/**
 * The label of an enumerated value from the backend (a status, a type, a role):
 * message `<prefix>-<value>`; an unknown value is shown as it came, since it is data.
 */
export function tEnum(prefix: string, value: string): string {
  const id = `${prefix}-${value.trim().toLowerCase().replace(/[\s_]+/g, "-")}`;
  if (hasMessage(id)) return t(id);
  warnOnce(`enum|${id}`, `[l10n] no message "${id}" for value ${JSON.stringify(value)}`);
  return value;
}

/** Formatting of bare values in the interface language (the same code as the Fluent functions). */
export const fmt = {
  number(value: number | string, options?: Intl.NumberFormatOptions): string {
    return formatNumber(intlLocale(locale.lang), value, options);
  },
  percent(ratio: number): string {
    return formatNumber(intlLocale(locale.lang), ratio, { style: "percent", maximumFractionDigits: 0 });
  },
  money(amount: string, currency: string): string {
    return formatMoney(intlLocale(locale.lang), amount, currency);
  },
  date(iso: string, style: DateStyle = "medium"): string {
    return formatDate(intlLocale(locale.lang), iso, style);
  },
  region(code: string): string {
    return formatRegion(intlLocale(locale.lang), code);
  },
  /** A month's name (1 = January) as a calendar's heading says it. */
  month(month: number): string {
    return new Intl.DateTimeFormat(intlLocale(locale.lang), { month: "long" }).format(new Date(2026, month - 1, 1));
  },
  /** A file's size in kB, MB or GB (at most one decimal). */
  bytes(n: number): string {
    const [value, unit] = n >= 2 ** 30 ? [n / 2 ** 30, "gigabyte"] : n >= 2 ** 20 ? [n / 2 ** 20, "megabyte"] : [n / 1024, "kilobyte"];
    return formatNumber(intlLocale(locale.lang), value, { style: "unit", unit, maximumFractionDigits: 1 });
  },
  /** A moment (RFC 3339) as this computer's local date and time of day. */
  dateTime(iso: string): string {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return new Intl.DateTimeFormat(intlLocale(locale.lang), { dateStyle: "medium", timeStyle: "short" }).format(d);
  },
};
