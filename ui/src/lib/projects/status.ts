import type { ActivityStatus, ProjectStatus } from "../enums";
import type { Shape, Tone } from "../widgets/Badge.svelte";

export type Look = { tone: Tone; shape: Shape };

// Keyed by the core's own values (generated): a new status fails the type check until it has a look.
const PROJECT: Record<ProjectStatus, Look> = {
  pipeline: { tone: "info", shape: "ring" },
  active: { tone: "success", shape: "dot" },
  closed: { tone: "neutral", shape: "check" },
};

const ACTIVITY: Record<ActivityStatus, Look> = {
  planned: { tone: "info", shape: "ring" },
  ongoing: { tone: "warning", shape: "dot" },
  done: { tone: "success", shape: "check" },
  postponed: { tone: "warning", shape: "ring" },
  cancelled: { tone: "neutral", shape: "cross" },
};

const OTHER: Look = { tone: "neutral", shape: "dot" };

export const projectStatusLook = (status: string): Look => PROJECT[status as ProjectStatus] ?? OTHER;
export const activityStatusLook = (status: string): Look => ACTIVITY[status as ActivityStatus] ?? OTHER;
