import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";

async function boot(): Promise<void> {
  // In a plain browser (`npm run dev` without the Tauri shell) there is no backend:
  // answer the IPC with the demo data set, so every screen can be looked at.
  if (import.meta.env.DEV && !("__TAURI_INTERNALS__" in window)) {
    const { installDemoBackend } = await import("./demo/install");
    installDemoBackend();
  }
  const target = document.getElementById("app");
  if (!target) throw new Error("#app is missing from index.html");
  mount(App, { target });
}

void boot();
