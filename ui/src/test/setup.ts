// jsdom lacks a few layout APIs the UI calls (tests in the node environment skip this).
if (typeof Element !== "undefined" && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}
if (typeof window !== "undefined" && (typeof CSS === "undefined" || typeof CSS.escape !== "function")) {
  const escape = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
  Object.defineProperty(globalThis, "CSS", { value: { escape }, configurable: true });
}

// jsdom has no layout and no ResizeObserver (Svelte's bind:clientHeight uses one): a stand-in
// that observes nothing, so elements keep the size jsdom gives them (0).
if (!("ResizeObserver" in globalThis)) {
  class ResizeObserverStandIn {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as unknown as { ResizeObserver: typeof ResizeObserverStandIn }).ResizeObserver = ResizeObserverStandIn;
}
