// The project a screen about one project opens on: the first active one, else the first.
import type { ProjectSummary } from "../api";

export function defaultProject(projects: readonly ProjectSummary[]): string {
  return projects.find((p) => p.status === "active")?.id ?? projects[0]?.id ?? "";
}
