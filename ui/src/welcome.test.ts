// The first run: the welcome screen, creating our organisation (every problem at its field,
// nothing created until all is right), the empty dashboard's first step, the demo and its
// removal; Settings → Organisation.

import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { invoke } from "@tauri-apps/api/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { resetApp, useDemoBackend } from "./test/backend";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

beforeEach(() => resetApp());

const calls = (cmd: string) => vi.mocked(invoke).mock.calls.filter(([c]) => c === cmd);

describe("first run", () => {
  it("creates our organisation in Albanian with a passphrase, after showing every problem at its field", async () => {
    const backend = useDemoBackend({ firstRun: true });
    render(App);
    await screen.findByTestId("welcome-screen");
    expect(screen.getByText("Welcome to Tessera")).toBeDefined();

    // the language changes the welcome screen at once
    await fireEvent.change(screen.getByTestId("language-switcher"), { target: { value: "sq" } });
    expect(screen.getByText("Mirë se vini në Tessera")).toBeDefined();

    await fireEvent.click(screen.getByTestId("welcome-create"));
    const form = await screen.findByTestId("welcome-form");
    // the language suggested the country and the country the currency; encryption is on
    expect((screen.getByTestId("w-country") as HTMLSelectElement).value).toBe("AL");
    expect((screen.getByTestId("w-currency") as HTMLSelectElement).value).toBe("ALL");
    expect((screen.getByTestId("w-encrypt") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId("w-protect-warning").textContent).toContain("nuk mund të rikthehet");

    // nothing typed: the name and the passphrase are named, with a summary at the top
    await fireEvent.click(screen.getByTestId("w-create"));
    await screen.findByTestId("welcome-summary");
    const problems = within(form).getAllByTestId("field-problem").map((p) => p.textContent);
    expect(problems).toHaveLength(2);
    expect(screen.getByTestId("welcome-summary").textContent).toBe("2 fusha kërkojnë vëmendje.");

    await fireEvent.input(screen.getByTestId("w-name"), { target: { value: "Roma Active Albania" } });
    await fireEvent.input(screen.getByTestId("w-pass"), { target: { value: "short" } });
    await fireEvent.click(screen.getByTestId("w-create"));
    await waitFor(() => expect(within(form).getAllByTestId("field-problem")).toHaveLength(1));
    expect(within(form).getByTestId("field-problem").textContent).toContain("8");

    await fireEvent.input(screen.getByTestId("w-pass"), { target: { value: "Korça e bukur 2026" } });
    await fireEvent.input(screen.getByTestId("w-repeat"), { target: { value: "Korça e bukur 2026" } });
    await fireEvent.keyDown(screen.getByTestId("w-repeat"), { key: "s", ctrlKey: true });

    // the empty dashboard guides to the first project
    const start = await screen.findByTestId("dashboard-start");
    expect(screen.getByText("Filloni me projektin tuaj të parë")).toBeDefined();
    const created = calls("create_our_organisation");
    expect(created).toHaveLength(3);
    expect(created[2]?.[1]).toMatchObject({
      input: { name: "Roma Active Albania", country: "AL", base_currency: "ALL", fiscal_year_start: 1 },
      lang: "sq",
      protect: { encrypt: true, passphrase: "Korça e bukur 2026", repeat: "Korça e bukur 2026" },
    });
    expect(backend.state.lang).toBe("sq");
    expect(screen.getByTestId("org-name").textContent?.trim()).toBe("Roma Active Albania");

    await fireEvent.click(start);
    await screen.findByTestId("project-form");
    expect(window.location.hash).toBe("#/projects");
  });

  it("the currency follows the country until one is picked; Esc goes back to the choices", async () => {
    useDemoBackend({ firstRun: true });
    render(App);
    await fireEvent.click(await screen.findByTestId("welcome-create"));
    const country = (await screen.findByTestId("w-country")) as HTMLSelectElement;
    const currency = screen.getByTestId("w-currency") as HTMLSelectElement;
    await fireEvent.change(country, { target: { value: "MK" } });
    expect(currency.value).toBe("MKD");
    await fireEvent.change(country, { target: { value: "BG" } });
    expect(currency.value).toBe("EUR");
    await fireEvent.change(currency, { target: { value: "USD" } });
    await fireEvent.change(country, { target: { value: "RS" } });
    expect(currency.value).toBe("USD");

    await fireEvent.keyDown(screen.getByTestId("w-name"), { key: "Escape" });
    await screen.findByTestId("welcome-demo");
    expect(calls("create_our_organisation")).toHaveLength(0);
  });

  it("explores the demo, marked as such, and removes it after asking: the welcome screen again", async () => {
    useDemoBackend({ firstRun: true });
    render(App);
    await fireEvent.click(await screen.findByTestId("welcome-demo"));
    await screen.findByTestId("dashboard-card-projects-active");
    const banner = screen.getByTestId("demo-banner");
    expect(banner.textContent).toContain("Demo organisation.");

    await fireEvent.click(within(banner).getByTestId("demo-remove"));
    expect(calls("remove_demo")).toHaveLength(0);
    expect(banner.textContent).toContain("Remove the demo organisation and all its made-up data");
    await fireEvent.click(within(banner).getByTestId("demo-remove-yes"));
    await screen.findByTestId("welcome-screen");
    expect(calls("remove_demo")).toHaveLength(1);
  });

  it("an organisation's own database shows no demo banner", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    expect(screen.queryByTestId("demo-banner")).toBeNull();
  });
});

describe("settings: organisation", () => {
  it("changes the profile with Ctrl+S and sets a logo", async () => {
    useDemoBackend();
    resetApp("#/settings");
    render(App);
    const name = (await screen.findByTestId("s-org-name")) as HTMLInputElement;
    expect(name.value).toBe("Ura — Qendra për Gjithëpërfshirje");
    await fireEvent.input(name, { target: { value: "Ura" } });
    await fireEvent.keyDown(name, { key: "s", ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId("org-name").textContent?.trim()).toBe("Ura"));
    expect(calls("update_organisation_profile")[0]?.[1]).toMatchObject({ input: { name: "Ura" } });

    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], "logo.png", { type: "image/png" });
    await fireEvent.change(screen.getByTestId("s-org-logo"), { target: { files: [file] } });
    await screen.findByTestId("s-org-logo-preview");
    expect(calls("set_organisation_logo")[0]?.[1]).toMatchObject({ logo: { name: "logo.png", content: "iVBORw0KGgo=" } });
  });
});

describe("first run: join", () => {
  it("joins with the share and the code a colleague gave: a wrong code is named, the right one opens the organisation", async () => {
    useDemoBackend({ firstRun: true });
    render(App);
    await fireEvent.click(await screen.findByTestId("welcome-join"));
    await screen.findByTestId("welcome-join-form");
    expect(document.activeElement).toBe(screen.getByTestId("w-code"));
    await fireEvent.input(screen.getByTestId("w-code"), { target: { value: "ABCD-EFGH-IJKL-MNOP-QRST-AAAA" } });
    await fireEvent.input(screen.getByTestId("sync-folder"), { target: { value: "~/Nextcloud/Tessera" } });
    await fireEvent.click(screen.getByTestId("w-encrypt"));
    await fireEvent.click(screen.getByTestId("w-join"));
    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("The enrolment code opens no enrolment in ~/Nextcloud/Tessera");

    await fireEvent.input(screen.getByTestId("w-code"), { target: { value: "ABCD-EFGH-IJKL-MNOP-QRST-UVWX" } });
    await fireEvent.keyDown(screen.getByTestId("w-code"), { key: "s", ctrlKey: true });
    await screen.findByTestId("dashboard-card-projects-active");
    const joined = calls("join_organisation");
    expect(joined).toHaveLength(2);
    expect(joined[1]?.[1]).toMatchObject({
      share: { kind: "folder", address: "~/Nextcloud/Tessera" },
      code: "ABCD-EFGH-IJKL-MNOP-QRST-UVWX",
      protect: { encrypt: false },
    });
  });
});

describe("lock when idle", () => {
  it("locks an encrypted database after the minutes chosen without a key or click; activity puts it off", async () => {
    const { startIdleLock, idleLock } = await import("./lib/settings/lock.svelte");
    const { session } = await import("./lib/session.svelte");
    const backend = useDemoBackend();
    await backend.handle("set_lock_after", { minutes: 5 });
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    await waitFor(() => expect(idleLock.minutes).toBe(5));
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const stop = startIdleLock(5);
      const later = (minutes: number) => vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
      later(4);
      await fireEvent.keyDown(window, { key: "a" });
      later(4);
      await new Promise((r) => setTimeout(r, 30));
      expect(session.phase).toBe("ready");
      later(2);
      await screen.findByTestId("unlock-screen");
      expect(calls("lock_now").length).toBeGreaterThan(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("Settings keeps the time chosen", async () => {
    const backend = useDemoBackend();
    resetApp("#/settings");
    render(App);
    const select = (await screen.findByTestId("s-lock-after")) as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: "30" } });
    await waitFor(() => expect(calls("set_lock_after")[0]?.[1]).toEqual({ minutes: 30 }));
    expect(backend.state.locked).toBe(false);
  });
});

describe("settings: the language of new reports", () => {
  it("is the organisation's choice, and the Reports screen starts in it", async () => {
    useDemoBackend();
    resetApp("#/settings");
    render(App);
    const select = (await screen.findByTestId("s-report-lang")) as HTMLSelectElement;
    expect(select.value).toBe("");
    await fireEvent.change(select, { target: { value: "sq" } });
    await waitFor(() => expect(calls("set_report_lang")[0]?.[1]).toEqual({ lang: "sq" }));
    window.location.hash = "#/reports";
    const lang = (await screen.findByTestId("report-lang")) as HTMLSelectElement;
    await waitFor(() => expect(lang.value).toBe("sq"));
  });
});
