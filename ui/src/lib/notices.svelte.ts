// Small dismissible notices: errors from background actions (e.g. remembering the language),
// always rendered through Fluent by `ErrorMessage`, and "done — Undo" after a change that can
// be taken back (Ctrl+Z undoes the latest).

export type Notice =
  | { id: number; kind: "error"; error: unknown }
  | { id: number; kind: "done"; text: string; undo: (() => Promise<void>) | null };

let next = 1;

export const notices = $state<{ list: Notice[] }>({ list: [] });

export function notifyError(error: unknown): void {
  notices.list.push({ id: next++, kind: "error", error });
}

/** A change is done; `undo` takes it back (offered until the notice is dismissed). */
export function notifyDone(text: string, undo: (() => Promise<void>) | null = null): void {
  const notice: Notice = { id: next++, kind: "done", text, undo };
  notices.list = [...notices.list.filter((n) => n.kind !== "done"), notice];
}

export function dismissNotice(id: number): void {
  notices.list = notices.list.filter((n) => n.id !== id);
}

/** Undo the latest change that offers it (Ctrl+Z); false when there is none. */
export async function undoLatest(): Promise<boolean> {
  const last = [...notices.list].reverse().find((n) => n.kind === "done" && n.undo !== null);
  if (!last || last.kind !== "done" || last.undo === null) return false;
  dismissNotice(last.id);
  try {
    await last.undo();
  } catch (e) {
    notifyError(e);
  }
  return true;
}
