export { LANGUAGES, DEFAULT_LANG, isLang, intlLocale, negotiateLang, type Lang } from "./languages";
export { createBundle, bundleFor, availableLanguages } from "./bundles";
export { locale, setUiLanguage, t, tEnum, hasMessage, fmt, type MessageArgs } from "./i18n.svelte";
