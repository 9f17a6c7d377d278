// Test helper: answer the mocked `invoke` of `@tauri-apps/api/core` with the demo backend.
// Each test file declares `vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }))`.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { vi } from "vitest";
import { demoBackend, type DemoBackend } from "../demo/backend";
import { setUiLanguage } from "../lib/i18n";
import { notices } from "../lib/notices.svelte";
import { sync } from "../lib/sync/sync.svelte";
import { backups, health } from "../lib/settings/backup.svelte";
import { session } from "../lib/session.svelte";

function record(args: InvokeArgs | undefined): Record<string, unknown> | undefined {
  if (args === undefined || Array.isArray(args) || args instanceof ArrayBuffer || args instanceof Uint8Array) {
    return undefined;
  }
  return args;
}

export function useDemoBackend(
  options: Parameters<typeof demoBackend>[0] = {},
  override?: (cmd: string, args: Record<string, unknown> | undefined) => Promise<unknown> | undefined,
): DemoBackend {
  const backend = demoBackend(options);
  const fake = (cmd: string, args?: InvokeArgs): Promise<unknown> => {
    const custom = override?.(cmd, record(args));
    return custom ?? backend.handle(cmd, record(args));
  };
  vi.mocked(invoke).mockImplementation(fake as typeof invoke);
  return backend;
}

/** Start every test on a known screen, in English. */
export function resetApp(hash = "#/dashboard"): void {
  setUiLanguage("en");
  notices.list = [];
  Object.assign(sync, { view: null, busy: false, error: null, last: null });
  Object.assign(backups, { view: null, busy: false, progress: null });
  health.damaged = null;
  session.pendingLang = null;
  window.location.hash = hash;
}
