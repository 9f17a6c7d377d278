// End-to-end test of the real Tessera desktop app (Tauri 2 + Svelte) in a real window.
//
// tauri-driver (WebDriver intermediary) -> WebKitWebDriver -> the real `tessera-app` binary,
// driven with WebdriverIO's standalone `remote()` API and run by `node --test`. Run it under a
// display, e.g. through `scripts/e2e` (Xvfb). The run starts on a fresh database: the app
// shows its welcome screen (`TESSERA_DB` does not exist yet) and the first test explores the
// demo organisation from it; the last test removes the file and creates an organisation.
//
// Environment:
//   TESSERA_APP_BINARY   the app to test (default: $CARGO_TARGET_DIR/debug/tessera-app)
//   TAURI_DRIVER         tauri-driver binary (default: $HOME/.cache/tessera/tools/bin/tauri-driver)
//   NATIVE_DRIVER        WebKitWebDriver binary (default: /usr/bin/WebKitWebDriver)
//   TESSERA_E2E_PORT     tauri-driver port (default 4444; a free one is taken if it is busy)

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const SCREENSHOTS = path.join(HERE, "screenshots");
const HOME = os.homedir();
const TARGET = process.env.CARGO_TARGET_DIR || path.join(HOME, ".cache/tessera/target");
const APP = path.resolve(process.env.TESSERA_APP_BINARY || path.join(TARGET, "debug/tessera-app"));
const TAURI_DRIVER = process.env.TAURI_DRIVER || path.join(HOME, ".cache/tessera/tools/bin/tauri-driver");
const NATIVE_DRIVER = process.env.NATIVE_DRIVER || "/usr/bin/WebKitWebDriver";

/** Generous UI timeouts: a debug build under Xvfb on a busy 2-CPU machine is slow to start. */
const STARTUP_TIMEOUT = 90_000;
const UI_TIMEOUT = 20_000;

// ---------------------------------------------------------------------------------------------
// Fluent: read the real wording from locales/<lang>/ui.ftl so it is not written twice.

/** The value of a simple (attribute-less, placeable-free) Fluent message. */
function ftlMessage(lang, id, file = "ui.ftl") {
  const source = path.join(ROOT, "locales", lang, file);
  assert.ok(existsSync(source), `${source} is missing`);
  const lines = readFileSync(source, "utf8").split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`${id} =`) || line.startsWith(`${id}=`));
  assert.ok(start >= 0, `message ${id} is not in ${source}`);
  const parts = [lines[start].slice(lines[start].indexOf("=") + 1).trim()];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line) || /^\s+\./.test(line)) break; // continuation lines only
    parts.push(line.trim());
  }
  const value = parts.filter((p) => p !== "").join(" ");
  assert.ok(value !== "" && !value.includes("{"), `message ${id} in ${source} is not a plain text`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Processes: tauri-driver in its own process group; the app is found by our unique TESSERA_DB.

let tmpDir = null;
let driverPort = 0;
let dbPath = null;
let driver = null;
let driverLog = "";
let browser = null;
let sessionStartedAt = 0;
let failed = false;

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function pickPort(preferred) {
  if (await portIsFree(preferred)) return preferred;
  const port = await freePort();
  console.log(`# port ${preferred} is busy, using ${port}`);
  return port;
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`tauri-driver exited (${child.exitCode ?? child.signalCode}) before listening:\n${driverLog}`);
    }
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on port ${port} within ${timeoutMs} ms:\n${driverLog}`);
}

/** Pids of live processes whose environment holds our (unique) TESSERA_DB. */
function processesUsingOurDb() {
  if (dbPath === null) return [];
  const needle = `TESSERA_DB=${dbPath}\0`;
  const pids = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, "latin1").includes(needle)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** Pids of the app itself (not tauri-driver or WebKitWebDriver, which share its environment). */
function appProcesses() {
  return processesUsingOurDb().filter((pid) => {
    try {
      return path.basename(readFileSync(`/proc/${pid}/cmdline`, "latin1").split("\0")[0]) === path.basename(APP);
    } catch {
      return false;
    }
  });
}

function kill(pid, signal) {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A deadline for Promise.race that does not keep the process alive once the race is won. */
const deadline = (ms) => new Promise((r) => setTimeout(r, ms).unref());

async function stopEverything() {
  const t0 = performance.now();
  if (browser !== null) {
    // Closes the window (and so the app) the normal way; bounded, the driver may be wedged.
    await Promise.race([browser.deleteSession().catch(() => {}), deadline(10_000)]);
    browser = null;
    console.log(`# session closed in ${Math.round(performance.now() - t0)} ms`);
  }
  if (driver !== null && driver.exitCode === null && driver.signalCode === null) {
    // tauri-driver was started detached: its process group holds WebKitWebDriver too.
    kill(-driver.pid, "SIGTERM");
    const exited = new Promise((r) => driver.once("exit", r));
    await Promise.race([exited, deadline(3_000)]);
    if (driver.exitCode === null && driver.signalCode === null) kill(-driver.pid, "SIGKILL");
  }
  // Whatever is left of what we started (the app, WebKit helpers, the native driver).
  for (const signal of ["SIGTERM", "SIGKILL"]) {
    const left = processesUsingOurDb();
    if (left.length === 0) break;
    if (signal === "SIGKILL") console.log(`# killing left-over processes ${left.join(" ")}`);
    for (const pid of left) kill(pid, signal);
    await sleep(1_000);
  }
  driver = null;
  console.log(`# tauri-driver and the app stopped ${Math.round(performance.now() - t0)} ms after the test`);
}

/** Last resort, synchronous: on SIGTERM (the `timeout` around the run), SIGINT, or exit. */
function killNow() {
  if (driver !== null) kill(-driver.pid, "SIGKILL");
  for (const pid of processesUsingOurDb()) kill(pid, "SIGKILL");
}
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.once(signal, () => {
    console.log(`# ${signal}: stopping tauri-driver and the app`);
    killNow();
    if (tmpDir !== null) rmSync(tmpDir, { recursive: true, force: true });
    process.exit(1);
  });
}
process.once("exit", killNow);

// ---------------------------------------------------------------------------------------------

/** Runs `step`, remembering a failure so that `after` saves a screenshot of it. */
const noteFailure = (step) => async () => {
  try {
    await step();
  } catch (error) {
    failed = true;
    throw error;
  }
};

before(noteFailure(startApp));

async function startApp() {
  assert.ok(existsSync(APP), `app binary ${APP} does not exist (set TESSERA_APP_BINARY)`);
  assert.ok(existsSync(TAURI_DRIVER), `tauri-driver ${TAURI_DRIVER} does not exist (run scripts/e2e)`);
  assert.ok(existsSync(NATIVE_DRIVER), `${NATIVE_DRIVER} does not exist (apt-get install webkit2gtk-driver)`);
  assert.ok(process.env.DISPLAY || process.env.WAYLAND_DISPLAY, "no display: run under xvfb-run (scripts/e2e)");

  tmpDir = mkdtempSync(path.join(os.tmpdir(), "tessera-e2e-"));
  dbPath = path.join(tmpDir, "tessera.db");
  mkdirSync(SCREENSHOTS, { recursive: true });

  const port = await pickPort(Number(process.env.TESSERA_E2E_PORT || 4444));
  const nativePort = await pickPort(port + 1);
  driver = spawn(
    TAURI_DRIVER,
    ["--port", String(port), "--native-port", String(nativePort), "--native-driver", NATIVE_DRIVER],
    {
      // tauri-driver -> WebKitWebDriver -> the app all inherit this environment.
      env: { ...process.env, TESSERA_DB: dbPath },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const keep = (chunk) => {
    driverLog = (driverLog + chunk.toString()).slice(-20_000);
  };
  driver.stdout.on("data", keep);
  driver.stderr.on("data", keep);
  await waitForPort(port, driver, 15_000);

  driverPort = port;
  await openSession();
}

/** A WebDriver session: tauri-driver starts the app on our TESSERA_DB (ending it closes the app). */
async function openSession() {
  const t0 = performance.now();
  // tauri-driver answers before WebKitWebDriver listens on a busy machine (its connection is
  // refused): try again a few times, a second apart, before calling it a failure.
  for (let attempt = 1; ; attempt++) {
    try {
      browser = await newSession();
      break;
    } catch (e) {
      if (attempt >= 4 || !/UND_ERR_SOCKET|ECONNREFUSED|ECONNRESET/.test(String(e))) throw e;
      console.log(`# session attempt ${attempt} failed (${String(e).slice(0, 80)}): trying again`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  sessionStartedAt = t0;
  console.log(`# session opened in ${Math.round(performance.now() - t0)} ms`);
}

function newSession() {
  return remote({
    hostname: "127.0.0.1",
    port: driverPort,
    logLevel: "warn",
    connectionRetryTimeout: STARTUP_TIMEOUT,
    connectionRetryCount: 0,
    waitforTimeout: UI_TIMEOUT,
    capabilities: {
      // No browserName: tauri-driver turns this into webkitgtk:browserOptions, and WebdriverIO
      // v9 would otherwise ask for a BiDi websocket that WebKitWebDriver does not offer.
      "tauri:options": { application: APP },
      "wdio:enforceWebDriverClassic": true,
    },
  });
}

after(async () => {
  if (browser !== null && failed) {
    await browser.saveScreenshot(path.join(SCREENSHOTS, "failure.png")).catch(() => {});
  }
  await stopEverything();
  writeFileSync(path.join(SCREENSHOTS, "tauri-driver.log"), driverLog);
  if (failed && driverLog) console.log(`# tauri-driver output (tail):\n${driverLog.slice(-4_000)}`);
  if (tmpDir !== null) rmSync(tmpDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

// First, so that it also runs alone on the installed package (scripts/test: E2E_PATTERN).
test("the installed app starts on its welcome screen", noteFailure(installed));

async function installed() {
  const welcome = await browser.$('[data-testid="welcome-screen"]');
  await welcome.waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: `${APP} showed no welcome screen on a fresh data folder` });
  const title = (await browser.$("#welcome-title").getText()).trim();
  assert.ok(LANG_TITLES().includes(title), `the welcome screen's title is none of the seven languages': ${title}`);
  await browser.saveScreenshot(path.join(SCREENSHOTS, `welcome-${path.basename(path.dirname(APP))}.png`));
}

/** The welcome screen's title in each language. */
const LANG_TITLES = () => ["en", "sq", "bg", "bs", "sr-Cyrl", "sr-Latn", "mk"].map((l) => ftlMessage(l, "welcome-title"));

test("the real app: demo data, Macedonian UI, projects list and the GLAS project", noteFailure(scenario));

async function scenario() {
  const t0 = sessionStartedAt;
  const $ = (selector) => browser.$(selector);

  // 1. No database yet: the welcome screen; "explore the demo" creates the demo organisation,
  // marked as the demo, and shows its figures.
  const welcome = await $('[data-testid="welcome-screen"]');
  await welcome.waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: "the first run showed no welcome screen" });
  const welcomeMs = Math.round(performance.now() - t0);
  assert.equal(existsSync(dbPath), false, "the welcome screen made a database before anything was chosen");
  await (await $('[data-testid="welcome-demo"]')).click();
  const firstCard = await $('[data-testid^="dashboard-card-"]');
  await firstCard.waitForDisplayed({
    timeout: STARTUP_TIMEOUT,
    timeoutMsg: "the dashboard never showed its figures",
  });
  const firstDataMs = Math.round(performance.now() - t0);
  const figure = (await firstCard.$(".value").getText()).trim();
  assert.match(figure, /\d/, `dashboard card shows no number: ${JSON.stringify(figure)}`);
  assert.ok(existsSync(dbPath), `the app did not create ${dbPath}`);

  // The environment reached the app: it opened our temporary database.
  const info = await browser.execute(() => window.__TAURI_INTERNALS__.invoke("app_info"));
  assert.equal(info.db_path, dbPath, "the app opened another database than TESSERA_DB");

  // 2. Projects in the sidebar; the first project row is the "first data" figure.
  const navProjects = await $('[data-testid="nav-projects"]');
  await navProjects.click();
  const firstRow = await $('[data-testid="project-row"]');
  await firstRow.waitForDisplayed({ timeoutMsg: "the projects list showed no project row" });
  const firstRowMs = Math.round(performance.now() - t0);
  console.log(`# welcome screen visible ${welcomeMs} ms after session start`);
  console.log(`# first data (dashboard figures) visible ${firstDataMs} ms after session start`);
  assert.ok(await $('[data-testid="demo-banner"]').isDisplayed(), "the demo is not marked as the demo");
  console.log(`# first project row visible ${firstRowMs} ms after session start`);

  // 3. Macedonian in the language switcher: the whole UI changes at once.
  const mkProjects = ftlMessage("mk", "nav-projects");
  const enProjects = ftlMessage("en", "nav-projects");
  assert.notEqual(mkProjects, enProjects, "mk nav-projects is not translated");
  const switcher = await $('[data-testid="language-switcher"]');
  await switcher.waitForDisplayed();
  await switcher.selectByAttribute("value", "mk");
  await browser.waitUntil(async () => (await switcher.getValue()) === "mk", {
    timeoutMsg: "the language switcher did not take mk",
  });
  await browser.waitUntil(async () => (await navProjects.getText()).trim() === mkProjects, {
    timeoutMsg: `the sidebar does not show the Macedonian ${JSON.stringify(mkProjects)}`,
  });
  assert.equal(await browser.execute(() => document.documentElement.lang), "mk");
  const pageTitle = await $("#page-title");
  const mkProjectsTitle = ftlMessage("mk", "projects-title");
  await browser.waitUntil(async () => (await pageTitle.getText()).trim() === mkProjectsTitle, {
    timeoutMsg: `the page title is not the Macedonian ${JSON.stringify(mkProjectsTitle)}`,
  });

  // The choice is remembered by the backend (in the database), not only by the page.
  await browser.waitUntil(
    async () => (await browser.execute(() => window.__TAURI_INTERNALS__.invoke("app_info"))).lang === "mk",
    { timeoutMsg: "the backend did not remember the language mk" },
  );

  // 4. All demo projects are listed; GLAS opens from the keyboard (Enter on its row's link).
  const rows = await browser.$$('[data-testid="project-row"]');
  const codes = [];
  for (const row of rows) codes.push((await row.$("td.code").getText()).trim());
  for (const code of ["GLAS", "URA-RISE", "ZAJEDNO"]) {
    assert.ok(codes.includes(code), `project ${code} is not listed (got ${codes.join(", ")})`);
  }
  await browser.saveScreenshot(path.join(SCREENSHOTS, "projects-mk.png"));

  const glasRow = rows[codes.indexOf("GLAS")];
  const glasLink = await glasRow.$("a[data-project-id]");
  await browser.execute((el) => el.focus(), glasLink);
  assert.equal(
    await browser.execute((el) => document.activeElement === el, glasLink),
    true,
    "the GLAS row link did not take the focus",
  );
  await browser.keys("Enter");

  const title = await $('[data-testid="project-title"]');
  await title.waitForDisplayed({ timeoutMsg: "the GLAS project overview did not open" });
  const titleText = (await title.getText()).trim();
  assert.ok(
    titleText.startsWith("ГЛАС: граѓански форуми"),
    `project title is ${JSON.stringify(titleText)}, expected the Macedonian GLAS title`,
  );
  assert.match(await browser.getUrl(), /#\/projects\/[^/]+$/);
  assert.equal((await navProjects.getText()).trim(), mkProjects, "the sidebar left Macedonian");
  await browser.pause(300); // let the overview's sections finish painting
  await browser.saveScreenshot(path.join(SCREENSHOTS, "project-mk.png"));

  // 5. A reload starts the UI afresh from the backend: it must come back in Macedonian.
  await browser.refresh();
  const titleAgain = await $('[data-testid="project-title"]');
  await titleAgain.waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: "the project did not reopen after a reload" });
  assert.ok((await titleAgain.getText()).trim().startsWith("ГЛАС"), "the reloaded page shows another project");
  await browser.waitUntil(
    async () => (await $('[data-testid="nav-projects"]').getText()).trim() === mkProjects,
    { timeoutMsg: "after a reload the UI is no longer in Macedonian: the language was not remembered" },
  );
  assert.equal(await $('[data-testid="language-switcher"]').getValue(), "mk");
}

// ---------------------------------------------------------------------------------------------

test("every screen: axe-core finds no serious or critical accessibility violation", noteFailure(accessibility));

/** axe-core's serious and critical violations on the page as it is. */
async function axeViolations() {
  const source = readFileSync(path.join(HERE, "node_modules/axe-core/axe.min.js"), "utf8");
  if (!(await browser.execute(() => typeof window.axe !== "undefined"))) await browser.execute(`${source}\n;return true;`);
  return browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) =>
        done(
          r.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 300)}`),
            })),
        ),
      )
      .catch((e) => done([{ id: "axe-failed", impact: "critical", help: String(e), nodes: [] }]));
  });
}

async function accessibility() {
  const screens = ["dashboard", "plan", "projects", "activities", "beneficiaries", "finance", "reports", "sync", "organisations", "settings"];
  const found = [];
  for (const screen of screens) {
    await browser.execute((s) => (window.location.hash = `#/${s}`), screen);
    await browser.$("#page-title").waitForDisplayed({ timeoutMsg: `${screen} showed no title` });
    await browser.pause(700); // its data in
    for (const v of await axeViolations()) found.push(`${screen}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(" | ")}`);
  }
  // a project's overview, and the keyboard map over it
  const projects = await browser.execute(() => window.__TAURI_INTERNALS__.invoke("list_projects"));
  await browser.execute((id) => (window.location.hash = `#/projects/${id}`), projects[0].id);
  await browser.$('[data-testid="project-title"]').waitForDisplayed({ timeoutMsg: "the project did not open" });
  await browser.pause(700);
  for (const v of await axeViolations()) found.push(`project: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(" | ")}`);
  await browser.execute(() => document.getElementById("page-title")?.focus());
  await browser.keys("?");
  await browser.$('[data-testid="shortcuts"]').waitForDisplayed({ timeoutMsg: "? showed no keyboard map" });
  await browser.saveScreenshot(path.join(SCREENSHOTS, "keyboard-map.png"));
  for (const v of await axeViolations()) found.push(`keyboard map: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(" | ")}`);
  await browser.keys("Escape");
  await browser.execute(() => (window.location.hash = "#/dashboard"));
  assert.deepEqual(found, [], `axe-core violations:\n${found.join("\n")}`);
}

test("every screen in the seven languages at 1280×800 and 1366×768: nothing scrolls sideways, screenshots kept", noteFailure(everyLanguage));

async function everyLanguage() {
  const langs = ["en", "sq", "bg", "bs", "sr-Cyrl", "sr-Latn", "mk"];
  const screens = ["dashboard", "projects", "activities", "beneficiaries", "finance", "reports", "settings"];
  const switcher = await browser.$('[data-testid="language-switcher"]');
  const wide = [];
  for (const [width, height] of [[1280, 800], [1366, 768]]) {
    await browser.setWindowSize(width, height);
    for (const lang of langs) {
      await switcher.selectByAttribute("value", lang);
      const nav = ftlMessage(lang, "nav-projects");
      await browser.waitUntil(async () => (await browser.$('[data-testid="nav-projects"]').getText()).trim() === nav, {
        timeoutMsg: `the sidebar is not in ${lang}`,
      });
      for (const screen of screens) {
        await browser.execute((s) => (window.location.hash = `#/${s}`), screen);
        await browser.$("#page-title").waitForDisplayed({ timeoutMsg: `${screen} showed no title` });
        await browser.pause(400);
        const over = await browser.execute(() => {
          const main = document.getElementById("main");
          return Math.max(
            document.documentElement.scrollWidth - document.documentElement.clientWidth,
            main ? main.scrollWidth - main.clientWidth : 0,
          );
        });
        if (over > 0) wide.push(`${screen} in ${lang} at ${width}×${height}: ${over} px`);
        await browser.saveScreenshot(path.join(SCREENSHOTS, `${screen}-${lang}-${width}x${height}.png`));
      }
    }
  }
  await browser.setWindowSize(1280, 800);
  await switcher.selectByAttribute("value", "mk");
  await browser.execute(() => (window.location.hash = "#/dashboard"));
  assert.deepEqual(wide, [], `screens that scroll sideways:\n${wide.join("\n")}`);
}

test("a project and its logframe entered by keyboard survive a restart", noteFailure(editing));

/** Type `text` into the field `testid` once it shows (the real keyboard path, through WebDriver). */
async function type(testid, text) {
  const input = await browser.$(`[data-testid="${testid}"]`);
  await input.waitForDisplayed({ timeoutMsg: `${testid} did not appear` });
  await input.click();
  await input.setValue(text);
}

async function editing() {
  const $ = (selector) => browser.$(selector);

  // 1. Projects, Ctrl+N: a new project, typed in and saved with Ctrl+S.
  await browser.keys(["Alt", "3"]);
  await $('[data-testid="project-row"]').waitForDisplayed({ timeoutMsg: "Alt+3 did not open the projects" });
  await browser.keys(["Control", "n"]);
  await $('[data-testid="project-form"]').waitForDisplayed({ timeoutMsg: "Ctrl+N did not open the new-project form" });
  await type("p-code", "E2E-RISE");
  await type("p-title", "Roma youth employment (e2e)");
  await type("p-start", "2026-01-01");
  await type("p-end", "2027-12-31");
  await browser.keys(["Control", "s"]);
  const title = await $('[data-testid="project-title"]');
  await title.waitForDisplayed({ timeoutMsg: "saving the new project did not open it" });
  assert.equal((await title.getText()).trim(), "Roma youth employment (e2e)");

  // 2. The logframe: goal, an objective, a result, an indicator (target 10), each by keyboard.
  const node = async (button, text) => {
    await (await $(button)).click();
    await type("lf-text", text);
    await browser.keys("Enter");
    await browser.waitUntil(async () => !(await $('[data-testid="node-form"]').isExisting()), {
      timeoutMsg: `${text} was not saved`,
    });
  };
  await node('[data-testid="add-goal"]', "Young Roma find decent work");
  await node('[data-testid="add-objective"]', "Skills employers ask for");
  await node('[data-testid="add-result"]', "Vocational courses completed");
  const nodes = await browser.$$('[data-testid="logframe-node"]');
  assert.equal(nodes.length, 3, "goal, objective and result are not all in the outline");
  const result = nodes[2];
  await (await result.$('[data-testid="add-indicator"]')).click();
  await type("ind-text", "Young people completing a course");
  await (await $('[data-testid="ind-target"]')).click();
  await browser.keys(["1", "0"]);
  await browser.keys("Enter");
  const indicator = await $('[data-testid="indicator"]');
  await indicator.waitForDisplayed({ timeoutMsg: "the indicator did not appear" });
  assert.equal(await $('[role="progressbar"]').isExisting(), false, "a progress bar before any measurement");

  // 3. A measurement the core refuses (not a count) is shown at its field; a good one moves the bar.
  await (await indicator.$('[data-testid="add-measurement"]')).click();
  await type("m-date", "2026-06-30");
  await type("m-value", "N/A");
  await browser.keys("Enter");
  const problem = await $('[data-testid="field-problem"]');
  await problem.waitForDisplayed({ timeoutMsg: "the refused value showed no message at its field" });
  assert.match(await problem.getText(), /N\/A/);
  const value = await $('[data-testid="m-value"]');
  await value.click();
  await browser.keys(["Control", "a"]);
  await browser.keys(["4"]);
  await browser.keys("Enter");
  const bar = await $('[role="progressbar"]');
  await bar.waitForExist({ timeoutMsg: "recording a measurement did not move the progress bar" });
  assert.equal(await bar.getAttribute("aria-valuenow"), "40");
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "logframe-edited.png"));

  // 4. Quit and start the app again on the same file: everything is still there.
  const projectUrl = await browser.getUrl();
  await browser.deleteSession();
  browser = null;
  for (let i = 0; i < 100 && appProcesses().length > 0; i++) await sleep(100);
  assert.deepEqual(appProcesses(), [], "the app did not quit when its window closed");
  await openSession();
  await $('[data-testid^="dashboard-card-"]').waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: "the app did not restart" });
  await browser.keys(["Alt", "3"]);
  await $('[data-testid="project-row"]').waitForDisplayed({ timeoutMsg: "no projects after the restart" });
  const rows = await browser.$$('[data-testid="project-row"]');
  const codes = [];
  for (const r of rows) codes.push((await r.$(".code").getText()).trim());
  assert.ok(codes.includes("E2E-RISE"), `the new project is gone after a restart: ${codes.join(", ")}`);
  await browser.url(projectUrl);
  await $('[data-testid="project-title"]').waitForDisplayed({ timeoutMsg: "the project did not open after the restart" });
  assert.equal((await browser.$$('[data-testid="logframe-node"]')).length, 3);
  assert.equal(await $('[role="progressbar"]').getAttribute("aria-valuenow"), "40");
  assert.equal((await $('[data-testid="indicator-actual"]').getText()).trim(), "4");
}

// ---------------------------------------------------------------------------------------------

test("the strategic plan links the project and shows its progress", noteFailure(strategicPlan));

async function strategicPlan() {
  const $ = (selector) => browser.$(selector);
  await browser.keys(["Alt", "2"]);
  await $('[data-testid="plan-form"]').waitForDisplayed({ timeoutMsg: "Alt+2 did not show the empty plan's form" });
  await type("plan-title", "Strategic plan 2026–2028");
  await type("plan-start", "2026-01-01");
  await type("plan-end", "2028-12-31");
  await (await $('[data-testid="plan-save"]')).click();
  await $('[data-testid="plan-heading"]').waitForDisplayed({ timeoutMsg: "the plan was not started" });
  await (await $('[data-testid="add-goal"]')).click();
  await type("plan-item-text", "Young Roma in decent work");
  await browser.keys("Enter");
  await $('[data-testid="plan-goal"]').waitForDisplayed({ timeoutMsg: "the goal was not added" });
  await (await $('[data-testid="add-plan-objective"]')).click();
  await type("plan-item-text", "Skills employers ask for");
  await browser.keys("Enter");
  await $('[data-testid="plan-objective"]').waitForDisplayed({ timeoutMsg: "the objective was not added" });
  const select = await $('[data-testid="link-select"]');
  const options = await select.$$("option");
  let value = "";
  for (const o of options) if ((await o.getText()).startsWith("E2E-RISE")) value = await o.getAttribute("value");
  assert.ok(value !== "", "the project entered before is not offered for linking");
  await select.selectByAttribute("value", value);
  await (await $('[data-testid="link-project"]')).click();
  await $('[data-testid="plan-project"]').waitForDisplayed({ timeoutMsg: "the project was not linked" });
  // the project's one indicator stands at 4 of 10: the objective, the goal and the plan at 40 %
  const overall = await $('[data-testid="plan-progress"] [role="progressbar"]');
  await overall.waitForExist({ timeoutMsg: "the plan shows no progress" });
  assert.equal(await overall.getAttribute("aria-valuenow"), "40");
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "plan.png"));

  // the dashboard shows the plan's progress, and the indicator is behind its pace
  await browser.keys(["Alt", "1"]);
  const dashboardPlan = await $('[data-testid="dashboard-plan"] [role="progressbar"]');
  await dashboardPlan.waitForExist({ timeoutMsg: "the dashboard shows no plan progress" });
  assert.equal(await dashboardPlan.getAttribute("aria-valuenow"), "40");
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "dashboard.png"));
}

// ---------------------------------------------------------------------------------------------

test("the directory, a project's partner and municipality, a risk and a work package", noteFailure(directory));

async function directory() {
  const $ = (selector) => browser.$(selector);
  // 1. Alt+9, the organisations directory; Ctrl+N adds one, Ctrl+S saves it.
  await browser.keys(["Alt", "9"]);
  await $('[data-testid="org-row"]').waitForDisplayed({ timeoutMsg: "Alt+9 did not open the directory" });
  await browser.keys(["Control", "n"]);
  await type("o-name", "ERGO Network");
  await type("o-country", "BE");
  await browser.keys(["Control", "s"]);
  await browser.waitUntil(async () => !(await $('[data-testid="org-form"]').isExisting()), {
    timeoutMsg: "the new organisation was not saved",
  });
  const names = [];
  for (const r of await browser.$$('[data-testid="org-row"]')) names.push(await r.getText());
  assert.ok(names.some((n) => n.includes("ERGO Network")), `ERGO is not in the directory: ${names.join(" | ")}`);
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "organisations.png"));

  // 2. The project entered before: ERGO as partner, Novi Sad typed in Latin without diacritics.
  await browser.keys(["Alt", "3"]);
  await $('[data-testid="project-row"]').waitForDisplayed({ timeoutMsg: "Alt+3 did not open the projects" });
  let link = null;
  for (const r of await browser.$$('[data-testid="project-row"]'))
    if ((await r.$(".code").getText()).trim() === "E2E-RISE") link = await r.$("a");
  assert.ok(link, "the project entered before is not listed");
  await link.click();
  await (await $('[data-testid="edit-project"]')).click();
  const add = await $('[data-testid="p-partner-add"]');
  await add.waitForDisplayed({ timeoutMsg: "the project form has no partner picker" });
  await browser.waitUntil(async () => (await add.getText()).includes("ERGO Network"), {
    timeoutMsg: "ERGO is not offered as a partner",
  });
  await add.selectByVisibleText("ERGO Network");
  await type("p-place", "novi sad");
  await $('[data-testid="p-place-suggestions"]').waitForDisplayed({ timeoutMsg: "no municipality was suggested" });
  await browser.keys("Enter");
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "project-form.png"));
  await browser.keys(["Control", "s"]);
  const places = await $('[data-testid="project-places"]');
  await places.waitForDisplayed({ timeoutMsg: "the saved project shows no municipalities" });
  // the interface is in Macedonian since the first test: the name shows in Cyrillic
  assert.equal((await places.getText()).trim(), "Нови Сад (RS)");

  // 3. A risk on the objective, a work package.
  const objective = (await browser.$$('[data-testid="logframe-node"]'))[1];
  await (await objective.$('[data-testid="add-risk"]')).click();
  await type("lf-text", "Employers stop hiring during the recession");
  await browser.keys("Enter");
  const risk = await $('[data-testid="assumption"]');
  await risk.waitForDisplayed({ timeoutMsg: "the risk was not added" });
  assert.ok((await risk.getText()).includes(ftlMessage("mk", "assumption-kind-risk")), "the risk is not labelled as one");
  // an activity under the result, numbered from it
  const result = (await browser.$$('[data-testid="logframe-node"]'))[2];
  await (await result.$('[data-testid="add-activity"]')).click();
  await type("lf-text", "Job fair with local employers");
  await browser.keys("Enter");
  const activity = await $('[data-testid="activity-number"]');
  await activity.waitForDisplayed({ timeoutMsg: "the activity was not added" });
  assert.equal((await activity.getText()).trim(), "A1.1.1");
  await (await $('[data-testid="add-wp"]')).click();
  await type("wp-title", "Courses and job placement");
  await browser.keys("Enter");
  const wp = await $('[data-testid="work-package"]');
  await wp.waitForDisplayed({ timeoutMsg: "the work package was not added" });
  assert.match(await wp.getText(), /^WP1/);
  assert.ok(await $('[data-testid="sparkline"]').isExisting(), "the measured indicator has no chart");
  await (await $('[data-testid="logframe-node"]')).scrollIntoView();
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "project-risk-chart.png"));
  await wp.scrollIntoView();
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "work-packages.png"));
}

test("a person registered in Cyrillic is found in Latin, erased and gone; a table imported with the mapping step", noteFailure(registry));

async function registry() {
  const $ = (selector) => browser.$(selector);
  // 1. Alt+5, the registry; Ctrl+N registers a person typed in Serbian Cyrillic.
  await browser.keys(["Alt", "5"]);
  await $('[data-testid="people-search"]').waitForDisplayed({ timeoutMsg: "Alt+5 did not open the registry" });
  await $('[data-testid="person-row"]').waitForDisplayed({ timeoutMsg: "the demo's people are not listed" });
  await browser.keys(["Control", "n"]);
  await type("p-first", "Милица");
  await type("p-last", "Ђурђевић");
  await (await $('[data-testid="p-gender"]')).selectByAttribute("value", "female");
  await type("p-year", "1990");
  await (await $('[data-testid="p-country"]')).selectByAttribute("value", "RS");
  await type("p-municipality", "Лесковац");
  await browser.keys(["Control", "s"]);
  await $('[data-testid="person-consent"]').waitForDisplayed({ timeoutMsg: "the registered person's page did not open" });
  // typed in Cyrillic, stored by its list name, shown in the interface's script (Macedonian)
  const place = await (await $('[data-testid="person-municipality"]')).getText();
  assert.equal(place.trim(), "Лесковац (RS)");
  await browser.keys("Escape");

  // 2. Found by typing Latin without diacritics.
  await type("people-search", "milica djurdjevic");
  const found = async () => {
    const texts = [];
    for (const r of await browser.$$('[data-testid="person-row"]')) texts.push(await r.getProperty("textContent"));
    return texts;
  };
  await browser
    .waitUntil(async () => {
      const texts = await found();
      return texts.length === 1 && texts[0].includes("Милица Ђурђевић");
    })
    .catch(async () => assert.fail(`typing Latin did not find the person registered in Cyrillic: ${JSON.stringify(await found())}`));
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "registry-search.png"));
  await browser.keys("Enter");

  // 3. Consent recorded, withdrawn, and the personal data erased (asked first).
  await (await $('[data-testid="record-consent"]')).click();
  await (await $('[data-testid="c-save"]')).click();
  await $('[data-testid="withdraw-consent"]').waitForDisplayed({ timeoutMsg: "the consent was not recorded" });
  await (await $('[data-testid="withdraw-consent"]')).click();
  await (await $('[data-testid="w-save"]')).click();
  const confirm = await $('[data-testid="erase-confirm"]');
  await confirm.waitForDisplayed({ timeoutMsg: "withdrawing consent did not offer erasure" });
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "person-erase.png"));
  await (await $('[data-testid="confirm-erase"]')).click();
  await browser.waitUntil(async () => !(await (await $('[data-testid="person-facts"]')).getText()).includes("1990"), {
    timeoutMsg: "the birth year is still shown after erasure",
  });
  const title = await (await $("h1")).getText();
  assert.ok(!title.includes("Милица"), `the erased name is still the page's title: ${title}`);

  // 4. Gone from search, in either script.
  await browser.keys("Escape");
  await type("people-search", "Ђурђевић");
  await $('[data-testid="people-no-match"]').waitForDisplayed({ timeoutMsg: "the erased person is still found" });

  // 5. A table: a bad one is refused row by row, a good one imported through the mapping step.
  const bad = path.join(tmpDir, "bad.csv");
  writeFileSync(bad, "Шифра;Име;Пол;Година рођења\nE2E-1;Ана;непознат;1990\nE2E-2;Бојан;мушки;2090\n");
  const good = path.join(tmpDir, "people.csv");
  writeFileSync(
    good,
    "Šifra;Ime;Prezime;Pol;Godina rođenja;Opština;Napomena\nE2E-1;Jovana;Stanković;žensko;1988;Niš-Medijana;x\nE2E-2;Бојан;Илић;мушки;1979;Врање;y\n",
  );
  await browser.keys("Escape");
  await (await $('[data-testid="import-people"]')).click();
  const file = await $('[data-testid="i-file"]');
  await file.waitForExist({ timeoutMsg: "the import has no file input" });
  await file.setValue(bad);
  await (await $('[data-testid="i-check"]')).waitForEnabled({ timeoutMsg: "the table was not read" });
  await (await $('[data-testid="i-check"]')).click();
  await $('[data-testid="i-rejected"]').waitForDisplayed({ timeoutMsg: "the bad rows were not reported" });
  const rejected = await browser.$$('[data-testid="i-rejected-row"]');
  assert.equal(rejected.length, 2, "one reason for each bad row");
  assert.ok((await rejected[1].getText()).includes("2090"), await rejected[1].getText());
  // the people are served by the Serbian project (the default is the first active one)
  await (await $('[data-testid="i-project"]')).selectByAttribute("value", "ZAJEDNO");
  await file.setValue(good);
  await browser.waitUntil(async () => (await (await $('[data-testid="i-rows"]')).getText()).includes("2"), {
    timeoutMsg: "the good table was not read",
  });
  // the header's words chose the fields; the note column is left out
  assert.equal(await (await $('[data-testid="i-map-0"]')).getValue(), "code");
  assert.equal(await (await $('[data-testid="i-map-5"]')).getValue(), "municipality");
  await (await $('[data-testid="i-check"]')).click();
  await $('[data-testid="i-ok"]').waitForDisplayed({ timeoutMsg: "the good table did not pass the check" });
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "people-import.png"));
  await (await $('[data-testid="i-run"]')).click();
  await type("people-search", "jovana stankovic");
  await browser.waitUntil(async () => (await browser.$$('[data-testid="person-row"]')).length === 1, {
    timeoutMsg: "the imported person is not found",
  });
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "registry-imported.png"));

  // 6. Registering her again, in Cyrillic: the form shows who she likely is before it saves.
  await browser.keys("Escape");
  await browser.keys(["Control", "n"]);
  await type("p-first", "Јована");
  await type("p-last", "Станковић");
  await (await $('[data-testid="p-gender"]')).selectByAttribute("value", "female");
  await type("p-year", "1988");
  await (await $('[data-testid="p-country"]')).selectByAttribute("value", "RS");
  await browser.keys(["Control", "s"]);
  const likely = await $('[data-testid="p-likely"]');
  await likely.waitForDisplayed({ timeoutMsg: "the likely duplicate was not shown before saving" });
  assert.ok((await likely.getText()).includes("E2E-1"), await likely.getText());
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "person-likely-duplicate.png"));
  await browser.keys("Escape");
}

test("an activity: attendance by keyboard, a head-count and a sheet photo, and the reach follows", noteFailure(activities));

async function activities() {
  const $ = (selector) => browser.$(selector);
  const text = async (testid) => (await (await $(`[data-testid="${testid}"]`)).getProperty("textContent")).trim();
  const number = async (testid) => Number((await text(testid)).replace(/\D/g, ""));

  // 1. Alt+4, the activities of every project; Ctrl+N, a training held today in ZAJEDNO.
  await browser.keys(["Alt", "4"]);
  await $('[data-testid="activity-row"]').waitForDisplayed({ timeoutMsg: "Alt+4 did not list the demo's activities" });
  await browser.keys(["Control", "n"]);
  await $('[data-testid="activity-form"]').waitForDisplayed({ timeoutMsg: "Ctrl+N did not open the activity form" });
  await (await $('[data-testid="a-project"]')).selectByAttribute("data-code", "ZAJEDNO");
  await type("a-title", "Обука за вештини за барање работа");
  // the project's budget lines to link it to are offered
  await $('[data-testid="a-budget-lines"] input').waitForExist({ timeoutMsg: "ZAJEDNO's budget lines are not offered" });
  await (await $('[data-testid="a-budget-lines"] input')).click();
  await (await $('[data-testid="a-status"]')).selectByAttribute("value", "done");
  const today = new Date();
  const dd = (n) => String(n).padStart(2, "0");
  await type("a-actual-start", `${dd(today.getDate())}.${dd(today.getMonth() + 1)}.${today.getFullYear()}`);
  await browser.keys(["Control", "s"]);
  const search = await $('[data-testid="attendance-search"]');
  await search.waitForDisplayed({ timeoutMsg: "the new activity's page did not open" });
  await $('[data-testid="reach-people"]').waitForExist({ timeoutMsg: "the reach figures are not shown" });
  const reached = await number("reach-people");
  const heads = await number("reach-headcount");

  // 2. Attendance by keyboard: type, Enter, and the box is ready for the next person.
  const attendees = async () => (await browser.$$('[data-testid="attendee"]')).length;
  for (const [typed, n] of [["jovana stank", 1], ["Илић", 2]]) {
    await search.click();
    await search.setValue(typed);
    await $('[data-testid="attendance-found"]').waitForDisplayed({ timeoutMsg: `no one found for ${typed}` });
    await browser.keys("Enter");
    await browser.waitUntil(async () => (await attendees()) === n, { timeoutMsg: `Enter did not tick ${typed} as attending` });
  }
  // both were registered for ZAJEDNO but reached by nothing yet: two more people reached
  await browser.waitUntil(async () => (await number("reach-people")) === reached + 2, {
    timeoutMsg: `the reach did not follow the attendance (${reached} → ${await text("reach-people")})`,
  });

  // 3. A head-count of seven women aged 18–29: beside the people, not inside them.
  await (await $('[data-testid="hc-gender"]')).selectByAttribute("value", "female");
  await (await $('[data-testid="hc-band"]')).selectByAttribute("value", "18-29");
  await type("hc-count", "7");
  await (await $('[data-testid="hc-add"]')).click();
  await browser.waitUntil(async () => (await number("reach-headcount")) === heads + 7, {
    timeoutMsg: "the head-count is not in the reach figures",
  });
  assert.equal(await number("reach-people"), reached + 2, "a head-count is never added to the people reached");

  // a food package for everyone who came, in one action (Ctrl+S records it)
  await (await $('[data-testid="serve-attendees"]')).click();
  await $('[data-testid="service-form"]').waitForDisplayed({ timeoutMsg: "no service form for the attendees" });
  assert.ok((await text("s-recipients")).includes("2"), await text("s-recipients"));
  await (await $('[data-testid="s-kind"]')).selectByAttribute("value", "food_package");
  await browser.keys(["Control", "s"]);
  await browser.waitUntil(async () => !(await (await $('[data-testid="service-form"]')).isExisting()), {
    timeoutMsg: "the service was not recorded",
  });
  assert.equal(await number("reach-people"), reached + 2, "a service to people who attended reaches no one new");

  // 4. A photo of the signed sheet: attached, kept by its hash, shown as a thumbnail.
  const photo = path.join(tmpDir, "lista-prisutni.png");
  writeFileSync(photo, Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM4YaOBFTEMpAQAmkY4QXj/pr4AAAAASUVORK5CYII=", "base64"));
  await (await $('[data-testid="attach-input"]')).setValue(photo);
  const thumb = await $('[data-testid="attachment"] img');
  await thumb.waitForDisplayed({ timeoutMsg: "the attached sheet has no thumbnail" });
  await browser.waitUntil(async () => (await thumb.getProperty("naturalWidth")) === 8, { timeoutMsg: "the thumbnail is not the photo" });
  const stored = readdirSync(path.join(tmpDir, "attachments"), { recursive: true });
  assert.ok(stored.some((f) => String(f).length > 60), `the photo is not kept by its hash: ${JSON.stringify(stored)}`);
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "activity-page.png"));

  await (await $('[data-testid="activity-edit"]')).click();
  await $('[data-testid="a-budget-lines"] input:checked').waitForExist({ timeoutMsg: "the linked budget line was not kept" });
  await browser.keys("Escape");

  // 5. Back to the list: the calendar shows it this month, and ZAJEDNO's work plan has it.
  await browser.keys("Escape");
  await (await $('[data-testid="mode-calendar"]')).click();
  // read in one round trip: the chips of a month are many, and a re-render between finding
  // them and reading them one by one would make each read fail
  const shownOnCalendar = () =>
    browser.execute(() => ({
      month: document.querySelector('[data-testid="calendar-month"]')?.textContent ?? null,
      chips: [...document.querySelectorAll('[data-testid="calendar-item"]')].map((c) => c.textContent),
    }));
  let calendar = { month: null, chips: [] };
  await browser.waitUntil(
    async () => {
      calendar = await shownOnCalendar();
      return calendar.chips.some((c) => c.includes("Обука за вештини"));
    },
    { timeoutMsg: "the activity is not on this month's calendar" },
  ).catch((e) => {
    throw new Error(`${e.message}: ${calendar.month} shows ${JSON.stringify(calendar.chips)}`);
  });
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "activities-calendar.png"));
  await (await $('[data-testid="activity-project-filter"]')).selectByAttribute("data-code", "ZAJEDNO");
  await (await $('[data-testid="mode-plan"]')).click();
  await $('[data-testid="plan-row"]').waitForDisplayed({ timeoutMsg: "ZAJEDNO's work plan is empty" });
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "activities-work-plan.png"));

  // 6. The project's overview: who it reached, by gender and age band and by municipality.
  await browser.keys(["Alt", "3"]);
  await $('[data-testid="project-row"]').waitForDisplayed({ timeoutMsg: "Alt+3 did not list the projects" });
  for (const row of await browser.$$('[data-testid="project-row"]')) {
    if ((await row.getProperty("textContent")).includes("ZAJEDNO")) {
      await (await row.$("a")).click();
      break;
    }
  }
  const panel = await $('[data-testid="project-reach"]');
  await panel.waitForExist({ timeoutMsg: "the project's overview has no reach figures" });
  await browser.waitUntil(async () => (await number("reach-period-people")) >= reached + 2, {
    timeoutMsg: "the overview's reach does not count the new attendees",
  });
  await panel.scrollIntoView();
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "project-reach.png"));
}

test("finance: a budget line, three expenses in EUR, ALL and BAM by keyboard, a missing rate named, then budget vs actual and a 25 % warning", noteFailure(finance));

async function finance() {
  const $ = (selector) => browser.$(selector);
  const digits = async (el) => (await el.getProperty("textContent")).replace(/\D/g, "");
  const today = new Date().toISOString().slice(0, 10);
  const [yyyy, mm] = today.split("-");

  // 1. Alt+6, URA-RISE (an EU grant in EUR): heading 4, local office, is within its budget
  await browser.keys(["Alt", "6"]);
  const project = await $('[data-testid="finance-project"]');
  await project.waitForDisplayed({ timeoutMsg: "Alt+6 did not open the finance screen" });
  await project.selectByAttribute("data-code", "URA-RISE");
  await $('[data-testid="budget-table"]').waitForDisplayed({ timeoutMsg: "no budget vs actual for URA-RISE" });
  assert.equal((await browser.$$('[data-testid="finance-warning"][data-heading="4"]')).length, 0, "heading 4 starts within 125 %");
  // the demo is dated around today: what heading 4 has spent so far, from the core itself, so
  // that the first receipt takes it above 125 % of its budget (with the new line's 500,00)
  const rise = (await browser.execute(() => window.__TAURI_INTERNALS__.invoke("list_projects"))).find((p) => p.code === "URA-RISE");
  const bva = await browser.execute(
    (id, from, to) => window.__TAURI_INTERNALS__.invoke("budget_vs_actual", { projectId: id, from, to }),
    rise.id,
    rise.start,
    today,
  );
  const h4 = bva.finance.headings.find((h) => h.heading === "4");
  const budget4 = Number(h4.budget) + 500;
  const others = 2538.07 + 511.29; // 250 000 ALL / 98,50 and 1 000 BAM / 1,95583
  const eur = Math.max(4000, Math.ceil(1.26 * budget4 - Number(h4.spent_cumulative) - others));
  const typedEur = `${eur.toLocaleString("de-DE")},00`;
  const lineSpent = String(Math.round((eur + others) * 100));
  const percent = (Math.round(((Number(h4.spent_cumulative) + eur + others) / budget4) * 1000) / 10).toFixed(1).replace(".", ",");

  // a budget line under it: Ctrl+N, typed, Ctrl+S (the grant funds it, the rest is own)
  await browser.keys(["Control", "n"]);
  await type("bl-heading", "4");
  await type("bl-description", "Генератор за канцеларијата");
  await type("bl-quantity", "1");
  await type("bl-unit-cost", "500,00");
  await browser.keys(["Control", "s"]);
  const line = await $('tr[data-key="l4.6"]');
  await line.waitForDisplayed({ timeoutMsg: "the new budget line 4.6 is not in budget vs actual" });
  assert.equal(await digits(await line.$('[data-col="budget"]')), "50000", "1 × 500,00");

  // 2. Ctrl+2, three receipts by keyboard: the amount has the focus, Enter moves on, the line stays
  await browser.keys(["Control", "2"]);
  const amount = await $('[data-testid="tx-amount"]');
  await amount.waitForDisplayed({ timeoutMsg: "Ctrl+2 did not show the transaction form" });
  const rows = async () => (await browser.$$('[data-testid="tx-row"]')).length;
  const before = await rows();
  for (const [k, [typed, currency]] of [[typedEur, "EUR"], ["250.000", "ALL"], ["1.000", "BAM"]].entries()) {
    await amount.click();
    await amount.setValue(typed);
    await browser.keys("Enter");
    const cur = await $('[data-testid="tx-currency"]');
    assert.ok(await cur.isFocused(), "Enter after the amount moves to the currency");
    await cur.setValue(currency);
    if (k === 0) {
      await (await $('[data-testid="tx-line"]')).selectByAttribute("data-ref", "4.6");
    } else {
      assert.equal(await (await $('[data-testid="tx-line"] option:checked')).getAttribute("data-ref"), "4.6", "the budget line stays for the next receipt");
    }
    await type("tx-payee", "Електро Берат");
    if (k === 0) {
      // the receipt's photo, picked before the receipt is booked
      const receipt = path.join(tmpDir, "faktura-4000.png");
      writeFileSync(receipt, Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM4YaOBFTEMpAQAmkY4QXj/pr4AAAAASUVORK5CYII=", "base64"));
      await (await $('[data-testid="tx-receipt-input"]')).setValue(receipt);
    }
    // Enter on the last field books it
    await (await $('[data-testid="tx-description"]')).click();
    await browser.keys("Enter");
    await browser.waitUntil(async () => (await rows()) === before + k + 1, { timeoutMsg: `the ${currency} expense was not booked` });
    await browser.waitUntil(async () => await amount.isFocused(), { timeoutMsg: "the amount does not take the focus for the next receipt" });
  }
  await $('[data-testid="tx-has-receipt"]').waitForDisplayed({ timeoutMsg: "the booked receipt's photo is not attached" });
  // this month has no rate yet: the ALL row says so, naming the month
  const missing = `${yyyy}-${mm}`;
  await browser.waitUntil(
    async () => {
      for (const cell of await browser.$$('[data-testid="tx-converted"]')) {
        const text = await cell.getProperty("textContent");
        if (text.includes("ALL") && text.includes(missing)) return true;
      }
      return false;
    },
    { timeoutMsg: `no row names the missing ALL rate of ${missing}` },
  );
  await browser.saveScreenshot(path.join(SCREENSHOTS, "finance-missing-rate.png"));

  // 3. Budget vs actual cannot be computed without it: the error names currency and month
  await browser.keys(["Control", "1"]);
  const error = await $('[data-testid="error-message"]');
  await error.waitForDisplayed({ timeoutMsg: "budget vs actual does not say a rate is missing" });
  const said = await error.getProperty("textContent");
  assert.ok(said.includes("ALL") && said.includes(missing), said);
  await (await $('[data-testid="finance-open-rates"]')).click();

  // 4. The rates of this month, EUR → ALL 98,50 and EUR → BAM 1,95583, entered by hand
  await $('[data-testid="rate-form"]').waitForDisplayed({ timeoutMsg: "the rates tab did not open" });
  const listed = async (to, shown) => {
    for (const row of await browser.$$('[data-testid="rate-row"]')) {
      const text = await row.getProperty("textContent");
      if (text.includes(to) && text.includes(shown)) return true;
    }
    return false;
  };
  for (const [to, rate, shown] of [["ALL", "98,50", "98,5"], ["BAM", "1,95583", "1,95583"]]) {
    await type("rate-date", `01.${mm}.${yyyy}`);
    await type("rate-to", to);
    await type("rate-rate", rate);
    await browser.keys(["Control", "s"]);
    await browser.waitUntil(async () => await listed(to, shown), { timeoutMsg: `the ${to} rate was not saved` });
  }

  // 5. Budget vs actual: the EUR receipt + 250 000 / 98,50 = 2 538,07 + 1 000 / 1,95583 = 511,29
  await browser.keys(["Control", "1"]);
  const spent = await $('tr[data-key="l4.6"] [data-col="cumulative"]');
  await spent.waitForDisplayed({ timeoutMsg: "budget vs actual did not come back once the rates were there" });
  await browser.waitUntil(async () => (await digits(spent)) === lineSpent, {
    timeoutMsg: `line 4.6 spent ${await spent.getProperty("textContent")}, not ${lineSpent} cents`,
  });
  // heading 4: what it had spent + line 4.6, of its budget + 500,00 — above 125 %
  const warning = await $('[data-testid="finance-warning"][data-heading="4"]');
  await warning.waitForDisplayed({ timeoutMsg: "no 25 % warning for heading 4" });
  assert.ok((await warning.getProperty("textContent")).includes(percent), `${await warning.getProperty("textContent")} (expected ${percent} %)`);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "finance-budget.png"));
  await browser.keys(["Control", "2"]);
  await $('[data-testid="tx-table"]').waitForDisplayed();
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "finance-transactions.png"));

  // 6. Ctrl+3, the grants: a second donor's grant with its contract rate, typed and saved
  await browser.keys(["Control", "3"]);
  await $('[data-testid="grant-row"]').waitForDisplayed({ timeoutMsg: "Ctrl+3 did not list URA-RISE's grants" });
  const grants = (await browser.$$('[data-testid="grant-row"]')).length;
  await browser.keys(["Control", "n"]);
  await $('[data-testid="grant-form"]').waitForDisplayed({ timeoutMsg: "Ctrl+N did not open the grant form" });
  const donor = await $('[data-testid="g-donor"]');
  const donors = await donor.$$("option");
  await donor.selectByIndex(donors.length - 1);
  await type("g-contract", "2026/CO-17");
  await type("g-amount", "20.000,00");
  await browser.keys(["Control", "s"]);
  await browser.waitUntil(async () => (await browser.$$('[data-testid="grant-row"]')).length === grants + 1, {
    timeoutMsg: "the new grant is not listed",
  });
  await browser.saveScreenshot(path.join(SCREENSHOTS, "finance-grants.png"));
}

test("reports: the EU report of URA-RISE in Albanian from the Reports screen, previewed, then found on disk", noteFailure(reports));

async function reports() {
  const $ = (selector) => browser.$(selector);
  // Alt+7, the project, the template and a language other than the interface's
  await browser.keys(["Alt", "7"]);
  const project = await $('[data-testid="report-project"]');
  await project.waitForDisplayed({ timeoutMsg: "Alt+7 did not open the reports screen" });
  await project.selectByAttribute("data-code", "URA-RISE");
  await $('[data-testid="report-period"] option').waitForExist({ timeoutMsg: "no reporting periods offered" });
  await (await $('[data-testid="report-template-eu"]')).click();
  await (await $('[data-testid="report-lang"]')).selectByAttribute("data-code", "sq");
  // Ctrl+Enter: generated, and its real pages drawn by pdf.js
  await browser.keys(["Control", "Enter"]);
  const preview = await $('[data-testid="report-preview"]');
  await preview.waitForExist({ timeout: 60_000, timeoutMsg: "no preview of the report" });
  await browser.waitUntil(async () => Number(await preview.getAttribute("data-drawn")) >= 2, {
    timeout: 60_000,
    timeoutMsg: "the preview drew fewer than two pages",
  });
  const pages = Number((await (await $('[data-testid="report-pages"]')).getProperty("textContent")).match(/\d+/)?.[0]);
  assert.ok(pages >= 4, `an EU report of ${pages} pages`);
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "report-preview.png"));
  // Ctrl+S: saved, and the file on disk is the report, in Albanian
  await browser.keys(["Control", "s"]);
  const saved = await $('[data-testid="report-saved"]');
  await saved.waitForDisplayed({ timeoutMsg: "Ctrl+S did not save the report" });
  const file = await saved.getAttribute("data-path");
  assert.ok(file.endsWith(".pdf") && existsSync(file), `no report at ${file}`);
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  const { execFileSync } = await import("node:child_process");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  for (const id of ["report-title-eu", "report-s-finance", "report-s-annex"]) {
    const words = ftlMessage("sq", id, "reports.ftl");
    assert.ok(text.includes(words), `the saved report lacks ${JSON.stringify(words)}`);
  }
  assert.ok(text.includes("URA-RISE"));
  rmSync(file, { force: true });

  // the indicator tracking table: the indicators outside the band ask for a note; one typed
  // in its field, Ctrl+Enter from there, and the saved table prints it
  await (await $('[data-testid="report-template-itt"]')).click();
  await (await $('[data-testid="deviation-notes"]')).scrollIntoView();
  const needed = await $('[data-testid="deviation-note"].needed textarea');
  await needed.waitForDisplayed({ timeout: 30_000, timeoutMsg: "no indicator asks for a deviation note" });
  const ref = await (await $('[data-testid="deviation-note"].needed')).getAttribute("data-ref");
  const note = "Dy trajnime u shtynë për në pranverë.";
  await needed.click();
  await needed.setValue(note);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "report-deviation-notes.png"));
  await browser.keys(["Control", "Enter"]);
  await browser.waitUntil(async () => (await (await $('[data-testid="report-pages"]')).getProperty("textContent")).includes("-itt-"), {
    timeout: 60_000,
    timeoutMsg: "no indicator tracking table generated",
  });
  await browser.keys(["Control", "s"]);
  await browser.waitUntil(async () => ((await (await $('[data-testid="report-saved"]')).getAttribute("data-path")) ?? "").includes("-itt-"), {
    timeoutMsg: "Ctrl+S did not save the table",
  });
  const table = await (await $('[data-testid="report-saved"]')).getAttribute("data-path");
  const itt = execFileSync("pdftotext", [table, "-"], { encoding: "utf8" }).split(/\s+/).join(" ");
  assert.ok(itt.includes(note), `the table lacks the note for ${ref}`);
  rmSync(table, { force: true });
}

// ---------------------------------------------------------------------------------------------

test("sync: the app sets up a shared folder, a second laptop joins from the command line with its code, and the app syncs", noteFailure(syncFolder));

async function syncFolder() {
  const $ = (selector) => browser.$(selector);
  const { execFileSync } = await import("node:child_process");
  const cli = path.join(TARGET, "debug/tessera");
  const share = path.join(tmpDir, "share");
  const laptop2 = path.join(tmpDir, "laptop2.db");
  // Alt+8: the Sync screen, not set up yet
  await browser.keys(["Alt", "8"]);
  await type("sync-folder", share);
  await (await $('[data-testid="sync-setup"]')).click();
  const shown = await $('[data-testid="sync-code"]');
  await shown.waitForDisplayed({ timeout: 30_000, timeoutMsg: "setting up sync showed no enrolment code" });
  const code = (await shown.getText()).trim();
  assert.match(code, /^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/, `not an enrolment code: ${code}`);
  assert.ok(existsSync(path.join(share, "tessera-share.json")), "no share layout in the folder");
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "sync-code.png"));
  // another laptop joins with it, then adds a person and syncs
  const run = (args, env = {}) =>
    execFileSync(cli, ["--db", laptop2, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  run(["sync", "join", "--folder", share, "--name", "terrain"], { TESSERA_ENROL_CODE: code });
  assert.ok(run(["list", "projects", "--json"]).includes("URA-RISE"), "the joined laptop lacks the app's projects");
  const csv = path.join(tmpDir, "sync-people.csv");
  writeFileSync(csv, "code,first_name,gender\nSYNC-E2E-1,Ardita,female\n");
  run(["import", "beneficiaries", csv, "--project", "URA-RISE"]);
  run(["sync"]);
  // Ctrl+Enter in the app: the person arrives, both laptops are listed
  await browser.keys(["Control", "Enter"]);
  await browser.waitUntil(
    async () => (await $$count('[data-testid="sync-device"]')) === 2,
    { timeout: 30_000, timeoutMsg: "after syncing the app does not list the second laptop" },
  );
  const page = await browser.execute(() =>
    window.__TAURI_INTERNALS__.invoke("registry_page", { typed: "SYNC-E2E-1", offset: 0, limit: 5 }),
  );
  assert.equal(page.total, 1, `the person from the other laptop did not arrive: ${JSON.stringify(page).slice(0, 300)}`);
  const badge = await (await $('[data-testid="sync-badge"]')).getText();
  assert.ok(!badge.includes(ftlMessage("mk", "sync-badge-not-set-up")), `the badge still says not set up: ${badge}`);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "sync-devices.png"));
  // the second laptop is lost: revoked (asked first), and a new key and code for the others
  await (await $('[data-testid="revoke"]')).click();
  await (await $('[data-testid="confirm-revoke"]')).click();
  await browser.waitUntil(async () => (await (await $('[data-testid="sync-code"]')).getText()).trim() !== code, {
    timeout: 30_000,
    timeoutMsg: "revoking showed no new enrolment code",
  });
  const rows = await (await $('[data-testid="sync-devices"]')).getText();
  assert.ok(rows.includes(ftlMessage("mk", "sync-device-revoked")), `the lost laptop is not shown revoked: ${rows}`);
  const grants = readdirSync(path.join(share, "devices")).flatMap((d) =>
    readdirSync(path.join(share, "devices", d)).filter((f) => f.endsWith(".grant")),
  );
  assert.equal(grants.length, 1, `one grant of the new key in the share: ${grants}`);
}

async function $$count(selector) {
  return (await browser.$$(selector)).length;
}

// ---------------------------------------------------------------------------------------------

test("backups: a folder chosen in Settings, a backup made, a later change undone by restoring it, the old database kept, the check, then a passphrase", noteFailure(backups));

async function backups() {
  const $ = (selector) => browser.$(selector);
  const { execFileSync } = await import("node:child_process");
  const cli = path.join(TARGET, "debug/tessera");
  const folder = path.join(tmpDir, "usb", "Tessera");
  // Alt+0: Settings; the folder, kept with Ctrl+S (made when missing)
  await browser.keys(["Alt", "0"]);
  await type("s-backup-folder", folder);
  await browser.keys(["Control", "s"]);
  const now = await $('[data-testid="backup-now"]');
  await browser.waitUntil(async () => await now.isEnabled(), { timeoutMsg: "saving the folder did not enable Back up now" });
  assert.ok(existsSync(folder), "the backup folder was not made");
  await now.click();
  await (await $('[data-testid="backup-row"]')).waitForExist({ timeout: 60_000, timeoutMsg: "no backup listed after Back up now" });
  const files = readdirSync(folder).filter((f) => f.endsWith(".tbak"));
  assert.equal(files.length, 1, `one backup in the folder: ${files}`);
  const head = readFileSync(path.join(folder, files[0])).subarray(0, 22).toString("latin1");
  assert.ok(head.startsWith("age-encryption.org/v1") || head.startsWith("\x28\xb5\x2f\xfd"), `not a backup: ${JSON.stringify(head)}`);
  // a change after the backup (from the command line, as another program would)
  const csv = path.join(tmpDir, "after-backup.csv");
  writeFileSync(csv, "code,first_name,gender\nAFTER-BACKUP-1,Drita,female\n");
  execFileSync(cli, ["--db", dbPath, "import", "beneficiaries", csv, "--project", "URA-RISE"]);
  const found = async () =>
    (await browser.execute(() => window.__TAURI_INTERNALS__.invoke("registry_page", { typed: "AFTER-BACKUP-1", offset: 0, limit: 5 }))).total;
  assert.equal(await found(), 1, "the change after the backup is not there");
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "settings-backups.png"));
  // restore it: asked first, then the change is gone and the replaced database kept beside
  await (await $('[data-testid="backup-restore"]')).click();
  const confirm = await $('[data-testid="restore-confirm"]');
  await confirm.waitForDisplayed({ timeoutMsg: "Restore did not ask first" });
  await confirm.scrollIntoView();
  await browser.pause(200);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "settings-restore-confirm.png"));
  await (await $('[data-testid="restore-confirm-do"]')).click();
  await browser.waitUntil(async () => (await found()) === 0, {
    timeout: 60_000,
    timeoutMsg: "after the restore the change made after the backup is still there",
  });
  const kept = readdirSync(path.dirname(dbPath)).filter((f) => f.startsWith(`${path.basename(dbPath)}.before-restore-`));
  assert.ok(kept.length >= 1, `the replaced database is not kept: ${readdirSync(path.dirname(dbPath))}`);
  // the data is all there, and the check passes
  const projects = await browser.execute(() => window.__TAURI_INTERNALS__.invoke("list_projects"));
  assert.ok(projects.some((p) => p.code === "URA-RISE"), "the restored database lacks URA-RISE");
  await (await $('[data-testid="check-now"]')).click();
  const result = await $('[data-testid="check-result"]');
  await result.waitForDisplayed({ timeout: 60_000, timeoutMsg: "the check showed no result" });
  assert.ok(!(await result.getAttribute("class")).includes("bad"), `the check failed: ${await result.getText()}`);
  await result.scrollIntoView();
  await browser.pause(300);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "settings-check.png"));
  // a passphrase for the database that had none, typed twice (Ctrl+S): the file is encrypted
  const secret = "Ohrid-Prespa 2026";
  await type("s-pass-new", secret);
  await type("s-pass-repeat", secret);
  await browser.keys(["Control", "s"]);
  const encryption = await $('[data-testid="settings-db-encryption"]');
  await browser.waitUntil(async () => (await encryption.getText()) === ftlMessage("mk", "settings-db-encrypted-yes"), {
    timeout: 60_000,
    timeoutMsg: "the database is not shown encrypted after its passphrase was set",
  });
  assert.notEqual(readFileSync(dbPath).subarray(0, 15).toString("latin1"), "SQLite format 3", "the file is still plain");
  const list = (env) => execFileSync(cli, ["--db", dbPath, "list", "projects", "--json"], { encoding: "utf8", env: { ...process.env, ...env } });
  assert.throws(() => list({ TESSERA_PASSPHRASE: "" }), "the encrypted database opened without its passphrase");
  assert.ok(list({ TESSERA_PASSPHRASE: secret }).includes("URA-RISE"), "the passphrase does not open the database");
  // the app goes on with it
  const still = await browser.execute(() => window.__TAURI_INTERNALS__.invoke("list_projects"));
  assert.ok(still.some((p) => p.code === "URA-RISE"), "the app lost its database after the passphrase change");
}

// ---------------------------------------------------------------------------------------------

test("the app killed (SIGKILL) while it writes: the database opens, passes its check, and every person is whole", noteFailure(killedWhileWriting));

async function killedWhileWriting() {
  const { execFileSync } = await import("node:child_process");
  const cli = path.join(TARGET, "debug/tessera");
  // the database has a passphrase since the backups test
  const env = { ...process.env, TESSERA_PASSPHRASE: "Ohrid-Prespa 2026" };
  const people = () =>
    JSON.parse(execFileSync(cli, ["--db", dbPath, "list", "beneficiaries", "--json"], { encoding: "utf8", env })).length;
  const input = { first_name: "Kill", last_name: "Test", gender: "female", birth_year: 1990, country: "AL", municipality: null, settlement: null };
  // one registered and awaited (the form is right), then one after another, each its own
  // write, not awaited: the app is killed among them
  await browser.execute((input) => window.__TAURI_INTERNALS__.invoke("create_person", { input }), input);
  const before = people();
  await browser.execute((input) => {
    void (async () => {
      for (let i = 0; i < 2000; i++) await window.__TAURI_INTERNALS__.invoke("create_person", { input });
    })();
  }, input);
  await sleep(300 + Math.floor(Math.random() * 700));
  const pids = appProcesses();
  assert.ok(pids.length > 0, "no app process to kill");
  for (const pid of pids) kill(pid, "SIGKILL");
  await sleep(500);
  browser = null; // its app is gone; after() stops the driver
  const check = execFileSync(cli, ["--db", dbPath, "--lang", "en", "check"], { encoding: "utf8", env });
  assert.ok(check.includes("The change log agrees with the tables"), `the check after the kill: ${check}`);
  const after = people();
  assert.ok(after > before && after < before + 2000, `${after - before} of 2000 people written before the kill (killed too late or too early?)`);
  console.log(`# killed after ${after - before} of 2000 people; the database passed its check`);
}

// ---------------------------------------------------------------------------------------------

test("first run: a fresh data folder, the welcome screen in every language, our organisation created in Albanian with a passphrase and a logo, a restart, unlock, and the empty dashboard's first step", noteFailure(firstRun));

async function firstRun() {
  const $ = (selector) => browser.$(selector);
  const LANGS = ["en", "sq", "bg", "bs", "sr-Cyrl", "sr-Latn", "mk"];
  // the last test killed the app: its driver session goes too, and everything starts again
  // on a fresh data folder
  await stopEverything();
  rmSync(tmpDir, { recursive: true, force: true });
  await startApp();
  const welcome = await $('[data-testid="welcome-screen"]');
  await welcome.waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: "a fresh data folder showed no welcome screen" });

  // every language, at the two common laptop sizes: nothing cut off, no horizontal scrolling
  const switcher = await $('[data-testid="language-switcher"]');
  for (const [width, height] of [[1280, 800], [1366, 768]]) {
    await browser.setWindowSize(width, height);
    await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) <= width, {
      timeoutMsg: `the window did not take ${width}×${height}`,
    });
    for (const lang of LANGS) {
      await switcher.selectByAttribute("value", lang);
      const title = await $("#welcome-title");
      await browser.waitUntil(async () => (await title.getText()).trim() === ftlMessage(lang, "welcome-title"), {
        timeoutMsg: `the welcome screen is not in ${lang}`,
      });
      const overflow = await browser.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the welcome screen scrolls sideways in ${lang} at ${width}×${height} (${overflow} px)`);
      await browser.saveScreenshot(path.join(SCREENSHOTS, `welcome-${lang}-${width}x${height}.png`));
    }
  }
  await browser.setWindowSize(1280, 800);

  // join: a colleague's laptop (the command line) set up a shared folder; the app joins it
  // with the code it printed, this laptop without a passphrase of its own
  const { execFileSync } = await import("node:child_process");
  const cli = path.join(TARGET, "debug/tessera");
  const colleague = path.join(tmpDir, "colleague");
  mkdirSync(colleague);
  const share = path.join(colleague, "share");
  const run = (args) => execFileSync(cli, ["--db", path.join(colleague, "org.db"), "--lang", "en", ...args], { encoding: "utf8" });
  run(["demo"]);
  const code = run(["sync", "setup", "--folder", share]).trim().split("\n").pop().trim();
  assert.match(code, /^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/, `sync setup printed no enrolment code last: ${code}`);
  await (await $('[data-testid="welcome-join"]')).click();
  await type("w-code", code);
  await type("sync-folder", share);
  await (await $('[data-testid="w-encrypt"]')).click();
  await browser.saveScreenshot(path.join(SCREENSHOTS, "welcome-join.png"));
  await browser.keys(["Control", "s"]);
  await $('[data-testid^="dashboard-card-"]').waitForDisplayed({ timeout: 60_000, timeoutMsg: "joining showed no dashboard" });
  const joined = await browser.execute(() => window.__TAURI_INTERNALS__.invoke("list_projects"));
  assert.ok(joined.some((p) => p.code === "URA-RISE"), "the joined laptop lacks the colleague's projects");
  assert.equal(await $('[data-testid="demo-banner"]').isExisting(), false, "a joined organisation is marked as the demo");
  const status = await browser.execute(() => window.__TAURI_INTERNALS__.invoke("sync_status"));
  assert.equal(status.set_up, true, "the joined laptop does not sync");

  // that laptop's data goes: the first run once more
  await browser.deleteSession();
  browser = null;
  for (let i = 0; i < 100 && appProcesses().length > 0; i++) await sleep(100);
  for (const f of readdirSync(tmpDir)) if (f !== "colleague") rmSync(path.join(tmpDir, f), { recursive: true, force: true });
  await openSession();
  await $('[data-testid="welcome-screen"]').waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: "no welcome screen after the database went" });

  // Albanian; create our organisation: the country and currency follow the language
  await (await $('[data-testid="language-switcher"]')).selectByAttribute("value", "sq");
  await (await $('[data-testid="welcome-create"]')).click();
  await type("w-name", "Roma Active Albania");
  await type("w-short", "RAA");
  assert.equal(await $('[data-testid="w-country"]').getValue(), "AL");
  assert.equal(await $('[data-testid="w-currency"]').getValue(), "ALL");
  assert.equal(await $('[data-testid="w-encrypt"]').isSelected(), true, "encryption is not on by default");
  // the logo: the app's own icon, as a file chosen in the picker
  const png = readFileSync(path.join(ROOT, "src-tauri/icons/128x128.png")).toString("base64");
  await browser.execute((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const input = document.querySelector('[data-testid="w-logo"]');
    const files = new DataTransfer();
    files.items.add(new File([bytes], "logo.png", { type: "image/png" }));
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, png);
  await $('[data-testid="w-logo-preview"]').waitForDisplayed({ timeoutMsg: "the chosen logo is not shown" });
  const secret = "Korça e bukur 2026";
  // a passphrase too short is named at its field, and nothing is created
  await type("w-pass", "short");
  await browser.keys(["Control", "s"]);
  await $('[data-testid="welcome-summary"]').waitForDisplayed({ timeoutMsg: "a short passphrase was not refused" });
  assert.equal(existsSync(dbPath), false, "a refused form made a database");
  await $('[data-testid="w-pass"]').setValue(secret);
  await type("w-repeat", secret);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "welcome-create-sq.png"));
  await browser.keys(["Control", "s"]);
  const start = await $('[data-testid="dashboard-start"]');
  await start.waitForDisplayed({ timeout: 60_000, timeoutMsg: "the new organisation's dashboard showed no first step" });
  assert.equal((await $('[data-testid="org-name"]').getProperty("textContent")).trim(), "Roma Active Albania");
  assert.notEqual(readFileSync(dbPath).subarray(0, 15).toString("latin1"), "SQLite format 3", "the new database is not encrypted");
  await browser.saveScreenshot(path.join(SCREENSHOTS, "first-run-dashboard-sq.png"));

  // restart: the unlock screen, in Albanian (the language is remembered outside the locked file)
  await browser.deleteSession();
  browser = null;
  for (let i = 0; i < 100 && appProcesses().length > 0; i++) await sleep(100);
  await openSession();
  await $('[data-testid="unlock-screen"]').waitForDisplayed({ timeout: STARTUP_TIMEOUT, timeoutMsg: "the encrypted database did not ask for its passphrase" });
  assert.equal((await $("#unlock-title").getText()).trim(), ftlMessage("sq", "unlock-title"));
  await type("passphrase", secret);
  await browser.keys("Enter");
  const again = await $('[data-testid="dashboard-start"]');
  await again.waitForDisplayed({ timeout: 60_000, timeoutMsg: "after unlocking, the dashboard showed no first step" });
  assert.equal((await $("h2=" + ftlMessage("sq", "dashboard-start-title")).isDisplayed()), true);
  await browser.saveScreenshot(path.join(SCREENSHOTS, "first-run-unlocked-sq.png"));
  // its step opens the new project's form
  await again.click();
  await $('[data-testid="project-form"]').waitForDisplayed({ timeoutMsg: "the first step did not open the project form" });
  // the profile and the logo are in Settings
  await browser.keys(["Alt", "0"]);
  await $('[data-testid="s-org-logo-preview"]').waitForDisplayed({ timeoutMsg: "Settings shows no logo" });
  assert.equal(await $('[data-testid="s-org-short"]').getValue(), "RAA");
}
