import type { LineageResult } from '../store.js';
import { drawnEdges, edgeLabel, nodeIds, nodeLines } from './lines.js';

/**
 * Mermaid label text inside ["…"]: the characters Mermaid reads as syntax or HTML become its
 * entity codes (#quot; #35; …); Vietnamese letters pass through as they are.
 */
export function mermaidText(s: string): string {
  return s.replace(/[#"<>&`|\[\]{}]/gu, (c) => `#${c.codePointAt(0)};`).replace(/[\r\n]+/gu, ' ');
}

/** A flowchart from bottom (the plans) to top (the directives they carry out). */
export function lineageMermaid(result: LineageResult): string {
  const ids = nodeIds(result);
  const out = ['flowchart BT'];
  for (const n of result.nodes) {
    out.push(`  ${ids.get(n.key)}["${nodeLines(n).map(mermaidText).join('<br/>')}"]`);
  }
  for (const { from, to, edge } of drawnEdges(result, ids)) {
    out.push(`  ${from} -->|"${mermaidText(edgeLabel(edge))}"| ${to}`);
  }
  out.push('  classDef root stroke-width:3px;', '  classDef stub stroke-dasharray:5 5;');
  out.push(`  class ${ids.get(result.root) ?? 'n0'} root;`);
  const stubs = result.nodes.filter((n) => n.stub).map((n) => ids.get(n.key));
  if (stubs.length > 0) out.push(`  class ${stubs.join(',')} stub;`);
  return `${out.join('\n')}\n`;
}
