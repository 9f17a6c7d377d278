import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { invoke } from "@tauri-apps/api/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { resetApp, useDemoBackend } from "./test/backend";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const NBSP = "[\\u00a0\\u202f ]";

beforeEach(() => resetApp());

describe("projects list", () => {
  it("renders one row per project with formatted figures", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);

    const rows = await screen.findAllByTestId("project-row");
    expect(rows).toHaveLength(5);
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("list_projects");

    const osf = rows.find((r) => r.textContent?.includes("OSF-2022-07"));
    expect(osf).toBeDefined();
    const cells = within(osf as HTMLElement);
    cells.getByText("Monitoring of municipal budgets for gender equality");
    cells.getByText("Closed");
    cells.getByText("€17,740.80");
    cells.getByText(new RegExp(`^Jun${NBSP}1,${NBSP}2022 – Nov${NBSP}30,${NBSP}2023$`));

    const legal = rows.find((r) => r.textContent?.includes("EIDHR-2025-03")) as HTMLElement;
    within(legal).getByText("1,243");
    within(legal).getByText("Active");
  });

  it("filters by code or title when / is pressed and typed into", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);
    await screen.findAllByTestId("project-row");

    await fireEvent.keyDown(document.body, { key: "/" });
    const filter = screen.getByTestId("projects-filter");
    expect(document.activeElement).toBe(filter);

    await fireEvent.input(filter, { target: { value: "shkoder" } });
    const rows = screen.getAllByTestId("project-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain("NMFA-2025-02");
  });

  it("opens a project with the keyboard and goes back with Esc", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);
    await screen.findAllByTestId("project-row");

    const filter = screen.getByTestId("projects-filter");
    await fireEvent.keyDown(filter, { key: "ArrowDown" });
    const first = document.activeElement as HTMLElement;
    expect(first.textContent).toBe("Free legal aid for Roma returnees in Tuzla Canton");
    await fireEvent.keyDown(first, { key: "ArrowDown" });
    expect(document.activeElement?.textContent).toContain("Youth for dialogue");
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: "ArrowUp" });
    expect(document.activeElement).toBe(first);

    await fireEvent.click(first); // what Enter on a focused link does
    const title = await screen.findByTestId("project-title");
    expect(title.textContent).toBe("Free legal aid for Roma returnees in Tuzla Canton");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("project_overview", { id: "0193a6d2-6f1e-7c41-9a55-1b2c3d4e5f01" });
    expect(screen.getAllByTestId("grant-row")).toHaveLength(2);
    expect(screen.getAllByTestId("grant-row")[0]?.textContent).toContain("€168,705.00");
    expect(screen.getAllByTestId("logframe-node")).toHaveLength(6);
    expect(screen.getByText("107% of target")).toBeDefined();
    expect(screen.getByText("Target reached")).toBeDefined();

    await fireEvent.keyDown(window, { key: "Escape" });
    await screen.findAllByTestId("project-row");
    expect(window.location.hash).toBe("#/projects");
  });
});

describe("language", () => {
  it("switching to mk relabels the sidebar in Macedonian and remembers the choice", async () => {
    const backend = useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    const sidebar = screen.getByTestId("sidebar");
    expect(within(sidebar).getByTestId("nav-projects").textContent?.trim()).toBe("Projects");

    const switcher = screen.getAllByTestId("language-switcher")[0] as HTMLSelectElement;
    expect(switcher.getAttribute("aria-label")).toBe("Interface language");
    await fireEvent.change(switcher, { target: { value: "mk" } });

    await waitFor(() =>
      expect(within(sidebar).getByTestId("nav-dashboard").textContent?.trim()).toBe("Контролна табла"),
    );
    expect(within(sidebar).getByTestId("nav-projects").textContent?.trim()).toBe("Проекти");
    expect(within(sidebar).getByTestId("nav-beneficiaries").textContent?.trim()).toBe("Корисници");
    expect(within(sidebar).getByTestId("nav-settings").textContent?.trim()).toBe("Поставки");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("set_language", { lang: "mk" });
    expect(backend.state.lang).toBe("mk");
    expect(document.documentElement.lang).toBe("mk");
    // Figures follow the language too: 2,156 → 2.156
    expect(screen.getByTestId("dashboard-card-beneficiaries").textContent).toContain("2.156");
    expect(screen.getByTestId("dashboard-card-beneficiaries").textContent).toContain("опфатени корисници");
  });

  it("starts in the language stored by the backend", async () => {
    useDemoBackend({ lang: "sr-Cyrl" });
    resetApp("#/projects");
    render(App);
    const rows = await screen.findAllByTestId("project-row");
    expect(within(screen.getByTestId("sidebar")).getByTestId("nav-projects").textContent?.trim()).toBe("Пројекти");
    const osf = rows.find((r) => r.textContent?.includes("OSF-2022-07")) as HTMLElement;
    within(osf).getByText(new RegExp(`^17\\.740,80${NBSP}€$`));
    within(osf).getByText("Затворен");
    expect(vi.mocked(invoke)).not.toHaveBeenCalledWith("set_language", expect.anything());
  });

  it("shows a backend refusal through Fluent, in the new language", async () => {
    useDemoBackend({}, (cmd) =>
      cmd === "set_language" ? Promise.reject({ code: "internal", args: { reference: "E-7F3A" } }) : undefined,
    );
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    await fireEvent.change(screen.getAllByTestId("language-switcher")[0] as HTMLElement, { target: { value: "bs" } });
    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("E-7F3A");
    expect(error.textContent).toContain("Nešto nije u redu unutar Tessere");
  });
});

describe("errors", () => {
  it("renders a not-found ApiError through Fluent with its args", async () => {
    useDemoBackend();
    resetApp("#/projects/0193a6d2-dead-beef");
    render(App);
    const error = await screen.findByTestId("error-message");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toContain(
      "This project was not found (reference 0193a6d2-dead-beef). It may have been deleted.",
    );
  });

  it("renders the same ApiError in Bosnian", async () => {
    useDemoBackend({ lang: "bs" });
    resetApp("#/projects/0193a6d2-dead-beef");
    render(App);
    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("Projekat nije pronađen (oznaka 0193a6d2-dead-beef). Možda je obrisan.");
  });
});

describe("unlock", () => {
  it("asks for the passphrase, shows error-wrong-passphrase, then opens", async () => {
    useDemoBackend({ locked: true });
    render(App);
    await screen.findByTestId("unlock-screen");

    const field = screen.getByTestId("passphrase");
    await fireEvent.input(field, { target: { value: "guess" } });
    await fireEvent.click(screen.getByTestId("unlock-submit"));
    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("This passphrase is not correct.");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("unlock", { passphrase: "guess" });

    await fireEvent.input(field, { target: { value: "tessera" } });
    await fireEvent.click(screen.getByTestId("unlock-submit"));
    await screen.findByTestId("dashboard-card-projects-active");
    expect(screen.getByTestId("org-name").textContent?.trim()).toBe("Udruženje Žene za žene Tuzla");
  });

  it("keeps a language chosen on the unlock screen", async () => {
    const backend = useDemoBackend({ locked: true });
    render(App);
    await screen.findByTestId("unlock-screen");
    await fireEvent.change(screen.getByTestId("language-switcher"), { target: { value: "sq" } });
    expect(screen.getByText("Zhbllokoni bazën e të dhënave")).toBeDefined();

    await fireEvent.input(screen.getByTestId("passphrase"), { target: { value: "tessera" } });
    await fireEvent.click(screen.getByTestId("unlock-submit"));
    await screen.findByTestId("dashboard-card-projects-active");
    expect(within(screen.getByTestId("sidebar")).getByTestId("nav-dashboard").textContent?.trim()).toBe("Pult");
    await waitFor(() => expect(backend.state.lang).toBe("sq"));
  });
});

describe("keyboard frame", () => {
  it("Alt+3 opens Projects; Alt+5 shows the calm Beneficiaries empty state", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");

    await fireEvent.keyDown(window, { key: "3", code: "Digit3", altKey: true });
    await screen.findAllByTestId("project-row");
    expect(screen.getByTestId("nav-projects").getAttribute("aria-current")).toBe("page");

    await fireEvent.keyDown(window, { key: "5", code: "Digit5", altKey: true });
    const empty = await screen.findByTestId("empty-state");
    expect(empty.textContent).toContain("Beneficiaries and households you register will be listed here.");
    expect(empty.textContent).toContain("tessera import package");
  });

  it("Ctrl+K palette: type, arrows, Enter opens a project; Esc closes", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");

    await fireEvent.keyDown(window, { key: "k", code: "KeyK", ctrlKey: true });
    const input = await screen.findByTestId("palette-input");
    expect(document.activeElement).toBe(input);
    await fireEvent.keyDown(input, { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("command-palette")).toBeNull());

    await fireEvent.keyDown(window, { key: "k", code: "KeyK", ctrlKey: true });
    const input2 = await screen.findByTestId("palette-input");
    await waitFor(() => expect(screen.getAllByTestId("palette-item").length).toBeGreaterThan(9));
    await fireEvent.input(input2, { target: { value: "dialog" } });
    const items = screen.getAllByTestId("palette-item");
    expect(items).toHaveLength(1);
    expect(items[0]?.getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(input2, { key: "Enter" });

    const title = await screen.findByTestId("project-title");
    expect(title.textContent).toContain("Youth for dialogue");
    expect(screen.queryByTestId("command-palette")).toBeNull();
  });

  it("palette arrows move the selection", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    await fireEvent.keyDown(window, { key: "k", ctrlKey: true });
    const input = await screen.findByTestId("palette-input");
    await fireEvent.input(input, { target: { value: "s" } });
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    const items = screen.getAllByTestId("palette-item");
    expect(items[1]?.getAttribute("aria-selected")).toBe("true");
    const label = items[1]?.textContent?.trim() ?? "";
    await fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(label));
  });
});
