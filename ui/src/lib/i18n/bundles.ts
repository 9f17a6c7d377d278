// Fluent bundles over the shared `locales/<lang>/*.ftl` files at the repository root.
//
// Every `.ftl` file of a locale is loaded (ui.ftl is the UI's; errors.ftl, cli.ftl … are
// shared with the Rust side). ui.ftl is added first so that, should another file define the
// same id, the UI's own wording wins.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import { fluentFunctions } from "./format";
import { LANGUAGES, intlLocale, isLang, type Lang } from "./languages";

const files = import.meta.glob<string>("../../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

type Source = { name: string; text: string };

function sourcesByLang(): Map<Lang, Source[]> {
  const map = new Map<Lang, Source[]>();
  for (const [path, text] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (!match) continue;
    const [, lang, name] = match;
    if (lang === undefined || name === undefined || !isLang(lang)) continue;
    const list = map.get(lang) ?? [];
    list.push({ name, text });
    map.set(lang, list);
  }
  for (const list of map.values()) {
    list.sort((a, b) =>
      a.name === b.name ? 0 : a.name === "ui.ftl" ? -1 : b.name === "ui.ftl" ? 1 : a.name < b.name ? -1 : 1,
    );
  }
  return map;
}

const SOURCES = sourcesByLang();

/** A bundle for `lang` over the given Fluent sources, with NUMBER, MONEY and DATE. */
export function createBundle(lang: Lang, sources: readonly string[]): FluentBundle {
  const locale = intlLocale(lang);
  const bundle = new FluentBundle(locale, {
    functions: fluentFunctions(locale),
    useIsolating: false,
  });
  const shadowed: string[] = [];
  for (const text of sources) {
    for (const error of bundle.addResource(new FluentResource(text))) {
      // The same id in two files of a locale (e.g. an error message that errors.ftl also
      // has for the command line): the first file added — ui.ftl — keeps it.
      const id = /override an existing (?:message|term): "([^"]+)"/.exec(error.message)?.[1];
      if (id !== undefined) shadowed.push(id);
      else console.warn(`[l10n] ${lang}: ${error.message}`);
    }
  }
  if (shadowed.length > 0) {
    console.debug(`[l10n] ${lang}: ui.ftl takes precedence for ${shadowed.join(", ")}`);
  }
  return bundle;
}

const bundles = new Map<Lang, FluentBundle>();

/** The bundle of all `.ftl` files of `lang` (built once). */
export function bundleFor(lang: Lang): FluentBundle {
  let bundle = bundles.get(lang);
  if (!bundle) {
    const sources = SOURCES.get(lang) ?? [];
    if (sources.length === 0) console.warn(`[l10n] no .ftl files found for ${lang}`);
    bundle = createBundle(
      lang,
      sources.map((s) => s.text),
    );
    bundles.set(lang, bundle);
  }
  return bundle;
}

/** Languages for which at least one `.ftl` file was found. */
export function availableLanguages(): Lang[] {
  return LANGUAGES.map((l) => l.code).filter((code) => SOURCES.has(code));
}
