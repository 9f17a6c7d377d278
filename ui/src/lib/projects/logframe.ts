import type { LogframeNode } from "../api";

export type LogframeTree = { node: LogframeNode; children: LogframeTree[] };

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
    const tree: LogframeTree = { node, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.tree.children.push(tree);
    else roots.push(tree);
    stack.push({ depth, tree });
  }
  return roots;
}
