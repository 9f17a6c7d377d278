// `npm run dev` in a plain browser: answer the Tauri IPC with the demo backend.
// `?locked` starts with a locked database (passphrase: "tessera"), `?lang=bs` another language.

import type { InvokeArgs } from "@tauri-apps/api/core";
import { mockIPC } from "@tauri-apps/api/mocks";
import { demoBackend } from "./backend";

function record(args: InvokeArgs | undefined): Record<string, unknown> | undefined {
  if (args === undefined || Array.isArray(args) || args instanceof ArrayBuffer || args instanceof Uint8Array) {
    return undefined;
  }
  return args;
}

export function installDemoBackend(): void {
  const params = new URLSearchParams(location.search);
  const backend = demoBackend({ locked: params.has("locked"), firstRun: params.has("welcome"), lang: params.get("lang") ?? undefined });
  mockIPC((cmd, payload) => backend.handle(cmd, record(payload)));
  console.info("[tessera] no Tauri backend: using the demo data set");
}
