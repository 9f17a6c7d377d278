import type { Shape, Tone } from "../widgets/Badge.svelte";

export type Look = { tone: Tone; shape: Shape };

const PROJECT: Record<string, Look> = {
  pipeline: { tone: "info", shape: "ring" },
  active: { tone: "success", shape: "dot" },
  closed: { tone: "neutral", shape: "check" },
};

const ACTIVITY: Record<string, Look> = {
  planned: { tone: "info", shape: "ring" },
  ongoing: { tone: "warning", shape: "dot" },
  done: { tone: "success", shape: "check" },
  postponed: { tone: "warning", shape: "ring" },
  cancelled: { tone: "neutral", shape: "cross" },
};

const OTHER: Look = { tone: "neutral", shape: "dot" };

export const projectStatusLook = (status: string): Look => PROJECT[status] ?? OTHER;
export const activityStatusLook = (status: string): Look => ACTIVITY[status] ?? OTHER;
