// Cold start of the release app to the first screen showing data (the dashboard's figures),
// and its idle memory with its WebKit processes (PSS summed over the app's process tree).
// Prints figures; asserts nothing about time. Run by bench/run under Xvfb.
//
// Environment: TESSERA_APP_BINARY (the release app), TESSERA_DB (an existing demo database),
// TAURI_DRIVER, NATIVE_DRIVER as in scripts/e2e.

import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import net from "node:net";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { remote } = require("webdriverio");

const APP = process.env.TESSERA_APP_BINARY;
const DRIVER = process.env.TAURI_DRIVER || path.join(os.homedir(), ".cache/tessera/tools/bin/tauri-driver");
const NATIVE = process.env.NATIVE_DRIVER || "/usr/bin/WebKitWebDriver";
const PORT = 4544;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function listening(port) {
  for (let i = 0; i < 150; i++) {
    const ok = await new Promise((resolve) => {
      const s = net.connect({ port, host: "127.0.0.1" });
      s.once("connect", () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error("tauri-driver did not start");
}

function children() {
  const map = new Map();
  for (const e of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(Number(e), { ppid, comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) });
    } catch {}
  }
  return map;
}

function pssKiB(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const driver = spawn(DRIVER, ["--port", String(PORT), "--native-port", String(PORT + 1), "--native-driver", NATIVE], {
  detached: true,
  stdio: "ignore",
  env: process.env,
});
let browser = null;
try {
  await listening(PORT);
  const t0 = performance.now();
  browser = await remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "warn",
    connectionRetryTimeout: 90_000,
    capabilities: { "tauri:options": { application: APP }, "wdio:enforceWebDriverClassic": true },
  });
  const card = await browser.$('[data-testid^="dashboard-card-"]');
  await card.waitForDisplayed({ timeout: 60_000 });
  await browser.waitUntil(async () => /\d/.test(await card.getText()), { timeout: 30_000 });
  const coldMs = performance.now() - t0;
  console.log(`cold start to the dashboard's figures (release, via WebDriver): ${Math.round(coldMs)} ms`);
  await sleep(8_000);
  const procs = children();
  const app = [...procs.entries()].find(([, p]) => p.comm.startsWith("tessera-app"));
  if (!app) throw new Error("the app process was not found");
  const tree = [app[0]];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, p] of procs) if (p.ppid === tree[i]) tree.push(pid);
  }
  let total = 0;
  for (const pid of tree) {
    const kib = pssKiB(pid);
    total += kib;
    console.log(`  ${procs.get(pid).comm.padEnd(18)} ${(kib / 1024).toFixed(1).padStart(7)} MiB PSS`);
  }
  console.log(`idle memory, app + WebKit processes: ${(total / 1024).toFixed(1)} MiB PSS`);
} finally {
  if (browser) await Promise.race([browser.deleteSession().catch(() => {}), sleep(10_000)]);
  try {
    process.kill(-driver.pid, "SIGKILL");
  } catch {}
}
