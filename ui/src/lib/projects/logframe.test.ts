import { describe, expect, it } from "vitest";
import type { LogframeNode } from "../api";
import { activityNumber, buildLogframe, dropMove, type LogframeTree } from "./logframe";

function node(level: string, ref: string): LogframeNode {
  return { id: ref, parent_id: null, level, ref, text: ref, indicators: [], assumptions: [], activities: [] };
}

function numbers(trees: LogframeTree[]): string[] {
  return trees.flatMap((t) => [`${t.node.ref}=${t.number}`, ...numbers(t.children)]);
}

describe("logframe numbering", () => {
  it("numbers objectives and their results from their order, whatever their refs", () => {
    const trees = buildLogframe([
      node("goal", "G"),
      node("objective", "SO4"),
      node("result", "R9"),
      node("result", "R2"),
      node("objective", "SO1"),
      node("result", "R1"),
    ]);
    expect(numbers(trees)).toEqual(["G=G", "SO4=SO1", "R9=R1.1", "R2=R1.2", "SO1=SO2", "R1=R2.1"]);
  });

  it("numbers objectives without a goal too", () => {
    expect(numbers(buildLogframe([node("objective", "A"), node("result", "B"), node("objective", "C")]))).toEqual([
      "A=SO1",
      "B=R1.1",
      "C=SO2",
    ]);
  });
});

describe("dragging a node", () => {
  it("moves it among its siblings only, by the number of places between them", () => {
    const tree = buildLogframe([node("goal", "G"), node("objective", "SO1"), node("result", "R1"), node("result", "R2"), node("objective", "SO2"), node("objective", "SO3")]);
    const objectives = tree[0]!.children;
    expect(dropMove(objectives, "SO3", "SO1")).toBe(-2);
    expect(dropMove(objectives, "SO1", "SO2")).toBe(1);
    expect(dropMove(objectives, "SO1", "SO1")).toBeNull();
    // a result is not dropped among objectives
    expect(dropMove(objectives, "R1", "SO2")).toBeNull();
  });
});

describe("activity numbers", () => {
  it("follow their result's: A1.2.1, A1.2.2", () => {
    expect(activityNumber("R1.2", 0)).toBe("A1.2.1");
    expect(activityNumber("R3.1", 4)).toBe("A3.1.5");
  });
});
