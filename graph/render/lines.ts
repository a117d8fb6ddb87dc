import type { LineageEdge, LineageNode, LineageResult } from '../store.js';

// What a box in a lineage picture says, and how the boxes are named: shared by Mermaid and DOT.

const ISSUER_MAX = 48;

const viDate = (iso: string): string => iso.split('-').reverse().join('/');

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "Kế hoạch 88/KH-UBND" / "ngày 29/04/2022" / "UBND huyện Thủ Thừa" / "(chưa có văn bản)" for a stub. */
export function nodeLines(n: LineageNode): string[] {
  const lines = [`${n.type ?? 'Văn bản'} ${n.number ?? '(không số)'}`];
  if (n.date) lines.push(`ngày ${viDate(n.date)}`);
  if (n.issuer) lines.push(clip(n.issuer, ISSUER_MAX));
  if (n.stub) lines.push('(chưa có văn bản)');
  return lines;
}

/** "thực hiện" on every IMPLEMENTS arrow, with the pinpoints when the text names articles. */
export function edgeLabel(e: LineageEdge): string {
  return e.pinpoints.length > 0 ? `thực hiện ${clip(e.pinpoints.join(', '), 40)}` : 'thực hiện';
}

/** Short ids (n0 = the root, then in the result's order): keys hold "/", "|" and spaces. */
export function nodeIds(result: LineageResult): Map<string, string> {
  return new Map(result.nodes.map((n, i) => [n.key, `n${i}`]));
}

/** Edges whose two ends are both in the picture, each once. */
export function drawnEdges(result: LineageResult, ids: ReadonlyMap<string, string>): { from: string; to: string; edge: LineageEdge }[] {
  const seen = new Set<string>();
  const out: { from: string; to: string; edge: LineageEdge }[] = [];
  for (const e of result.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    const k = `${from}>${to}`;
    if (!from || !to || seen.has(k)) continue;
    seen.add(k);
    out.push({ from, to, edge: e });
  }
  return out;
}
