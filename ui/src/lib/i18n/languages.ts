// The seven interface languages, each named in itself.

export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "sq", label: "Shqip" },
  { code: "bg", label: "Български" },
  { code: "bs", label: "Bosanski" },
  { code: "sr-Cyrl", label: "Српски (ћирилица)" },
  { code: "sr-Latn", label: "Srpski (latinica)" },
  { code: "mk", label: "Македонски" },
] as const;

export type Lang = (typeof LANGUAGES)[number]["code"];

export const DEFAULT_LANG: Lang = "en";

const CODES: ReadonlySet<string> = new Set(LANGUAGES.map((l) => l.code));

export function isLang(value: string): value is Lang {
  return CODES.has(value);
}

/** The BCP 47 locale handed to `Intl` and to Fluent for a language. */
export function intlLocale(lang: Lang): string {
  switch (lang) {
    case "sr-Cyrl":
      return "sr-Cyrl";
    case "sr-Latn":
      return "sr-Latn";
    default:
      return lang;
  }
}

/**
 * The best interface language for a list of BCP 47 tags (e.g. `navigator.languages`),
 * used only before the backend has told us the stored choice (the unlock screen).
 */
export function negotiateLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === "sr-latn" || lower.startsWith("sr-latn-") || lower === "sr-me") return "sr-Latn";
    if (lower === "sr" || lower.startsWith("sr-")) return "sr-Cyrl";
    if (lower === "hr" || lower.startsWith("hr-") || lower === "cnr") return "bs";
    const base = lower.split("-")[0] ?? "";
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
