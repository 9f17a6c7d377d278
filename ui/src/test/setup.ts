// jsdom lacks a few layout APIs the UI calls (tests in the node environment skip this).
if (typeof Element !== "undefined" && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}
if (typeof window !== "undefined" && (typeof CSS === "undefined" || typeof CSS.escape !== "function")) {
  const escape = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
  Object.defineProperty(globalThis, "CSS", { value: { escape }, configurable: true });
}
