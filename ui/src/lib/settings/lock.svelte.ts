// Locking an encrypted database after a while with no key, click or scroll (Settings →
// Database: never, 5, 15, 30 or 60 minutes; 15 unless set): the frame runs the watch
// (`startIdleLock`) once the database is open; locking closes it until the passphrase.

import { api } from "../api";
import { notifyError } from "../notices.svelte";
import { session } from "../session.svelte";

export const LOCK_CHOICES = [0, 5, 15, 30, 60] as const;

export const idleLock = $state<{ minutes: number }>({ minutes: 15 });

/** Lock now: the unlock screen follows (a database without a passphrase stays open). */
export async function lockNow(): Promise<void> {
  try {
    if (await api.lockNow()) {
      session.info = null;
      session.phase = "locked";
    }
  } catch (e) {
    notifyError(e);
  }
}

/** Watch for activity; after `idleLock.minutes` of none, lock. Returns the stop. */
export function startIdleLock(checkEveryMs = 15_000): () => void {
  let last = Date.now();
  const seen = () => (last = Date.now());
  const events = ["keydown", "pointerdown", "pointermove", "wheel"] as const;
  for (const e of events) window.addEventListener(e, seen, { passive: true });
  void api
    .lockAfter()
    .then((m) => (idleLock.minutes = m))
    .catch(() => {});
  const timer = setInterval(() => {
    const minutes = idleLock.minutes;
    if (minutes > 0 && session.info?.encrypted && Date.now() - last >= minutes * 60_000) void lockNow();
  }, checkEveryMs);
  return () => {
    clearInterval(timer);
    for (const e of events) window.removeEventListener(e, seen);
  };
}
