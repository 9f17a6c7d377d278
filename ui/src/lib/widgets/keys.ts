// `use:keys={handler}`: a keydown handler on a form or a group of fields (Ctrl+S saves, Esc
// cancels) — the keys belong to the fields inside it, not to the container.

export function keys(node: HTMLElement, handler: (event: KeyboardEvent) => void) {
  let current = handler;
  const listener = (event: KeyboardEvent) => current(event);
  node.addEventListener("keydown", listener);
  return {
    update(next: (event: KeyboardEvent) => void) {
      current = next;
    },
    destroy() {
      node.removeEventListener("keydown", listener);
    },
  };
}
