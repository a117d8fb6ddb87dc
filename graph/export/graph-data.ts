import { createHash } from 'node:crypto';
import type { GraphItem, GraphNode, GraphRelationship } from '../model.js';

/** The whole graph in memory, in export order. */
export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
}

// Code-unit order, not localeCompare: the same bytes on every machine and locale.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const relSortKey = (r: GraphRelationship): string[] => [r.type, r.from.label, r.from.key, r.to.label, r.to.key, r.owner];

function byParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const c = cmp(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** Sorts nodes by label then key, relationships by type, ends and owner (their identity). */
export function sortGraph(graph: GraphData): GraphData {
  return {
    nodes: [...graph.nodes].sort((a, b) => cmp(a.label, b.label) || cmp(a.key, b.key)),
    relationships: [...graph.relationships].sort((a, b) => byParts(relSortKey(a), relSortKey(b))),
  };
}

/** Reads a store's snapshot (or any items) into sorted arrays. */
export async function collectGraph(items: AsyncIterable<GraphItem> | Iterable<GraphItem>): Promise<GraphData> {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for await (const item of items) {
    if (item.kind === 'node') nodes.push(item.node);
    else relationships.push(item.relationship);
  }
  return sortGraph({ nodes, relationships });
}

/**
 * A relationship's id, as the stores key it: type, ends and owner (the ingested document that
 * stated it). Two documents may be linked twice by one type when a third document states the link.
 */
export function relationshipKey(r: GraphRelationship): string {
  const basis = [r.type, r.from.label, r.from.key, r.to.label, r.to.key, r.owner].join('\n');
  return createHash('sha1').update(basis).digest('hex');
}
