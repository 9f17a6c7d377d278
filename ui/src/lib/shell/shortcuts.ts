// The keyboard map `?` shows: the keys of every screen, then those of the screen on show —
// each a key combination (as `aria-keyshortcuts` writes it) and the message that says what
// it does. A screen's keys are listed here where its handler lives: keep the two together.

import type { Screen } from "../router.svelte";

export type Shortcut = { keys: string[]; does: string };

export const EVERYWHERE: Shortcut[] = [
  { keys: ["Control+K"], does: "keys-palette" },
  { keys: ["Alt+1", "…", "Alt+9", "Alt+0"], does: "keys-screens" },
  { keys: ["/"], does: "keys-search" },
  { keys: ["Control+S"], does: "keys-save" },
  { keys: ["Escape"], does: "keys-cancel" },
  { keys: ["Control+Z"], does: "keys-undo" },
  { keys: ["?"], does: "keys-help" },
];

const LIST: Shortcut[] = [
  { keys: ["ArrowDown", "ArrowUp"], does: "keys-list-move" },
  { keys: ["Enter"], does: "keys-list-open" },
];

export const ON_SCREEN: Record<Screen, Shortcut[]> = {
  dashboard: [],
  plan: [],
  projects: [{ keys: ["Control+N"], does: "keys-new-project" }, ...LIST],
  activities: [
    { keys: ["Control+N"], does: "keys-new-activity" },
    ...LIST,
    { keys: ["PageUp", "PageDown"], does: "keys-calendar-month" },
  ],
  beneficiaries: [{ keys: ["Control+N"], does: "keys-new-person" }, ...LIST, { keys: ["Home", "End"], does: "keys-list-ends" }],
  finance: [
    { keys: ["Control+1", "…", "Control+5"], does: "keys-finance-tabs" },
    { keys: ["Control+N"], does: "keys-new-item" },
    { keys: ["Enter"], does: "keys-next-field" },
  ],
  reports: [{ keys: ["Control+Enter"], does: "keys-generate" }],
  sync: [{ keys: ["Control+Enter"], does: "keys-sync-now" }],
  organisations: [{ keys: ["Control+N"], does: "keys-new-organisation" }],
  settings: [],
};

/** A project's overview: its logframe edited in place. */
export const ON_PROJECT: Shortcut[] = [
  { keys: ["F2"], does: "keys-rename" },
  { keys: ["Alt+ArrowUp", "Alt+ArrowDown"], does: "keys-move" },
  { keys: ["Delete"], does: "keys-delete" },
  { keys: ["Escape"], does: "keys-back-to-projects" },
];
