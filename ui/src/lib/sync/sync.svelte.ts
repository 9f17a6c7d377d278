// Sync as the whole app sees it (the top bar's badge, the Sync screen): the state the shell
// reports, "sync now" with its progress, and the timer — at start and every few minutes
// while this laptop syncs and its share may be reached. The exit's sync is the shell's.

import { api, type SyncDone, type SyncView } from "../api";

/** Minutes between automatic syncs while the folder is reachable. */
export const SYNC_EVERY_MINUTES = 5;

export const sync = $state<{
  view: SyncView | null;
  busy: boolean;
  error: unknown;
  last: SyncDone | null;
  /** Bundles applied of those waiting, while a sync runs. */
  progress: { done: number; total: number } | null;
}>({
  view: null,
  busy: false,
  error: null,
  last: null,
  progress: null,
});

export async function refreshSync(): Promise<void> {
  try {
    sync.view = await api.syncStatus();
    sync.error = null;
  } catch (e) {
    sync.error = e;
  }
}

/** Sync now (one at a time); the result, or null when one was already running or it failed. */
export async function syncNow(): Promise<SyncDone | null> {
  if (sync.busy) return null;
  sync.busy = true;
  sync.progress = null;
  const stop = await api.onSyncProgress((p) => (sync.progress = p));
  try {
    const done = await api.syncNow();
    sync.last = done;
    sync.view = done.view;
    sync.error = null;
    return done;
  } catch (e) {
    sync.error = e;
    await refreshSync();
    return null;
  } finally {
    stop();
    sync.busy = false;
    sync.progress = null;
  }
}

/** What the timer does each time: sync when this laptop syncs and the folder is there. */
export async function tick(): Promise<void> {
  await refreshSync();
  if (sync.view?.set_up && sync.view.reachable) await syncNow();
}

/** Start the timer (the first tick at once); returns its stop. */
export function startSyncTimer(every = SYNC_EVERY_MINUTES * 60_000): () => void {
  void tick();
  const timer = setInterval(() => void tick(), every);
  return () => clearInterval(timer);
}
