import type { LogframeNode } from "../api";

export type LogframeTree = { node: LogframeNode; children: LogframeTree[]; number: string };

const DEPTH: Record<string, number> = { goal: 0, objective: 1, result: 2 };

/**
 * Nest the flat, ordered logframe (goal → objectives → results) into an outline:
 * each node becomes a child of the nearest earlier node of a higher level.
 */
export function buildLogframe(nodes: readonly LogframeNode[]): LogframeTree[] {
  const roots: LogframeTree[] = [];
  const stack: { depth: number; tree: LogframeTree }[] = [];
  for (const node of nodes) {
    const depth = DEPTH[node.level] ?? 3;
    const tree: LogframeTree = { node, children: [], number: "" };
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.tree.children.push(tree);
    else roots.push(tree);
    stack.push({ depth, tree });
  }
  number(roots);
  return roots;
}

/**
 * The numbers shown in the outline, kept from the order alone (a node keeps its `ref` for
 * packages): the goal is G, objectives SO1, SO2 …, their results R1.1, R1.2 ….
 */
function number(roots: LogframeTree[]): void {
  let objective = 0;
  const walk = (trees: LogframeTree[]) => {
    for (const tree of trees) {
      if (tree.node.level === "goal") tree.number = "G";
      else if (tree.node.level === "objective") {
        objective += 1;
        tree.number = `SO${objective}`;
        tree.children.forEach((child, i) => (child.number = `R${objective}.${i + 1}`));
      }
      walk(tree.children.filter((c) => c.node.level !== "result"));
    }
  };
  walk(roots);
}

/**
 * How far a node dragged onto `target` moves among its siblings (the core's `move` takes a
 * step count): negative is up. None when the two are not siblings or are the same node.
 */
export function dropMove(siblings: readonly LogframeTree[], dragged: string, target: string): number | null {
  const from = siblings.findIndex((s) => s.node.id === dragged);
  const to = siblings.findIndex((s) => s.node.id === target);
  if (from < 0 || to < 0 || from === to) return null;
  return to - from;
}

/** The number of the `index`-th activity (from 0) of the result numbered `result` (R1.2 → A1.2.1). */
export function activityNumber(result: string, index: number): string {
  return `A${result.replace(/^R/, "")}.${index + 1}`;
}
