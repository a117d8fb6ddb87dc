import type { LineageResult } from '../store.js';
import { drawnEdges, edgeLabel, nodeIds, nodeLines } from './lines.js';

/** A DOT quoted string: backslashes and quotes escaped; lines joined with DOT's centred \n. */
export function dotString(lines: readonly string[]): string {
  const esc = (s: string): string => s.replace(/[\r\n]+/gu, ' ').replace(/\\/gu, '\\\\').replace(/"/gu, '\\"');
  return `"${lines.map(esc).join('\\n')}"`;
}

/** Graphviz DOT: directives at the top (rankdir=BT), stubs dashed, the root in bold. */
export function lineageDot(result: LineageResult): string {
  const ids = nodeIds(result);
  const out = [
    'digraph lineage {',
    '  graph [rankdir=BT, fontname="DejaVu Sans", charset="UTF-8"];',
    '  node [shape=box, style=rounded, fontname="DejaVu Sans", fontsize=11];',
    '  edge [fontname="DejaVu Sans", fontsize=9];',
  ];
  for (const n of result.nodes) {
    const style = [n.stub ? 'rounded,dashed' : 'rounded', n.key === result.root ? 'bold' : null].filter(Boolean).join(',');
    out.push(`  ${ids.get(n.key)} [label=${dotString(nodeLines(n))}, tooltip=${dotString([n.key])}, style="${style}"];`);
  }
  for (const { from, to, edge } of drawnEdges(result, ids)) {
    out.push(`  ${from} -> ${to} [label=${dotString([edgeLabel(edge)])}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
