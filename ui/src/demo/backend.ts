// An in-memory stand-in for the Rust commands, answering like Tauri's `invoke` does:
// resolving with the data, or rejecting with the command's `ApiError` object.

import type { ApiError } from "../lib/api";
import { matches } from "../lib/search";
import {
  ACTIVITIES,
  FINANCE,
  REACH,
  activityFor,
  APP_INFO,
  DASHBOARD,
  DEMO_PASSPHRASE,
  DUPLICATES,
  MUNICIPALITIES,
  ORGANISATIONS,
  PEOPLE,
  PEOPLE_SETTINGS,
  PROJECTS,
  overviewFor,
  personFor,
} from "./fixtures";

export type InvokeArgs = Record<string, unknown> | undefined;

const LANGS = ["en", "sq", "bg", "bs", "sr-Cyrl", "sr-Latn", "mk"];

export type DemoBackend = {
  handle(cmd: string, args?: InvokeArgs): Promise<unknown>;
  calls: { cmd: string; args: InvokeArgs }[];
  state: { locked: boolean; lang: string; noDatabase: boolean; demo: boolean; empty: boolean };
};

function fail(error: ApiError): Promise<never> {
  return Promise.reject(error);
}

function stringArg(args: InvokeArgs, name: string): string {
  const value = args?.[name];
  return typeof value === "string" ? value : "";
}

export function demoBackend(options: { locked?: boolean; lang?: string; firstRun?: boolean } = {}): DemoBackend {
  const state = {
    locked: options.locked ?? false,
    lang: options.lang ?? APP_INFO.lang,
    // the first run: no database until the welcome screen makes one
    noDatabase: options.firstRun ?? false,
    demo: false,
    // an organisation just created: no projects, nobody registered
    empty: false,
  };
  const calls: DemoBackend["calls"] = [];
  let org = { org_name: APP_INFO.org_name, org_short_name: APP_INFO.org_short_name, country: APP_INFO.country, base_currency: APP_INFO.base_currency };
  let profile = { name: org.org_name, short_name: org.org_short_name, country: org.country, base_currency: org.base_currency, fiscal_year_start: 1, registration_no: null as string | null, address: null as string | null };
  let logo: string | null = null;
  let lockMinutes = 15;
  let reportLang: string | null = null;
  // deviation notes by "<project>/<indicator>/<period end>"
  const deviationNotes = new Map<string, string>();
  let encrypted = APP_INFO.encrypted;
  const info = () => ({ ...APP_INFO, ...org, lang: state.lang, demo: state.demo, encrypted });
  const invalid = (issues: { field: string; code: string; args?: Record<string, string> }[]) =>
    fail({ code: "invalid-input", args: { issues: issues.map((i) => ({ args: {}, ...i })) } } as ApiError);
  // sync: not set up until `sync_setup`; then this laptop alone, in a folder that is there
  let syncFolder: string | null = null;
  let syncKind = "folder";
  // one conflict and one outbox item once set up, to show the journal and the outbox
  let journal: unknown[] = [];
  let outbox: { item: number; name: string; size: number; queued: string; sent: string | null; state: string; attempts: number; next_try: string | null; last_error: string | null }[] = [];
  const syncView = () => ({
    set_up: syncFolder !== null,
    kind: syncKind,
    folder: syncFolder ?? "",
    reachable: syncFolder !== null,
    last_sync: syncFolder ? "2026-12-02T09:30:00Z" : null,
    pending_changes: 0,
    bundles_sent: 0,
    bundles_received: 0,
    conflicts: 0,
    quarantined: 0,
    devices: syncFolder
      ? [{ device: "0190a8c0-aaaa-7000-8000-000000000001", name: "demo", this_device: true, last_sync: "2026-12-02T09:30:00Z", bundles_received: 0, revoked: false }]
      : [],
    problems: [],
    journal,
    outbox,
  });

  // backups: no folder until one is saved; "back up now" adds a file to it
  let backup = { folder: "", every: "daily", keep: 7, last: null as string | null };
  let backupFiles: { path: string; name: string; bytes: number; modified: string }[] = [];
  const backupView = () => ({ ...backup, encrypted: APP_INFO.encrypted, backups: backupFiles });

  async function handle(cmd: string, args?: InvokeArgs): Promise<unknown> {
    calls.push({ cmd, args });
    if (cmd === "unlock") {
      if (stringArg(args, "passphrase") !== DEMO_PASSPHRASE) return fail({ code: "wrong-passphrase" });
      state.locked = false;
      return info();
    }
    if (cmd === "last_language" || cmd === "first_screen_shown") return null;
    if (state.noDatabase) {
      if (cmd === "explore_demo") {
        state.noDatabase = false;
        state.demo = true;
        state.lang = stringArg(args, "lang") || state.lang;
        return info();
      }
      if (cmd === "join_organisation") {
        const given = args as { share: { address: string }; code: string; lang: string };
        if (!given.code.trim()) return invalid([{ field: "code", code: "required" }]);
        if (given.code.trim() !== "ABCD-EFGH-IJKL-MNOP-QRST-UVWX") return fail({ code: "sync-wrong-code", args: { path: given.share.address } });
        state.noDatabase = false;
        state.lang = given.lang;
        return info();
      }
      if (cmd !== "create_our_organisation") return fail({ code: "no-database" });
      const given = args as { input: typeof profile; protect: { encrypt: boolean; passphrase: string; repeat: string }; lang: string };
      const issues: { field: string; code: string; args?: Record<string, string> }[] = [];
      if (!given.input.name.trim()) issues.push({ field: "name", code: "required" });
      if (!given.input.country) issues.push({ field: "country", code: "unknown-country", args: { value: "" } });
      if (given.protect.encrypt) {
        if (!given.protect.passphrase) issues.push({ field: "passphrase", code: "required" });
        else if (given.protect.passphrase.length < 8) issues.push({ field: "passphrase", code: "passphrase-too-short", args: { min: "8" } });
        else if (given.protect.passphrase !== given.protect.repeat) issues.push({ field: "repeat", code: "passphrase-mismatch" });
      }
      if (issues.length > 0) return invalid(issues);
      profile = { ...given.input };
      org = { org_name: profile.name, org_short_name: profile.short_name, country: profile.country, base_currency: profile.base_currency };
      encrypted = given.protect.encrypt;
      state.lang = given.lang;
      state.noDatabase = false;
      state.empty = true;
      return info();
    }
    if (state.locked) return fail({ code: "locked" });
    switch (cmd) {
      case "about":
        return {
          version: "0.1.0",
          schema_version: 12,
          fonts: [{ name: "Noto Sans", version: "2.004", license: "OFL-1.1" }],
          crates: [
            { name: "rusqlite", version: "0.37.0", license: "MIT" },
            { name: "serde", version: "1.0.0", license: "MIT OR Apache-2.0" },
          ],
          npm: [{ name: "@fluent/bundle", version: "0.19.1", license: "Apache-2.0" }],
        };
      case "report_lang":
        return reportLang;
      case "set_report_lang": {
        const l = args?.lang;
        if (typeof l === "string" && !LANGS.includes(l)) return fail({ code: "unsupported-language", args: { lang: l } });
        reportLang = typeof l === "string" ? l : null;
        return null;
      }
      case "lock_after":
        return lockMinutes;
      case "set_lock_after":
        lockMinutes = Number(args?.minutes ?? 15);
        return null;
      case "lock_now":
        if (!encrypted) return false;
        state.locked = true;
        return true;
      case "remove_demo":
        if (!state.demo) return fail({ code: "not-demo" });
        state.noDatabase = true;
        state.demo = false;
        return null;
      case "organisation_profile":
        return { ...profile, logo };
      case "update_organisation_profile": {
        const input = (args as { input: typeof profile }).input;
        if (!input.name.trim()) return invalid([{ field: "name", code: "required" }]);
        profile = { ...input };
        org = { org_name: input.name, org_short_name: input.short_name, country: input.country, base_currency: input.base_currency };
        return info();
      }
      case "attachment_data":
        // a one-pixel PNG stands in for any attached picture
        return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
      case "set_organisation_logo": {
        const file = (args as { logo: { name: string; content: string } | null }).logo;
        logo = file === null ? null : "logo-1";
        return { ...profile, logo };
      }
      case "app_info":
        return info();
      case "set_language": {
        const lang = stringArg(args, "lang");
        if (!LANGS.includes(lang)) return fail({ code: "unsupported-language", args: { lang } });
        state.lang = lang;
        return null;
      }
      case "dashboard":
        return state.empty
          ? { ...DASHBOARD, org_name: org.org_name, projects_total: 0, projects_active: 0, beneficiaries: 0, activities_done: 0, activities_planned: 0, deadlines: [], behind: [], behind_total: 0, this_week: [], overdue: [], plan: null }
          : DASHBOARD;
      case "list_projects":
        return state.empty ? [] : PROJECTS;
      case "organisations":
        return ORGANISATIONS;
      case "municipalities":
        return MUNICIPALITIES;
      case "registry_page": {
        const typed = stringArg(args, "typed");
        const offset = Number(args?.offset ?? 0);
        const limit = Number(args?.limit ?? 100);
        const found = PEOPLE.filter((p) => matches(typed, p.code, p.first_name ?? "", p.last_name ?? ""));
        return { total: found.length, offset, rows: found.slice(offset, offset + limit) };
      }
      case "person_detail": {
        const id = stringArg(args, "id");
        return personFor(id) ?? fail({ code: "not-found", args: { what: "person", id } });
      }
      case "people_settings":
        return PEOPLE_SETTINGS;
      case "find_duplicates":
        return DUPLICATES;
      case "plan_overview":
        return null; // the demo organisation has no strategic plan yet
      case "project_overview": {
        const id = stringArg(args, "id");
        return overviewFor(id) ?? fail({ code: "not-found", args: { what: "project", id } });
      }
      case "activities": {
        const project = args?.projectId;
        return typeof project === "string" ? ACTIVITIES.filter((a) => a.project_id === project) : ACTIVITIES;
      }
      case "activity_detail": {
        const id = stringArg(args, "id");
        return activityFor(id) ?? fail({ code: "not-found", args: { what: "activity", id } });
      }
      case "project_reach":
        return REACH;
      case "budget_line_choices":
        return []; // the demo's budget lines are not in the fixtures
      case "finance_setup":
        return FINANCE.setup;
      case "budget_vs_actual":
        return FINANCE.budget;
      case "transactions": {
        const search = args?.search;
        const rows = FINANCE.transactions.rows.filter((x) => typeof search !== "string" || matches(search, x.ref, x.payee ?? "", x.description ?? ""));
        return { rows, total: typeof search === "string" ? rows.length : FINANCE.transactions.total };
      }
      case "exchange_rates":
        return FINANCE.rates;
      case "receipts":
        return [];
      case "record_services": {
        const people = args?.people;
        return Array.isArray(people) ? people.length : 0;
      }
      case "deviation_notes": {
        // the overview's indicators, their progress to today standing for the window's
        const project = stringArg(args, "projectId");
        const to = stringArg(args, "to");
        return (overviewFor(project)?.logframe ?? []).flatMap((node) =>
          node.indicators.map((i) => {
            const percent = i.progress === null ? null : (i.progress * 100).toFixed(2);
            return {
              ref: i.ref,
              text: i.text,
              percent_of_target: percent,
              outside: percent !== null && (Number(percent) < 90 || Number(percent) > 110),
              note: deviationNotes.get(`${project}/${i.ref}/${to}`) ?? null,
            };
          }),
        );
      }
      case "set_deviation_note": {
        const key = `${stringArg(args, "projectId")}/${stringArg(args, "indicator")}/${stringArg(args, "to")}`;
        const note = stringArg(args, "note").trim();
        if (note) deviationNotes.set(key, note);
        else deviationNotes.delete(key);
        return null;
      }
      case "deviation_band":
        return { low: 90, high: 110 };
      case "set_deviation_band":
        return (args as { band: unknown } | undefined)?.band;
      case "sync_status":
        return syncView();
      case "sync_setup": {
        if (syncFolder !== null) return fail({ code: "sync-already-set-up", args: { folder: syncFolder } });
        const share = (args as { share: { kind: string; address: string; user: string; password: string } } | undefined)?.share;
        const folder = share?.address ?? "";
        if (folder.startsWith("/missing")) return fail({ code: "sync-folder-missing", args: { path: folder } });
        if (share?.kind !== "folder" && share?.password !== "secret") return fail({ code: "sync-unauthorised", args: { address: folder } });
        syncFolder = folder;
        syncKind = share?.kind ?? "folder";
        journal = [
          {
            id: 1, table: "beneficiaries", column: "settlement", row: "0190a8c0-0000-7000-8000-000000000101", record: "QL-0007",
            value: { kind: "text", text: "Lagjja 5" }, by: "laptop-ana", at: "2026-12-01T10:00:00Z",
            winner_value: { kind: "text", text: "Lagjja 4" }, winner_by: "demo", winner_at: "2026-12-01T10:05:00Z",
          },
        ];
        outbox = [{ item: 1, name: "tessera-EU-2026.pdf", size: 48213, queued: "2026-12-02T09:00:00Z", sent: null, state: "waiting", attempts: 1, next_try: "2026-12-02T09:31:00Z", last_error: "sync-unreachable" }];
        return "ABCD-EFGH-IJKL-MNOP-QRST-UVWX";
      }
      case "sync_now":
        if (syncFolder === null) return fail({ code: "sync-not-set-up" });
        return { bundles: 0, changes: 0, sent: 0, problems: [], revoked_here: false, outbox_sent: 0, view: syncView() };
      case "plugin:event|listen":
        return 0;
      case "plugin:event|unlisten":
        return null;
      case "change_passphrase": {
        const pass = stringArg(args, "passphrase");
        if (!pass) return fail({ code: "invalid-input", args: { issues: [{ field: "passphrase", code: "required", args: {} }] } });
        if (pass !== stringArg(args, "repeat"))
          return fail({ code: "invalid-input", args: { issues: [{ field: "repeat", code: "passphrase-mismatch", args: {} }] } });
        return { ...info(), encrypted: true };
      }
      case "backup_view":
        return backupView();
      case "set_backup_settings": {
        const input = (args as { input: { folder: string; every: string; keep: string } } | undefined)?.input;
        const folder = input?.folder.trim() ?? "";
        if (input?.every !== "off" && !folder.startsWith("/") && !folder.startsWith("~/"))
          return fail({ code: "invalid-input", args: { issues: [{ field: "folder", code: folder ? "not-a-folder" : "required", args: { value: folder } }] } });
        backup = { ...backup, folder, every: input?.every ?? "daily", keep: Number(input?.keep) || 7 };
        return backupView();
      }
      case "backup_now":
      case "backup_if_due": {
        if (!backup.folder || (cmd === "backup_if_due" && backup.last !== null)) return null;
        const name = `tessera-20261202-0930${String(backupFiles.length).padStart(2, "0")}.tbak`;
        const file = { path: `${backup.folder}/${name}`, name, bytes: 2_411_520, modified: "2026-12-02T09:30:00Z" };
        backupFiles = [file, ...backupFiles].slice(0, backup.keep);
        backup.last = file.modified;
        return { path: file.path, bytes: file.bytes, files: 3, missing: 0, view: backupView() };
      }
      case "restore_backup":
        return fail({ code: "backup-not-a-backup", args: { path: stringArg(args, "path") } });
      case "check_database":
        return { ok: true, integrity: [], rows: 4210, disagreements: [], disagreement_count: 0, files: 3, damaged: [], missing: [] };
      case "sync_restore_conflict":
        journal = [];
        return syncView();
      case "outbox_cancel":
        outbox = outbox.map((o) => (o.item === Number((args as { item: number } | undefined)?.item) ? { ...o, state: "cancelled" } : o));
        return syncView();
      case "queue_report":
        return fail({ code: "internal", args: { reference: "demo-no-pdf" } });
      case "sync_revoke":
        return fail({ code: "sync-device-unknown", args: { device: stringArg(args, "device") } });
      case "generate_report":
        // a PDF is laid out by the Rust core: the browser demo has none
        return fail({ code: "internal", args: { reference: "demo-no-pdf" } });
      default:
        throw new Error(`demo backend: unknown command ${cmd}`);
    }
  }

  return { handle, calls, state };
}
