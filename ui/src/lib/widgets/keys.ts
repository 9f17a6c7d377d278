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

/**
 * The keys of a form: Ctrl+S (⌘S) saves, Esc cancels (and goes no further, so the screen
 * behind it does not also close). `save` is given the key event; none: Ctrl+S does nothing.
 */
export function saveOrCancel(save: ((event: KeyboardEvent) => void) | null, cancel: () => void) {
  return (event: KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (save && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      save(event);
    }
  };
}
