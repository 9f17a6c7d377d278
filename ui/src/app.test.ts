import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { invoke } from "@tauri-apps/api/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import fixtures from "./demo/fixtures.json";
import { resetApp, useDemoBackend } from "./test/backend";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const NBSP = "[\\u00a0\\u202f ]";

const GLAS_TITLE = "ГЛАС: граѓански форуми за вклучување на Ромите во Шуто Оризари и Куманово";

beforeEach(() => resetApp());

describe("dashboard", () => {
  afterEach(() => vi.useRealTimers());

  it("shows the organisation's figures and its report deadlines in date order", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 2, 10, 12)); // 10 March 2026
    useDemoBackend();
    render(App);

    await screen.findByTestId("dashboard-card-projects-active");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("dashboard");
    const card = (key: string) => {
      const el = screen.getByTestId(`dashboard-card-${key}`);
      return [el.querySelector(".value")?.textContent, el.querySelector(".label")?.textContent];
    };
    expect(card("projects-active")).toEqual(["3", "active projects"]);
    // reached: the projects list's figures added up (94 + 75 + 72), not everyone registered
    expect(card("beneficiaries")).toEqual(["241", "beneficiaries reached"]);
    expect(card("activities-done")).toEqual(["20", "activities done"]);
    expect(card("activities-planned")).toEqual(["16", "activities planned"]);
    screen.getByText("Ura — Qendra për Gjithëpërfshirje at a glance");

    const deadlines = screen.getAllByTestId("deadline");
    expect(deadlines).toHaveLength(8);
    const first = within(deadlines[0] as HTMLElement);
    first.getByText(new RegExp(`^Feb${NBSP}28,${NBSP}2026$`));
    first.getByText("URA-RISE");
    first.getByText("Interim report");
    expect(first.getByText("10 days overdue").classList.contains("overdue")).toBe(true);

    const last = within(deadlines[7] as HTMLElement);
    last.getByText(new RegExp(`^Sep${NBSP}30,${NBSP}2027$`));
    last.getByText("ZAJEDNO");
    last.getByText("Final report");
    expect(last.getByText("in 569 days").classList.contains("overdue")).toBe(false);
  });
});

describe("dashboard pace", () => {
  it("lists indicators behind their straight-line pace, furthest behind first, each opening its project", async () => {
    useDemoBackend();
    render(App);
    const behind = await screen.findAllByTestId("behind");
    expect(behind).toHaveLength(10);
    expect(screen.getByText("and 5 more")).toBeDefined();
    const first = behind[0] as HTMLElement;
    expect(first.textContent).toContain("P1-I6");
    expect(first.textContent).toContain("22 of 47.6 expected by today (target 100)");
    expect(screen.getByText("No activity is planned to start this week.")).toBeDefined();
    expect(screen.getByText("No strategic plan yet.")).toBeDefined(); // the demo has none
    await fireEvent.click(within(first).getByText("URA-RISE"));
    await screen.findByTestId("project-title");
    const riseId = fixtures.projects.find((p) => p.code === "URA-RISE")?.id;
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("project_overview", { id: riseId });
  });
});

describe("projects list", () => {
  it("renders one row per project with formatted figures", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);

    const rows = await screen.findAllByTestId("project-row");
    expect(rows).toHaveLength(3);
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("list_projects");
    expect(rows.map((r) => r.querySelector(".code")?.textContent)).toEqual(["GLAS", "URA-RISE", "ZAJEDNO"]);

    const zajedno = rows.find((r) => r.textContent?.includes("ZAJEDNO"));
    expect(zajedno).toBeDefined();
    const cells = within(zajedno as HTMLElement);
    cells.getByText("Заједно: бесплатна правна помоћ за ромске породице у Нишу и Лесковцу");
    cells.getByText("Active");
    cells.getByText("RS");
    cells.getByText("€227,550.00");
    cells.getByText(new RegExp(`^Jan${NBSP}1,${NBSP}2025 – Jun${NBSP}30,${NBSP}2027$`));
    cells.getByText("75");

    const rise = rows.find((r) => r.textContent?.includes("URA-RISE")) as HTMLElement;
    within(rise).getByText("€173,700.00");
    within(rise).getByText("94");
    within(rise).getByText("16");
  });

  it("filters by code or title when / is pressed and typed into", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);
    await screen.findAllByTestId("project-row");

    await fireEvent.keyDown(document.body, { key: "/" });
    const filter = screen.getByTestId("projects-filter");
    expect(document.activeElement).toBe(filter);

    // Latin typed without diacritics finds a Serbian Cyrillic title ("правна помоћ")…
    await fireEvent.input(filter, { target: { value: "pravna pomoc" } });
    let rows = screen.getAllByTestId("project-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain("ZAJEDNO");

    // …and a Macedonian one ("Куманово"), neither of them through the Latin code.
    await fireEvent.input(filter, { target: { value: "kumanovo" } });
    rows = screen.getAllByTestId("project-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain("GLAS");

    await fireEvent.input(filter, { target: { value: "rise" } });
    rows = screen.getAllByTestId("project-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain("URA-RISE");
  });

  it("opens a project with the keyboard and goes back with Esc", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);
    await screen.findAllByTestId("project-row");

    const filter = screen.getByTestId("projects-filter");
    await fireEvent.keyDown(filter, { key: "ArrowDown" });
    const first = document.activeElement as HTMLElement;
    expect(first.textContent).toBe(GLAS_TITLE);
    await fireEvent.keyDown(first, { key: "ArrowDown" });
    expect(document.activeElement?.textContent).toContain("RISE: employment and skills");
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: "ArrowUp" });
    expect(document.activeElement).toBe(first);

    await fireEvent.click(first); // what Enter on a focused link does
    const title = await screen.findByTestId("project-title");
    expect(title.textContent).toBe(GLAS_TITLE);
    const glasId = fixtures.projects.find((p) => p.code === "GLAS")?.id;
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("project_overview", { id: glasId });
    const grants = screen.getAllByTestId("grant-row");
    expect(grants).toHaveLength(1);
    expect(grants[0]?.textContent).toContain("Norwegian Ministry of Foreign Affairs");
    expect(grants[0]?.textContent).toContain("MKD-22/0017");
    expect(grants[0]?.textContent).toContain("€253,260.00");
    // Goal → 2 objectives → 4 results, nested as an outline.
    const nodes = screen.getAllByTestId("logframe-node");
    expect(nodes).toHaveLength(7);
    expect(nodes[0]?.textContent).toContain("Ромските заедници учествуваат во одлуките на локалната власт");
    expect(nodes[0]?.querySelectorAll("[data-testid=logframe-node]")).toHaveLength(6);
    expect(screen.getAllByTestId("indicator")).toHaveLength(6);
    // Figures as of the pinned 10 March 2026: 30 of 90 advocates trained, 3 of 6 budget proposals.
    expect(screen.getByText("33% of target")).toBeDefined();
    expect(screen.getByText("50% of target")).toBeDefined();
    // No indicator of the demo has reached its target.
    expect(screen.queryByText("Target reached")).toBeNull();
    expect(screen.getAllByTestId("activity-row")).toHaveLength(12);
    expect(screen.getByText("Здружение ЛИЛ")).toBeDefined();
    // who the project reached, from its start to today, by gender and age band
    await waitFor(() =>
      expect(screen.getByTestId("reach-period-people").textContent).toBe(String(fixtures.reach.period.unique_persons)),
    );
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("project_reach", expect.objectContaining({ projectId: glasId }));
    expect(screen.getByTestId("reach-by-age").textContent).toContain("18–29");

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
    expect(screen.getByTestId("dashboard-card-beneficiaries").textContent).toContain("241");
    expect(screen.getByTestId("dashboard-card-beneficiaries").textContent).toContain("опфатен корисник"); // 241: the "one" form in Macedonian

    // Figures follow the language too: €281,400.00 → 281.400,00 €
    await fireEvent.keyDown(window, { key: "3", code: "Digit3", altKey: true });
    const rows = await screen.findAllByTestId("project-row");
    const glas = rows.find((r) => r.textContent?.includes("GLAS")) as HTMLElement;
    within(glas).getByText(new RegExp(`^281\\.400,00${NBSP}€$`));
    within(glas).getByText("Активен");
  });

  it("starts in the language stored by the backend", async () => {
    useDemoBackend({ lang: "sr-Cyrl" });
    resetApp("#/projects");
    render(App);
    const rows = await screen.findAllByTestId("project-row");
    expect(within(screen.getByTestId("sidebar")).getByTestId("nav-projects").textContent?.trim()).toBe("Пројекти");
    const zajedno = rows.find((r) => r.textContent?.includes("ZAJEDNO")) as HTMLElement;
    within(zajedno).getByText(new RegExp(`^227\\.550,00${NBSP}€$`));
    within(zajedno).getByText("Активан");
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
    expect(screen.getByTestId("org-name").textContent?.trim()).toBe("Ura — Qendra për Gjithëpërfshirje");
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
  it("Alt+3 opens Projects; Alt+5 the registry: found as typed in any script, Enter opens a person, Esc goes back", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");

    await fireEvent.keyDown(window, { key: "3", code: "Digit3", altKey: true });
    await screen.findAllByTestId("project-row");
    expect(screen.getByTestId("nav-projects").getAttribute("aria-current")).toBe("page");

    await fireEvent.keyDown(window, { key: "5", code: "Digit5", altKey: true });
    await waitFor(() => expect(screen.getByTestId("people-count").textContent).toContain("40 people"));
    const search = screen.getByTestId("people-search") as HTMLInputElement;
    // typed without the diacritic: Muça is found
    await fireEvent.input(search, { target: { value: "arben muca" } });
    await waitFor(() => expect(screen.getByTestId("people-count").textContent).toBe("one person"));
    await waitFor(() => expect(screen.getAllByTestId("person-row")[0].textContent).toContain("Arben Muça"));
    await fireEvent.keyDown(search, { key: "Enter" });
    const consent = await screen.findByTestId("person-consent");
    expect(consent.textContent).toContain("Given on");
    expect(screen.getByTestId("person-facts").textContent).toContain("URA-00001");
    // ethnicity is special-category: the demo organisation has not switched it on
    expect(screen.getByTestId("person-facts").textContent).not.toContain("Ethnicity");
    await fireEvent.keyDown(window, { key: "Escape" });
    await screen.findByTestId("people-search");
    await fireEvent.input(screen.getByTestId("people-search"), { target: { value: "zzzz" } });
    expect((await screen.findByTestId("people-no-match")).textContent).toContain("zzzz");

    // the likely duplicates the core found, for a person to decide; a merge is asked first
    await fireEvent.click(screen.getByTestId("review-duplicates"));
    const pairs = await screen.findAllByTestId("duplicate-pair");
    expect(pairs.length).toBe(fixtures.duplicates.length);
    expect(pairs[0].textContent).toContain("Александар Асанов");
    await fireEvent.click(within(pairs[0]).getByTestId("merge-into-a"));
    expect(screen.getByTestId("confirm-merge")).toBeTruthy();
    expect(pairs[0].textContent).toContain("URA-00274");
  });

  it("Alt+4 lists the activities; filtered as typed, Enter opens one with its attendance and the project's reach; Esc goes back", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    await fireEvent.keyDown(window, { key: "4", code: "Digit4", altKey: true });
    const rows = await screen.findAllByTestId("activity-row");
    expect(rows.length).toBe(fixtures.activities.length);
    const filter = screen.getByTestId("activity-filter");
    // typed without its diacritics, found
    await fireEvent.input(filter, { target: { value: "kurs profesional per elektricis" } });
    await waitFor(() => expect(screen.getAllByTestId("activity-row").length).toBeLessThan(rows.length));
    expect(screen.getAllByTestId("activity-row")[0]!.textContent).toContain(fixtures.activity.input.title);
    await fireEvent.keyDown(filter, { key: "Enter" });
    const attendees = await screen.findAllByTestId("attendee");
    expect(attendees.length).toBe(fixtures.activity.attendance.length);
    expect(attendees[0]!.textContent).toContain(fixtures.activity.attendance[0]!.code);
    await waitFor(() => expect(screen.getByTestId("reach-people").textContent).toBe(String(fixtures.reach.cumulative.unique_persons)));
    // Enter in the attendance box with nothing found adds no one
    await fireEvent.keyDown(screen.getByTestId("attendance-search"), { key: "Enter" });
    expect(vi.mocked(invoke).mock.calls.some(([cmd]) => cmd === "add_attendance")).toBe(false);
    await fireEvent.keyDown(window, { key: "Escape" });
    await screen.findAllByTestId("activity-row");
    // the calendar and the work plan of one project
    await fireEvent.click(screen.getByTestId("mode-calendar"));
    await screen.findByTestId("calendar");
    await fireEvent.click(screen.getByTestId("mode-plan"));
    await screen.findByTestId("plan-choose");
  });

  it("a service for everyone the registry lists, one per household when asked, in one action", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    await fireEvent.keyDown(window, { key: "5", code: "Digit5", altKey: true });
    await waitFor(() => expect(screen.getByTestId("people-count").textContent).toContain("40 people"));
    await fireEvent.click(screen.getByTestId("serve-listed"));
    const form = await screen.findByTestId("service-form");
    expect(screen.getByTestId("s-recipients").textContent).toContain("40");
    await fireEvent.click(screen.getByTestId("s-per-household"));
    await fireEvent.keyDown(form, { key: "s", ctrlKey: true });
    await waitFor(() => expect(screen.queryByTestId("service-form")).toBeNull());
    const call = vi.mocked(invoke).mock.calls.find(([cmd]) => cmd === "record_services");
    const args = call?.[1] as { input: { kind: string }; people: string[]; perHousehold: boolean };
    expect(args.people.length).toBe(40);
    expect(args.perHousehold).toBe(true);
    expect(args.input.kind).toBe("food_package");
  });

  it("the registry's export asks for names plainly and says where the file went", async () => {
    const exported: unknown[] = [];
    useDemoBackend({}, (cmd, args) => {
      if (cmd !== "export_people") return undefined;
      exported.push(args);
      return Promise.resolve("/home/arta/Downloads/tessera-people-all-2026-03-10.xlsx");
    });
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    await fireEvent.keyDown(window, { key: "5", code: "Digit5", altKey: true });
    await fireEvent.click(await screen.findByTestId("export-people"));
    const panel = await screen.findByTestId("export-people-panel");
    expect(panel.textContent).not.toContain("personal data");
    // the demo organisation records no sensitive field: none is offered
    expect(screen.queryByTestId("e-sensitive-ethnicity")).toBeNull();
    await fireEvent.click(screen.getByTestId("e-names"));
    expect(panel.textContent).toContain("The file will hold personal data");
    await fireEvent.click(screen.getByTestId("e-run"));
    await waitFor(() => expect(document.body.textContent).toContain("Saved to /home/arta/Downloads/tessera-people-all-2026-03-10.xlsx"));
    expect(exported).toEqual([{ request: { project: null, names: true, sensitive: [] }, xlsx: true, lang: "en" }]);
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
    await fireEvent.input(input2, { target: { value: "elbasan" } });
    const items = screen.getAllByTestId("palette-item");
    expect(items).toHaveLength(1);
    expect(items[0]?.getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(input2, { key: "Enter" });

    const title = await screen.findByTestId("project-title");
    expect(title.textContent).toBe(
      "RISE: employment and skills for Roma and Egyptian youth in Berat and Elbasan",
    );
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

describe("editing", () => {
  const glas = () => fixtures.overviews.find((o) => o.project.code === "GLAS");

  it("a new project: what the core refuses shows at its fields, then saving opens the project", async () => {
    const glasId = glas()?.project.id ?? "";
    let attempts = 0;
    useDemoBackend({}, (cmd) => {
      if (cmd !== "create_project") return undefined;
      attempts += 1;
      if (attempts === 1)
        return Promise.reject({
          code: "invalid-input",
          args: {
            issues: [
              { field: "code", code: "required", args: {} },
              { field: "end", code: "end-before-start", args: { start: "2026-06-01", end: "2026-01-31" } },
            ],
          },
        });
      return Promise.resolve(glasId);
    });
    resetApp("#/projects");
    render(App);
    await screen.findAllByTestId("project-row");
    await fireEvent.keyDown(window, { key: "n", ctrlKey: true });
    const form = await screen.findByTestId("project-form");
    expect(document.activeElement).toBe(screen.getByTestId("p-code"));
    await fireEvent.input(screen.getByTestId("p-title"), { target: { value: "Glas II" } });
    await fireEvent.input(screen.getByTestId("p-start"), { target: { value: "2026-06-01" } });
    await fireEvent.input(screen.getByTestId("p-end"), { target: { value: "2026-01-31" } });
    await fireEvent.click(screen.getByTestId("p-save"));
    await screen.findByTestId("form-summary");
    expect(screen.getByTestId("form-summary").textContent).toBe("2 fields need attention. Nothing was saved.");
    const problems = within(form).getAllByTestId("field-problem").map((p) => p.textContent);
    expect(problems).toEqual(["Fill this in.", "The end (2026-01-31) is before the start (2026-06-01)."]);
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("create_project", {
      // currency and country default to the organisation's (an Albanian one)
      input: expect.objectContaining({ title: "Glas II", start: "2026-06-01", end: "2026-01-31", currency: "ALL", countries: ["AL"] }),
    });
    // Ctrl+S saves the corrected form and opens the new project
    await fireEvent.input(screen.getByTestId("p-code"), { target: { value: "GLAS-2" } });
    await fireEvent.keyDown(screen.getByTestId("p-code"), { key: "s", ctrlKey: true });
    await screen.findByTestId("project-title");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("project_overview", { id: glasId });
  });

  it("the logframe: an objective goes under the goal, a measurement the core refuses shows at its field", async () => {
    const o = glas();
    const goal = o?.logframe.find((n) => n.level === "goal");
    const indicator = o?.logframe.flatMap((n) => n.indicators)[0];
    useDemoBackend({}, (cmd) => {
      if (cmd === "add_logframe_node") return Promise.resolve("new-node");
      if (cmd === "set_indicator_target") return Promise.resolve("target-1");
      if (cmd === "add_measurement")
        return Promise.reject({
          code: "invalid-input",
          args: { issues: [{ field: "value", code: "not-a-count", args: { value: "N/A" } }] },
        });
      return undefined;
    });
    resetApp(`#/projects/${o?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");

    expect(screen.queryByTestId("add-top-objective")).toBeNull(); // with a goal, objectives go under it
    await fireEvent.click(screen.getByTestId("add-objective"));
    const text = await screen.findByTestId("lf-text");
    expect(document.activeElement).toBe(text);
    await fireEvent.input(text, { target: { value: "Municipal budgets answer Roma priorities" } });
    await fireEvent.click(screen.getByTestId("lf-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_logframe_node", {
        projectId: o?.project.id,
        parentId: goal?.id,
        level: "objective",
        text: "Municipal budgets answer Roma priorities",
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("node-form")).toBeNull());

    await fireEvent.click(screen.getAllByTestId("add-measurement")[0] as HTMLElement);
    await fireEvent.input(await screen.findByTestId("m-date"), { target: { value: "2026-02-28" } });
    await fireEvent.input(screen.getByTestId("m-value"), { target: { value: "N/A" } });
    await fireEvent.click(screen.getByTestId("m-save"));
    const problem = await screen.findByTestId("field-problem");
    expect(problem.textContent).toBe("“N/A” is not a count: enter a whole number, 0 or more.");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_measurement", {
      indicatorId: indicator?.id,
      input: { date: "2026-02-28", value: "N/A", source: null, disaggregation: {} },
    });
    // Esc closes the form without saving
    await fireEvent.keyDown(screen.getByTestId("m-value"), { key: "Escape" });
    expect(screen.queryByTestId("measurement-form")).toBeNull();
    // a target for a period
    await fireEvent.click(screen.getAllByTestId("set-target")[0] as HTMLElement);
    await fireEvent.input(await screen.findByTestId("t-date"), { target: { value: "2026-06-30" } });
    await fireEvent.input(screen.getByTestId("t-value"), { target: { value: "40" } });
    await fireEvent.click(screen.getByTestId("t-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("set_indicator_target", {
        indicatorId: indicator?.id,
        periodEnd: "2026-06-30",
        value: "40",
      }),
    );
  });

  it("assumptions and risks per level, a measurement's disaggregation, a chart per measured indicator", async () => {
    const o = glas();
    const so2 = o?.logframe.find((n) => n.assumptions.length > 0);
    const risk = so2?.assumptions.find((a) => a.kind === "risk");
    const indicator = o?.logframe.flatMap((n) => n.indicators)[0];
    useDemoBackend({}, (cmd) =>
      ["add_assumption", "add_measurement", "delete_assumption", "restore_assumption"].includes(cmd)
        ? Promise.resolve(cmd === "add_assumption" ? "a-1" : null)
        : undefined,
    );
    resetApp(`#/projects/${o?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");
    // the demo's objective has an assumption and a risk, each labelled
    const list = screen.getByTestId("assumptions");
    expect(within(list).getAllByTestId("assumption").map((a) => a.textContent?.includes("Risk"))).toEqual([false, true]);
    // one chart per indicator with a measurement, named for screen readers
    const charts = screen.getAllByTestId("sparkline");
    expect(charts).toHaveLength(o?.logframe.flatMap((n) => n.indicators).filter((i) => i.series.length > 0).length ?? -1);
    expect(charts[0]?.getAttribute("aria-label")).toBe(`${indicator?.text ?? ""}: achieved over time, against the target`);

    const node = document.querySelector<HTMLElement>(`[data-node-id="${so2?.id ?? ""}"]`)?.parentElement as HTMLElement;
    await fireEvent.click(within(node).getAllByTestId("add-risk")[0] as HTMLElement);
    await fireEvent.input(await screen.findByTestId("lf-text"), { target: { value: "Roma councillors lose their seats" } });
    await fireEvent.click(screen.getByTestId("lf-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_assumption", {
        nodeId: so2?.id,
        kind: "risk",
        text: "Roma councillors lose their seats",
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("node-form")).toBeNull());
    const riskRow = within(screen.getByTestId("assumptions")).getAllByTestId("assumption")[1] as HTMLElement;
    await fireEvent.click(within(riskRow).getByTestId("delete-assumption"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("delete_assumption", { id: risk?.id }));
    expect((await screen.findByTestId("notice")).textContent).toContain("Risk deleted.");

    await fireEvent.click(screen.getAllByTestId("add-measurement")[0] as HTMLElement);
    await fireEvent.input(await screen.findByTestId("m-date"), { target: { value: "2026-02-28" } });
    await fireEvent.input(screen.getByTestId("m-value"), { target: { value: "4" } });
    await fireEvent.change(screen.getByTestId("m-gender"), { target: { value: "female" } });
    await fireEvent.change(screen.getByTestId("m-age"), { target: { value: "18-29" } });
    await fireEvent.click(screen.getByTestId("m-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_measurement", {
        indicatorId: indicator?.id,
        input: { date: "2026-02-28", value: "4", source: null, disaggregation: { gender: "female", age_band: "18-29" } },
      }),
    );
  });

  it("an objective dragged onto another moves there", async () => {
    const o = glas();
    const objectives = o?.logframe.filter((n) => n.level === "objective") ?? [];
    useDemoBackend({}, (cmd) => (cmd === "move_logframe_node" ? Promise.resolve(null) : undefined));
    resetApp(`#/projects/${o?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");
    const el = (id: string | undefined) => document.querySelector<HTMLElement>(`[data-node-id="${id ?? ""}"]`) as HTMLElement;
    const [first, second] = [el(objectives[0]?.id), el(objectives[1]?.id)];
    expect(first.getAttribute("draggable")).toBe("true");
    await fireEvent.dragStart(second);
    await fireEvent.dragOver(first);
    await fireEvent.drop(first);
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("move_logframe_node", { id: objectives[1]?.id, by: -1 }),
    );
    // a result is not dropped among the objectives
    vi.mocked(invoke).mockClear();
    const result = o?.logframe.find((n) => n.level === "result");
    await fireEvent.dragStart(el(result?.id));
    await fireEvent.drop(first);
    expect(vi.mocked(invoke)).not.toHaveBeenCalledWith("move_logframe_node", expect.anything());
  });

  it("work packages: added, renamed, deleted with undo", async () => {
    const o = glas();
    const wp1 = o?.work_packages[0];
    useDemoBackend({}, (cmd) =>
      ["add_work_package", "rename_work_package", "delete_work_package", "restore_work_package"].includes(cmd)
        ? Promise.resolve(cmd === "add_work_package" ? "wp-3" : null)
        : undefined,
    );
    resetApp(`#/projects/${o?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");
    const rows = screen.getAllByTestId("work-package");
    expect(rows.map((r) => r.textContent?.includes(wp1?.title ?? "?"))).toEqual([true, false]);
    expect(rows[0]?.textContent).toContain(`Activities: ${wp1?.activities ?? -1}`);
    await fireEvent.click(screen.getByTestId("add-wp"));
    expect(document.activeElement).toBe(screen.getByTestId("wp-title"));
    await fireEvent.input(screen.getByTestId("wp-title"), { target: { value: "Advocacy" } });
    await fireEvent.click(screen.getByTestId("wp-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_work_package", { projectId: o?.project.id, title: "Advocacy" }),
    );
    await waitFor(() => expect(screen.queryByTestId("wp-form")).toBeNull());
    await fireEvent.click(within(rows[0] as HTMLElement).getByTestId("rename-wp"));
    await fireEvent.input(screen.getByTestId("wp-title"), { target: { value: "Management" } });
    await fireEvent.keyDown(screen.getByTestId("wp-title"), { key: "s", ctrlKey: true });
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("rename_work_package", { id: wp1?.id, title: "Management" }));
    await waitFor(() => expect(screen.queryByTestId("wp-form")).toBeNull());
    await fireEvent.click(within(screen.getAllByTestId("work-package")[0] as HTMLElement).getByTestId("delete-wp"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("delete_work_package", { id: wp1?.id }));
    await fireEvent.click(await screen.findByTestId("undo"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("restore_work_package", { id: wp1?.id }));
  });

  it("activities sit under their results, numbered from them, and are added, moved and deleted in place", async () => {
    const o = glas();
    const result = o?.logframe.find((n) => n.level === "result" && n.activities.length > 1);
    const first = result?.activities[0];
    useDemoBackend({}, (cmd) =>
      ["add_activity", "move_activity", "delete_activity", "restore_activity"].includes(cmd)
        ? Promise.resolve(cmd === "add_activity" ? "act-new" : null)
        : undefined,
    );
    resetApp(`#/projects/${o?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");
    const all = o?.logframe.flatMap((n) => n.activities) ?? [];
    expect(screen.getAllByTestId("logframe-activity")).toHaveLength(all.length);
    // the first result's activities are A1.1.1, A1.1.2 …
    expect(screen.getAllByTestId("activity-number").slice(0, 2).map((n) => n.textContent)).toEqual(["A1.1.1", "A1.1.2"]);
    const item = document.querySelector<HTMLElement>(`[data-activity-id="${first?.id ?? ""}"]`) as HTMLElement;
    item.focus();
    await fireEvent.keyDown(item, { key: "ArrowDown", altKey: true });
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("move_activity", { id: first?.id, by: 1 }));
    await fireEvent.keyDown(item, { key: "Delete" });
    await fireEvent.click(await screen.findByTestId("confirm-delete"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("delete_activity", { id: first?.id }));
    expect((await screen.findByTestId("notice")).textContent).toContain(`${first?.ref ?? ""} deleted.`);
    const node = document.querySelector<HTMLElement>(`[data-node-id="${result?.id ?? ""}"]`) as HTMLElement;
    await fireEvent.click(within(node).getByTestId("add-activity"));
    await fireEvent.input(await screen.findByTestId("lf-text"), { target: { value: "Study visit to Skopje" } });
    await fireEvent.click(screen.getByTestId("lf-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_activity", { resultId: result?.id, title: "Study visit to Skopje" }),
    );
  });

  it("a node is deleted only when confirmed, and Ctrl+Z brings it back", async () => {
    const o = glas();
    const result = o?.logframe.find((n) => n.level === "result");
    useDemoBackend({}, (cmd) =>
      cmd === "delete_logframe_node" || cmd === "restore_logframe_node" ? Promise.resolve(null) : undefined,
    );
    resetApp(`#/projects/${o?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");
    const node = document.querySelector<HTMLElement>(`[data-node-id="${result?.id ?? ""}"]`) as HTMLElement;
    node.focus();
    await fireEvent.keyDown(node, { key: "Delete" });
    expect(vi.mocked(invoke)).not.toHaveBeenCalledWith("delete_logframe_node", expect.anything());
    await fireEvent.click(await screen.findByTestId("confirm-delete"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("delete_logframe_node", { id: result?.id }));
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain(`${result?.ref ?? ""} deleted.`);
    await fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("restore_logframe_node", { id: result?.id }));
  });

  it("a project is edited from its current values, and deleted only when confirmed, with undo", async () => {
    const o = glas();
    const id = o?.project.id ?? "";
    useDemoBackend({}, (cmd) =>
      ["update_project", "delete_project", "restore_project"].includes(cmd) ? Promise.resolve(null) : undefined,
    );
    resetApp(`#/projects/${id}`);
    render(App);
    await screen.findByTestId("project-title");
    await fireEvent.click(screen.getByTestId("edit-project"));
    const code = (await screen.findByTestId("p-code")) as HTMLInputElement;
    expect(code.value).toBe("GLAS");
    expect((screen.getByTestId("p-countries") as HTMLInputElement).value).toBe("MK");
    await fireEvent.input(screen.getByTestId("p-title"), { target: { value: "ГЛАС II" } });
    expect((screen.getByTestId("p-summary") as HTMLTextAreaElement).value).toBe(o?.summary ?? "?");
    await fireEvent.input(screen.getByTestId("p-summary"), { target: { value: "Форуми во Шуто Оризари" } });
    await fireEvent.click(screen.getByTestId("p-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("update_project", {
        id,
        input: expect.objectContaining({ code: "GLAS", title: "ГЛАС II", summary: "Форуми во Шуто Оризари", lead_org_id: o?.lead_org_id }),
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("project-form")).toBeNull());

    await fireEvent.click(screen.getByTestId("delete-project"));
    expect(vi.mocked(invoke)).not.toHaveBeenCalledWith("delete_project", expect.anything());
    await fireEvent.click(screen.getByTestId("confirm-delete-project"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("delete_project", { id }));
    await screen.findAllByTestId("project-row");
    await fireEvent.click(await screen.findByTestId("undo"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("restore_project", { id }));
    await screen.findByTestId("project-title");
  });
});

describe("strategic plan", () => {
  it("starts a plan (refusals at their fields), then links a project to an objective", async () => {
    const glasId = fixtures.projects.find((p) => p.code === "GLAS")?.id ?? "";
    let plan: unknown = null;
    let attempts = 0;
    useDemoBackend({}, (cmd) => {
      if (cmd === "plan_overview") return Promise.resolve(plan);
      if (cmd === "link_project") return Promise.resolve(null);
      if (cmd === "add_indicator") return Promise.resolve("si-1");
      if (cmd === "set_indicator_target") return Promise.resolve("t-1");
      if (cmd !== "create_plan") return undefined;
      attempts += 1;
      if (attempts === 1)
        return Promise.reject({ code: "invalid-input", args: { issues: [{ field: "title", code: "required", args: {} }] } });
      plan = {
        id: "plan-1",
        title: "Strategic plan 2024–2026",
        period_start: "2024-01-01",
        period_end: "2026-12-31",
        vision: "Equal local life",
        mission: null,
        progress: null,
        goals: [
          {
            id: "g1",
            level: "goal",
            code: "SG1",
            text: "Inclusive local governance",
            progress: null,
            projects: [],
            indicators: [],
            items: [
              { id: "o1", level: "objective", code: "SO1.1", text: "Roma CSOs are heard", progress: null, items: [], projects: [], indicators: [] },
            ],
          },
        ],
      };
      return Promise.resolve("plan-1");
    });
    resetApp("#/plan");
    render(App);
    await screen.findByTestId("plan-form");
    // typed day first, as the region writes dates: sent as ISO
    await fireEvent.input(screen.getByTestId("plan-start"), { target: { value: "1.1.2024" } });
    await fireEvent.input(screen.getByTestId("plan-end"), { target: { value: "31.12.2026." } });
    await fireEvent.click(screen.getByTestId("plan-save"));
    expect((await screen.findByTestId("field-problem")).textContent).toBe("Fill this in.");
    await fireEvent.input(screen.getByTestId("plan-title"), { target: { value: "Strategic plan 2024–2026" } });
    await fireEvent.click(screen.getByTestId("plan-save"));
    expect((await screen.findByTestId("plan-heading")).textContent).toBe("Strategic plan 2024–2026");
    expect(vi.mocked(invoke)).toHaveBeenCalledWith("create_plan", {
      input: expect.objectContaining({ period_start: "2024-01-01", period_end: "2026-12-31" }),
    });
    expect(screen.getByTestId("plan-objective").textContent).toContain("SO1.1");
    expect(screen.getByTestId("plan-progress").textContent).toContain("no measured progress yet");
    await fireEvent.change(screen.getByTestId("link-select"), { target: { value: glasId } });
    await fireEvent.click(screen.getByTestId("link-project"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("link_project", { projectId: glasId, objectiveId: "o1" }));
    // the objective's own indicator: its baseline at the plan's start, its target at the plan's end
    const objective = screen.getByTestId("plan-objective");
    await fireEvent.click(within(objective).getByTestId("add-indicator"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("ind-text")));
    await fireEvent.input(screen.getByTestId("ind-text"), { target: { value: "Councils with a Roma action plan" } });
    await fireEvent.input(screen.getByTestId("ind-target"), { target: { value: "12" } });
    await fireEvent.click(screen.getByTestId("ind-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("add_indicator", {
        nodeId: "o1",
        input: { text: "Councils with a Roma action plan", unit: "count", aggregation: "sum", baseline: "0", baseline_date: "2024-01-01" },
      }),
    );
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("set_indicator_target", { indicatorId: "si-1", periodEnd: "2026-12-31", value: "12" }),
    );
  });
});


describe("organisations directory", () => {
  it("Alt+9 lists the directory; Ctrl+N adds an organisation; one still in use is not deleted and says why", async () => {
    const lil = fixtures.organisations.find((o) => o.name === "Здружение ЛИЛ");
    const kera = fixtures.organisations.find((o) => o.name === "Shoqata Kera e Rinisë");
    useDemoBackend({}, (cmd, args) => {
      if (cmd === "create_organisation") return Promise.resolve("new-org");
      if (cmd === "restore_organisation") return Promise.resolve(null);
      if (cmd !== "delete_organisation") return undefined;
      if (args?.id === lil?.id)
        return Promise.reject({ code: "invalid-input", args: { issues: [{ field: "name", code: "in-use", args: { count: "1" } }] } });
      return Promise.resolve(null);
    });
    resetApp("#/dashboard");
    render(App);
    await screen.findByTestId("sidebar");
    await fireEvent.keyDown(window, { key: "9", code: "Digit9", altKey: true });
    const rows = await screen.findAllByTestId("org-row");
    expect(rows).toHaveLength(fixtures.organisations.length);
    expect(rows[0]?.textContent).toContain("This organisation");
    expect(screen.getByTestId("nav-organisations").getAttribute("aria-current")).toBe("page");

    await fireEvent.keyDown(window, { key: "n", ctrlKey: true });
    expect(document.activeElement).toBe(await screen.findByTestId("o-name"));
    await fireEvent.input(screen.getByTestId("o-name"), { target: { value: "ERGO Network" } });
    await fireEvent.change(screen.getByTestId("o-kind"), { target: { value: "network" } });
    await fireEvent.input(screen.getByTestId("o-country"), { target: { value: "be" } });
    await fireEvent.keyDown(screen.getByTestId("o-name"), { key: "s", ctrlKey: true });
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("create_organisation", {
        input: { name: "ERGO Network", short_name: null, kind: "network", country: "BE" },
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("org-form")).toBeNull());

    // in use: the core's reason under the row, nothing deleted
    const lilRow = screen.getAllByTestId("org-row").find((r) => r.textContent?.includes("Здружение ЛИЛ")) as HTMLElement;
    await fireEvent.click(within(lilRow).getByTestId("delete-org"));
    await fireEvent.click(within(lilRow).getByTestId("confirm-delete"));
    expect((await within(lilRow).findByTestId("org-refused")).textContent).toBe(
      "1 projects, grants or people still name it: remove it there first.",
    );
    // not in use: deleted, and undone
    const keraRow = screen.getAllByTestId("org-row").find((r) => r.textContent?.includes("Kera")) as HTMLElement;
    await fireEvent.click(within(keraRow).getByTestId("delete-org"));
    await fireEvent.click(within(keraRow).getByTestId("confirm-delete"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("delete_organisation", { id: kera?.id }));
    await fireEvent.click(await screen.findByTestId("undo"));
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith("restore_organisation", { id: kera?.id }));
  });

  it("a project's partners and municipalities are chosen in its form; a municipality is typed in Latin and found in Cyrillic", async () => {
    const glas = fixtures.overviews.find((o) => o.project.code === "GLAS");
    const osvit = fixtures.organisations.find((o) => o.name === "Удружење Освит");
    useDemoBackend({}, (cmd) => (cmd === "update_project" ? Promise.resolve(null) : undefined));
    resetApp(`#/projects/${glas?.project.id ?? ""}`);
    render(App);
    await screen.findByTestId("project-title");
    await fireEvent.click(screen.getByTestId("edit-project"));
    const partners = await screen.findByTestId("p-partners");
    await waitFor(() => expect(partners.textContent).toContain("Здружение ЛИЛ"));
    await fireEvent.change(screen.getByTestId("p-partner-add"), { target: { value: osvit?.id } });
    const roles = screen.getAllByTestId("p-partner-role");
    expect(roles).toHaveLength(2);
    await fireEvent.change(roles[1] as HTMLElement, { target: { value: "associate" } });
    const place = screen.getByTestId("p-place");
    await fireEvent.input(place, { target: { value: "gazi baba" } });
    const suggestions = await screen.findByTestId("p-place-suggestions");
    expect(suggestions.textContent).toContain("Gazi Baba");
    await fireEvent.keyDown(place, { key: "Enter" });
    expect(screen.getByTestId("p-places").textContent).toContain("Gazi Baba (MK)");
    await fireEvent.click(screen.getByTestId("p-save"));
    await waitFor(() =>
      expect(vi.mocked(invoke)).toHaveBeenCalledWith("update_project", {
        id: glas?.project.id,
        input: expect.objectContaining({
          lead_org_id: glas?.lead_org_id,
          partners: [
            { organisation_id: glas?.partners[0]?.organisation_id, role: "partner" },
            { organisation_id: osvit?.id, role: "associate" },
          ],
          // the two it works in already (the demo's), then the one added
          municipalities: [
            { country: "MK", key: "MK-703" },
            { country: "MK", key: "MK-817" },
            { country: "MK", key: "MK-804" },
          ],
        }),
      }),
    );
  });
});

describe("finance", () => {
  it("shows budget vs actual as the core computed it and the transactions with their conversions", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    fireEvent.keyDown(window, { key: "6", code: "Digit6", altKey: true });
    const totals = await screen.findByTestId("finance-totals");
    const f = fixtures.finance.budget.finance;
    const eur = (s: string) => new Intl.NumberFormat("en", { style: "currency", currency: f.currency }).format(Number(s));
    expect(totals.textContent).toContain(eur(f.budget_total));
    expect(totals.textContent).toContain(eur(f.spent_cumulative_total));
    // one row per heading and line, each with the core's figures
    expect(screen.getAllByTestId("budget-line-row")).toHaveLength(f.lines.length);
    expect(screen.getAllByTestId("finance-warning")).toHaveLength(fixtures.finance.budget.warnings.length);

    fireEvent.click(screen.getByTestId("finance-tab-transactions"));
    const rows = await screen.findAllByTestId("tx-row");
    expect(rows).toHaveLength(fixtures.finance.transactions.rows.length);
    const foreign = fixtures.finance.transactions.rows.findIndex((x) => x.conversion?.rate);
    expect(foreign).toBeGreaterThanOrEqual(0);
    const row = fixtures.finance.transactions.rows[foreign]!;
    const cell = within(rows[foreign] as HTMLElement).getByTestId("tx-converted");
    expect(cell.textContent).toContain(eur(row.conversion!.converted!));
    const rule: Record<string, string> = {
      contract_rate: "Contract rate",
      inforeuro_invoice_month: "InforEuro rate of the invoice month",
      inforeuro_payment_month: "InforEuro rate of the payment month",
      transaction_rate: "The transaction's own rate",
      period_average: "Average of the period's monthly rates",
    };
    expect(cell.textContent).toContain(rule[row.conversion!.rule!]);
  });
});

describe("reports", () => {
  it("Alt+7: a grant's reporting period offered first, Ctrl+Enter generates in the chosen language, Ctrl+S saves and says where", async () => {
    const asked: unknown[] = [];
    useDemoBackend({}, (cmd, args) => {
      if (cmd === "generate_report") {
        asked.push(args);
        return Promise.resolve({ pdf: "", pages: 7, file_name: "tessera-URA-RISE-eu-sq.pdf" });
      }
      if (cmd === "save_report") return Promise.resolve("/home/arta/Downloads/tessera-URA-RISE-eu-sq.pdf");
      return undefined;
    });
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    fireEvent.keyDown(window, { key: "7", code: "Digit7", altKey: true });
    const period = await screen.findByTestId("report-period");
    await waitFor(() => expect((period as HTMLSelectElement).options.length).toBeGreaterThan(1));
    const chosen = (period as HTMLSelectElement).selectedOptions[0]!;
    const first = fixtures.finance.setup.periods[0];
    if (first) expect(chosen.dataset.from).toBe(first.period_start);
    // nothing saved before there is a report
    expect((screen.getByTestId("report-save") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.change(screen.getByTestId("report-lang"), { target: { value: "sq" } });
    await fireEvent.click(screen.getByTestId("report-template-itt"));
    await fireEvent.keyDown(window, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId("report-pages").textContent).toContain("7 pages"));
    const request = (asked[0] as { request: { template: string; lang: string; from: string } }).request;
    expect([request.template, request.lang]).toEqual(["itt", "sq"]);
    await fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    const saved = await screen.findByTestId("report-saved");
    expect(saved.textContent).toContain("Saved to /home/arta/Downloads/tessera-URA-RISE-eu-sq.pdf");
  });
});

describe("ethnicity in a report", () => {
  it("is offered only when the organisation records it, off by default, and asked for that report only", async () => {
    const asked: { ethnicity: boolean }[] = [];
    let records = false;
    useDemoBackend({}, (cmd, args) => {
      if (cmd === "people_settings")
        return Promise.resolve({ ...fixtures.people_settings, sensitive: records ? ["ethnicity"] : [] });
      if (cmd === "generate_report") {
        asked.push((args as { request: { ethnicity: boolean } }).request);
        return Promise.resolve({ pdf: "", pages: 5, file_name: "tessera-URA-RISE-eu-en.pdf" });
      }
      return undefined;
    });
    const open = async () => {
      render(App);
      await screen.findByTestId("dashboard-card-projects-active");
      fireEvent.keyDown(window, { key: "7", code: "Digit7", altKey: true });
      await screen.findByTestId("report-period");
    };
    await open();
    expect(screen.queryByTestId("report-ethnicity")).toBeNull();
    cleanup();
    resetApp();
    records = true;
    await open();
    const box = (await screen.findByTestId("report-ethnicity")) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.keyDown(window, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(asked).toHaveLength(1));
    await fireEvent.click(box);
    await fireEvent.keyDown(window, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(asked.map((r) => r.ethnicity)).toEqual([false, true]);
    // the indicator tracking table has no beneficiaries section: not offered there
    await fireEvent.click(screen.getByTestId("report-template-itt"));
    expect(screen.queryByTestId("report-ethnicity")).toBeNull();
  });
});

describe("deviation notes", () => {
  it("the indicator tracking table lists the indicators outside the band, keeps a note when its field is left, and the next report waits for it", async () => {
    const order: string[] = [];
    useDemoBackend({}, (cmd, args) => {
      if (cmd === "set_deviation_note") order.push(`note ${(args as { note: string }).note}`);
      if (cmd === "generate_report") {
        order.push("generate");
        return Promise.resolve({ pdf: "", pages: 3, file_name: "tessera-URA-RISE-itt-en.pdf" });
      }
      return undefined;
    });
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    fireEvent.keyDown(window, { key: "7", code: "Digit7", altKey: true });
    await screen.findByTestId("report-period");
    expect(screen.queryByTestId("deviation-notes")).toBeNull();
    await fireEvent.click(screen.getByTestId("report-template-itt"));
    const panel = await screen.findByTestId("deviation-notes");
    const listed = await within(panel).findAllByTestId("deviation-note");
    // the chosen project's indicators below 90 % or above 110 % of their targets are asked for
    const chosen = (screen.getByTestId("report-project") as HTMLSelectElement).value;
    const overview = fixtures.overviews.find((o) => o.project.id === chosen)!;
    const outside = overview.logframe
      .flatMap((n) => n.indicators)
      .filter((i) => i.progress !== null && (i.progress < 0.9 || i.progress > 1.1));
    expect(outside.length).toBeGreaterThan(0);
    expect(listed.map((l) => l.dataset.ref)).toEqual(outside.map((i) => i.ref));
    const first = listed[0] as HTMLElement;
    within(first).getByText("Note needed");
    within(first).getByText(new RegExp(`^${Math.round(outside[0]!.progress! * 100)}${NBSP}?% of the target$`));
    // typed, then Ctrl+Enter from the field: the note is saved before the report is made
    const field = within(first).getByRole("textbox") as HTMLTextAreaElement;
    field.focus();
    await fireEvent.input(field, { target: { value: "Two trainings moved to spring." } });
    await fireEvent.keyDown(window, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(order).toEqual(["note Two trainings moved to spring.", "generate"]));
    await waitFor(() => expect(screen.getByTestId("report-pages").textContent).toContain("3 pages"));
    // a change after the preview says the table needs generating again
    await fireEvent.input(field, { target: { value: "Moved to March." } });
    await fireEvent.blur(field);
    await screen.findByTestId("report-notes-changed");
    expect(order.at(-1)).toBe("note Moved to March.");
  });
});

describe("report settings", () => {
  it("Settings keeps the deviation band of the indicator tracking table and sends it whole", async () => {
    const sent: unknown[] = [];
    useDemoBackend({}, (cmd, args) => {
      if (cmd !== "set_deviation_band") return undefined;
      sent.push(args);
      return Promise.resolve((args as { band: unknown }).band);
    });
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    fireEvent.keyDown(window, { key: "0", code: "Digit0", altKey: true });
    const low = (await screen.findByTestId("s-dev-low")) as HTMLInputElement;
    await waitFor(() => expect(low.value).toBe("90"));
    expect((screen.getByTestId("s-dev-high") as HTMLInputElement).value).toBe("110");
    await fireEvent.input(low, { target: { value: "80" } });
    await fireEvent.click(screen.getByTestId("s-reports-save"));
    await waitFor(() => expect(sent).toEqual([{ band: { low: 80, high: 110 } }]));
  });
});

describe("backups", () => {
  it("keeps a backup folder, backs up now, lists the backup, confirms before a restore and checks the database", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    fireEvent.keyDown(window, { key: "0", code: "Digit0", altKey: true });
    const section = await screen.findByTestId("settings-backup");
    const now = (await within(section).findByTestId("backup-now")) as HTMLButtonElement;
    expect(now.disabled).toBe(true);
    expect(within(section).getByTestId("backup-last").textContent).toContain("No backup has been made on this laptop yet");
    // a relative folder is refused at its field; nothing kept
    const folder = within(section).getByTestId("s-backup-folder") as HTMLInputElement;
    await fireEvent.input(folder, { target: { value: "backups" } });
    await fireEvent.keyDown(folder, { key: "s", ctrlKey: true });
    expect((await within(section).findByTestId("field-problem")).textContent).toContain("“backups” is not a folder");
    await fireEvent.input(folder, { target: { value: "/media/usb/Tessera" } });
    await fireEvent.click(within(section).getByTestId("s-backup-save"));
    await waitFor(() => expect(now.disabled).toBe(false));
    expect(within(section).getByTestId("backup-none")).toBeTruthy();
    await fireEvent.click(now);
    expect(await screen.findByText(/Backup written: \/media\/usb\/Tessera\/tessera-20261202-093000.tbak \(2[.,]3\s?MB\)/)).toBeTruthy();
    const rows = within(await within(section).findByTestId("backup-list")).getAllByTestId("backup-row");
    expect(rows).toHaveLength(1);
    expect(within(section).getByTestId("backup-last").textContent).toContain("Last backup on this laptop");
    // a restore asks first, and says the database in use is kept
    await fireEvent.click(within(rows[0] as HTMLElement).getByTestId("backup-restore"));
    const confirm = await within(section).findByTestId("restore-confirm");
    expect(confirm.textContent).toContain("the database now in use is kept beside it");
    await fireEvent.click(within(confirm).getByTestId("restore-confirm-do"));
    expect(await screen.findByText(/is not a Tessera backup/)).toBeTruthy();
    // the check
    await fireEvent.click(screen.getByTestId("check-now"));
    expect((await screen.findByTestId("check-result")).textContent).toMatch(/Everything is intact: the file, 4,210 rows/);
  });
});

describe("check at start", () => {
  it("a database that fails its quick check at start shows the way out in the frame", async () => {
    useDemoBackend({}, (cmd, args) =>
      cmd === "check_database" && args?.full === false
        ? Promise.resolve({ ok: false, integrity: ["*** in database main ***"], rows: 0, disagreements: [], disagreement_count: 0, files: 0, damaged: [], missing: [] })
        : undefined,
    );
    render(App);
    const banner = await screen.findByTestId("damaged-banner");
    expect(banner.textContent).toContain("Restore the last good backup in Settings → Backups");
    await fireEvent.click(within(banner).getByRole("button"));
    expect(await screen.findByTestId("settings-backup")).toBeTruthy();
  });
});

describe("passphrase", () => {
  it("asks for the new passphrase twice and names a mismatch at its field", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    fireEvent.keyDown(window, { key: "0", code: "Digit0", altKey: true });
    const section = await screen.findByTestId("settings-passphrase");
    expect(section.textContent).toContain("Change the passphrase");
    await fireEvent.input(within(section).getByTestId("s-pass-new"), { target: { value: "Shkodër 2027" } });
    await fireEvent.input(within(section).getByTestId("s-pass-repeat"), { target: { value: "Shkoder 2027" } });
    await fireEvent.click(within(section).getByTestId("s-pass-save"));
    expect((await within(section).findByTestId("field-problem")).textContent).toContain("The two passphrases differ");
    await fireEvent.input(within(section).getByTestId("s-pass-repeat"), { target: { value: "Shkodër 2027" } });
    await fireEvent.keyDown(within(section).getByTestId("s-pass-repeat"), { key: "s", ctrlKey: true });
    expect(await screen.findByText("The database is now encrypted with the new passphrase.")).toBeTruthy();
    expect((within(section).getByTestId("s-pass-new") as HTMLInputElement).value).toBe("");
  });
});

describe("sync", () => {
  it("sets up a shared folder, shows the enrolment code, then syncs with Ctrl+Enter", async () => {
    useDemoBackend();
    render(App);
    await screen.findByTestId("dashboard-card-projects-active");
    expect(screen.getByTestId("sync-badge").textContent).toContain("Not set up");
    fireEvent.keyDown(window, { key: "8", code: "Digit8", altKey: true });
    const folder = (await screen.findByTestId("sync-folder")) as HTMLInputElement;
    // a folder that is not there: the core's refusal, named, nothing set up
    await fireEvent.input(folder, { target: { value: "/missing/share" } });
    await fireEvent.click(screen.getByTestId("sync-setup"));
    expect(await screen.findByText(/The shared folder \/missing\/share is not there/)).toBeTruthy();
    await fireEvent.input(folder, { target: { value: "/media/usb/tessera" } });
    await fireEvent.click(screen.getByTestId("sync-setup"));
    expect((await screen.findByTestId("sync-code")).textContent).toBe("ABCD-EFGH-IJKL-MNOP-QRST-UVWX");
    expect(screen.getByTestId("sync-code-panel").textContent).toContain("tessera sync join --folder /media/usb/tessera");
    const devices = await screen.findByTestId("sync-devices");
    expect(within(devices).getAllByTestId("sync-device")).toHaveLength(1);
    expect(devices.textContent).toContain("this laptop");
    await waitFor(() => expect(screen.getByTestId("sync-badge").textContent).toMatch(/Synced/));
    fireEvent.keyDown(window, { key: "Enter", ctrlKey: true });
    expect(await screen.findByText(/Synced: 0 bundles received/)).toBeTruthy();
    const calls = vi.mocked(invoke).mock.calls.map((c) => c[0]);
    expect(calls).toContain("sync_now");
  });
});

describe("keyboard map, skip link and sidebar focus", () => {
  it("? shows the keys of the screen on show and those of every screen; Esc closes it and gives the focus back", async () => {
    useDemoBackend();
    resetApp("#/projects");
    render(App);
    await screen.findAllByTestId("project-row");
    const from = screen.getByTestId("nav-projects");
    from.focus();
    await fireEvent.keyDown(from, { key: "?" });
    const help = await screen.findByTestId("shortcuts");
    expect(help.textContent).toContain("On this screen");
    expect(help.textContent).toContain("New project");
    expect(help.textContent).toContain("Go to any screen, project, person or action");
    expect(document.activeElement).toBe(screen.getByTestId("shortcuts-close"));
    await fireEvent.keyDown(help, { key: "Escape" });
    expect(screen.queryByTestId("shortcuts")).toBeNull();
    expect(document.activeElement).toBe(from);

    // typed into a field, ? is a question mark
    const filter = screen.getByRole("searchbox");
    await fireEvent.keyDown(filter, { key: "?" });
    expect(screen.queryByTestId("shortcuts")).toBeNull();
  });

  it("the skip link keeps the screen and focuses its content; a sidebar choice moves the focus to the new screen", async () => {
    useDemoBackend();
    resetApp("#/finance");
    render(App);
    const skip = await screen.findByText("Skip to content");
    await fireEvent.click(skip);
    expect(window.location.hash).toBe("#/finance");
    expect(document.activeElement?.id).toBe("main");

    const nav = screen.getByTestId("nav-organisations");
    nav.focus();
    await fireEvent.click(nav);
    await waitFor(() => expect(document.activeElement?.id).toBe("page-title"));
    expect(window.location.hash).toBe("#/organisations");
  });
});
