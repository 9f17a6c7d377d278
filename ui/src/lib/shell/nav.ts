import type { IconName } from "../widgets/Icon.svelte";
import type { Screen } from "../router.svelte";

export type NavItem = { screen: Screen; icon: IconName; label: string };

/** Sidebar order = Alt+1 … Alt+9, then Alt+0. `label` is a Fluent message id. */
export const NAV: readonly NavItem[] = [
  { screen: "dashboard", icon: "dashboard", label: "nav-dashboard" },
  { screen: "plan", icon: "plan", label: "nav-plan" },
  { screen: "projects", icon: "projects", label: "nav-projects" },
  { screen: "activities", icon: "activities", label: "nav-activities" },
  { screen: "beneficiaries", icon: "beneficiaries", label: "nav-beneficiaries" },
  { screen: "finance", icon: "finance", label: "nav-finance" },
  { screen: "reports", icon: "reports", label: "nav-reports" },
  { screen: "sync", icon: "sync", label: "nav-sync" },
  { screen: "organisations", icon: "organisations", label: "nav-organisations" },
  { screen: "settings", icon: "settings", label: "nav-settings" },
];

/** The Alt+digit that opens the screen at `index` of the sidebar (the tenth is Alt+0). */
export function navKey(index: number): string {
  return String((index + 1) % 10);
}
