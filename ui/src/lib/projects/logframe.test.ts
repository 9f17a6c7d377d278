import { describe, expect, it } from "vitest";
import type { LogframeNode } from "../api";
import { buildLogframe, type LogframeTree } from "./logframe";

function node(level: string, ref: string): LogframeNode {
  return { id: ref, parent_id: null, level, ref, text: ref, indicators: [], assumptions: [] };
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
