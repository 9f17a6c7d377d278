// The startup mark: once the first screen showing data has been painted, the shell is told
// (once per run), so the startup benchmark measures what a person sees, not a guess.

import { api } from "./api";

let told = false;

/** Call when a screen's data is on the page: the shell hears of it after the next frame. */
export function firstScreenShown(): void {
  if (told) return;
  told = true;
  // the frame after next: the first one has been painted by then
  requestAnimationFrame(() => requestAnimationFrame(() => void api.firstScreenShown().catch(() => {})));
}
