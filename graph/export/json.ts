import type { GraphItem } from '../model.js';
import type { GraphData } from './graph-data.js';

// JSON and NDJSON carry the model as it is (nested props and evidence, partial dates as text):
// the lossless exports; the others flatten for their tools.

export function toJson(graph: GraphData): string {
  return `${JSON.stringify({ nodes: graph.nodes, relationships: graph.relationships }, null, 2)}\n`;
}

/** One item a line: nodes first, then relationships, as snapshot() streams them. */
export function toNdjson(graph: GraphData): string {
  const items: GraphItem[] = [
    ...graph.nodes.map((node): GraphItem => ({ kind: 'node', node })),
    ...graph.relationships.map((relationship): GraphItem => ({ kind: 'relationship', relationship })),
  ];
  return items.map((i) => `${JSON.stringify(i)}\n`).join('');
}
