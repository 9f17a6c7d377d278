// Errors from background actions (e.g. remembering the language) shown as small dismissible
// notices; the text is always rendered through Fluent by `ErrorMessage`.

export type Notice = { id: number; error: unknown };

let next = 1;

export const notices = $state<{ list: Notice[] }>({ list: [] });

export function notifyError(error: unknown): void {
  notices.list.push({ id: next++, error });
}

export function dismissNotice(id: number): void {
  notices.list = notices.list.filter((n) => n.id !== id);
}
