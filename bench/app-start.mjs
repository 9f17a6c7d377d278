// Cold start of the release app to the first screen showing data (the dashboard's figures
// painted: the UI tells the shell, which with TESSERA_TRACE_STARTUP prints one line), and its
// idle memory with its WebKit processes (PSS summed over the app's process tree). The app is
// started as a person starts it — no WebDriver in between — several times; the first run is
// the one after the database was made, the others find the page cache warm.
// Prints figures; asserts nothing about time. Run by bench/run under Xvfb.
//
// Environment: TESSERA_APP_BINARY (the release app), TESSERA_DB (an existing demo database),
// TESSERA_START_RUNS (default 5).

import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const APP = process.env.TESSERA_APP_BINARY;
const RUNS = Number(process.env.TESSERA_START_RUNS || 5);
const IDLE_MS = 8_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function processes() {
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

/** The app's process and every process under it, with their PSS. */
function tree(root) {
  const procs = processes();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) for (const [pid, p] of procs) if (p.ppid === pids[i]) pids.push(pid);
  return pids.map((pid) => ({ comm: procs.get(pid)?.comm ?? "?", kib: pssKiB(pid) }));
}

async function once() {
  const t0 = performance.now();
  const app = spawn(APP, [], { env: { ...process.env, TESSERA_TRACE_STARTUP: "1" }, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  const shown = new Promise((resolve, reject) => {
    app.stderr.on("data", (chunk) => {
      log += chunk;
      const m = /first screen with data (\d+) ms after start/.exec(log);
      if (m) resolve({ outside: performance.now() - t0, inside: Number(m[1]) });
    });
    app.once("exit", (code) => reject(new Error(`the app exited (${code}) before its first screen:\n${log}`)));
    setTimeout(() => reject(new Error(`no first screen within 60 s:\n${log}`)), 60_000);
  });
  try {
    const start = await shown;
    await sleep(IDLE_MS);
    const memory = tree(app.pid);
    return { ...start, memory, total: memory.reduce((s, p) => s + p.kib, 0) };
  } finally {
    app.kill("SIGTERM");
    await Promise.race([new Promise((r) => app.once("exit", r)), sleep(5_000)]);
    app.kill("SIGKILL");
  }
}

const runs = [];
for (let i = 0; i < RUNS; i++) {
  const r = await once();
  runs.push(r);
  console.log(
    `run ${i + 1}: first screen with data ${Math.round(r.outside)} ms after the start (${r.inside} ms inside the app); ` +
      `idle ${(r.total / 1024).toFixed(1)} MiB PSS (${r.memory.map((p) => `${p.comm} ${(p.kib / 1024).toFixed(0)}`).join(", ")})`,
  );
  await sleep(1_000);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const later = runs.length > 1 ? runs.slice(1) : runs;
console.log(`cold start to the dashboard's figures (release, median of runs 2-${runs.length}): ${Math.round(median(later.map((r) => r.outside)))} ms (target 1000)`);
console.log(
  `idle memory, app + WebKit processes (median): ${(median(runs.map((r) => r.total)) / 1024).toFixed(1)} MiB PSS (target 300)`,
);
