// Which screen is shown, kept in the location hash (`#/projects/<id>`) so that a reload,
// the webview's back/forward and end-to-end tests can address any screen directly.

export const SCREENS = [
  "dashboard",
  "plan",
  "projects",
  "activities",
  "beneficiaries",
  "finance",
  "reports",
  "sync",
  "organisations",
  "settings",
] as const;

export type Screen = (typeof SCREENS)[number];

export type Route = { screen: Screen; projectId: string | null };

function isScreen(value: string): value is Screen {
  return (SCREENS as readonly string[]).includes(value);
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter((p) => p.length > 0);
  const [first, second] = parts;
  if (first !== undefined && isScreen(first)) {
    if (first === "projects" && second !== undefined) {
      return { screen: "projects", projectId: decodeURIComponent(second) };
    }
    return { screen: first, projectId: null };
  }
  return { screen: "dashboard", projectId: null };
}

export function routeHash(route: Route): string {
  return route.projectId !== null
    ? `#/projects/${encodeURIComponent(route.projectId)}`
    : `#/${route.screen}`;
}

export const router = $state<Route & { lastProjectId: string | null }>({
  screen: "dashboard",
  projectId: null,
  lastProjectId: null,
});

function apply(route: Route): void {
  if (router.projectId !== null && route.projectId === null) router.lastProjectId = router.projectId;
  router.screen = route.screen;
  router.projectId = route.projectId;
}

function navigate(route: Route): void {
  apply(route);
  const hash = routeHash(route);
  if (typeof location !== "undefined" && location.hash !== hash) location.hash = hash;
}

export function go(screen: Screen): void {
  navigate({ screen, projectId: null });
}

/** A screen asked to open with its "new" form (the dashboard's first step). */
let newItemFor: Screen | null = null;

/** Go to `screen` with its form for a new item open. */
export function goCreate(screen: Screen): void {
  newItemFor = screen;
  go(screen);
}

/** Whether `screen` was asked to open its "new" form; asking once clears it. */
export function takeCreate(screen: Screen): boolean {
  const asked = newItemFor === screen;
  newItemFor = null;
  return asked;
}

export function openProject(id: string): void {
  navigate({ screen: "projects", projectId: id });
}

/** Take the route from the current location (on start and on `hashchange`). */
export function syncFromLocation(): void {
  if (typeof location === "undefined") return;
  const route = parseHash(location.hash);
  if (route.screen !== router.screen || route.projectId !== router.projectId) apply(route);
}
