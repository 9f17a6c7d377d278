// Start-up and the open database: ask the backend who we are (`appInfo`); an encrypted
// database answers `locked` and the unlock screen asks for the passphrase; the first run
// (no database yet) answers `no-database` and the welcome screen creates one.

import { api, failedWith, type AppInfo, type LogoFile, type NewPassphrase, type ProfileInput, type SyncShareInput } from "./api";
import { isLang, locale, negotiateLang, setUiLanguage, type Lang } from "./i18n";
import { notifyError } from "./notices.svelte";

export type Phase = "starting" | "welcome" | "locked" | "ready" | "failed";

export const session = $state<{
  phase: Phase;
  info: AppInfo | null;
  error: unknown;
  /** A language picked on the unlock screen, to be remembered once the database is open. */
  pendingLang: Lang | null;
}>({ phase: "starting", info: null, error: null, pendingLang: null });

function adoptLanguage(info: AppInfo): void {
  if (isLang(info.lang)) setUiLanguage(info.lang);
  else console.warn(`[l10n] stored language ${JSON.stringify(info.lang)} is not available`);
}

async function opened(info: AppInfo): Promise<void> {
  session.info = info;
  session.error = null;
  session.phase = "ready";
  const pending = session.pendingLang;
  session.pendingLang = null;
  if (pending !== null && pending !== info.lang) {
    setUiLanguage(pending);
    await remember(pending);
  } else {
    adoptLanguage(info);
  }
}

export async function start(): Promise<void> {
  session.phase = "starting";
  try {
    await opened(await api.appInfo());
  } catch (error) {
    if (failedWith(error, "locked") || failedWith(error, "no-database")) {
      // the language last used with this database, else the system's
      const last = await api.lastLanguage().catch(() => null);
      const preferred = typeof navigator !== "undefined" ? navigator.languages : [];
      setUiLanguage(session.pendingLang ?? (last !== null && isLang(last) ? last : negotiateLang(preferred)));
      session.phase = failedWith(error, "locked") ? "locked" : "welcome";
    } else {
      session.error = error;
      session.phase = "failed";
    }
  }
}

/** Open the encrypted database; throws `ApiFailure` (`wrong-passphrase`) for the form to show. */
export async function unlock(passphrase: string): Promise<void> {
  await opened(await api.unlock(passphrase));
}

/** The first run: our organisation in a new database, in the language on screen. */
export async function createOrganisation(input: ProfileInput, logo: LogoFile | null, protect: NewPassphrase): Promise<void> {
  session.pendingLang = null;
  await opened(await api.createOurOrganisation(input, logo, locale.lang, protect));
}

/** The first run: join an organisation a colleague set up, from its share, with their code. */
export async function joinOrganisation(share: SyncShareInput, code: string, protect: NewPassphrase): Promise<void> {
  session.pendingLang = null;
  await opened(await api.joinOrganisation(share, code, locale.lang, protect));
}

/** The first run: the demo organisation, in the language on screen. */
export async function exploreDemo(): Promise<void> {
  session.pendingLang = null;
  await opened(await api.exploreDemo(locale.lang));
}

/** Remove the demo database; the welcome screen follows (in the same language). */
export async function removeDemo(): Promise<void> {
  await api.removeDemo();
  session.info = null;
  session.pendingLang = locale.lang;
  session.phase = "welcome";
}

async function remember(lang: Lang): Promise<void> {
  try {
    await api.setLanguage(lang);
    if (session.info) session.info.lang = lang;
  } catch (error) {
    notifyError(error);
  }
}

/** The language switcher: change the UI at once, then let the backend store the choice. */
export async function chooseLanguage(lang: Lang): Promise<void> {
  if (lang === locale.lang) return;
  setUiLanguage(lang);
  if (session.phase === "ready") await remember(lang);
  else session.pendingLang = lang;
}
