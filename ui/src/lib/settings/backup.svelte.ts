// Backups as the whole app sees them (the Settings screen's section, the automatic backup):
// this laptop's settings and the backups in its folder, "back up now" with its progress, the
// timer that makes the automatic backup when one is due — at start and every hour — and the
// quick check of the database at start (a damaged one shows the way out in the frame).

import { api, type BackupDone, type BackupView, type DatabaseCheck } from "../api";
import { fmt, t } from "../i18n";
import { notifyDone, notifyError } from "../notices.svelte";

/** Minutes between asking whether an automatic backup is due. */
export const BACKUP_CHECK_MINUTES = 60;

export const backups = $state<{
  view: BackupView | null;
  busy: boolean;
  /** Bytes written of the total, while a backup or a restore runs. */
  progress: { done: number; total: number } | null;
}>({ view: null, busy: false, progress: null });

/** The quick check at start: what it found when the database is damaged (null: sound). */
export const health = $state<{ damaged: DatabaseCheck | null }>({ damaged: null });

export async function checkAtStart(): Promise<void> {
  try {
    const found = await api.checkDatabase(false);
    health.damaged = found.ok ? null : found;
  } catch (e) {
    notifyError(e);
  }
}

export async function refreshBackups(): Promise<void> {
  try {
    backups.view = await api.backupView();
  } catch (e) {
    notifyError(e);
  }
}

/** Run `work` (a backup or a restore) one at a time, with its progress; null when one runs. */
export async function withProgress<T>(work: () => Promise<T>): Promise<T | null> {
  if (backups.busy) return null;
  backups.busy = true;
  backups.progress = null;
  const stop = await api.onBackupProgress((p) => (backups.progress = p));
  try {
    return await work();
  } finally {
    stop();
    backups.busy = false;
    backups.progress = null;
  }
}

function announce(done: BackupDone): void {
  backups.view = done.view;
  notifyDone(t("backup-done", { name: done.path, size: fmt.bytes(done.bytes ?? 0) }));
}

/** A backup into the chosen folder now. */
export async function backupNow(): Promise<void> {
  try {
    const done = await withProgress(() => api.backupNow());
    if (done) announce(done);
  } catch (e) {
    notifyError(e);
  }
}

/** What the timer does: the automatic backup when one is due (quiet when none is). */
export async function backupTick(): Promise<void> {
  try {
    const done = await withProgress(() => api.backupIfDue());
    if (done) announce(done);
  } catch (e) {
    notifyError(e);
  }
}

/** Start the timer (the first look at once); returns its stop. */
export function startBackupTimer(every = BACKUP_CHECK_MINUTES * 60_000): () => void {
  void backupTick();
  const timer = setInterval(() => void backupTick(), every);
  return () => clearInterval(timer);
}
