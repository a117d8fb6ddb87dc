/**
 * Lineage in the embedded store: a breadth-first walk over integer ids, one query per level whose
 * IMPLEMENTS rows are both the edges and the next frontier; then the nodes' summaries and files
 * in one query each. Keys are fetched only for the ids met.
 */
import type { Database } from 'better-sqlite3';
import type { SourceFile } from '../model.js';
import { compareLineageNodes, dedupeEdges } from '../query-rules.js';
import { type LineageEdge, type LineageNode, type LineageOptions, type LineageResult, lineageDepth } from '../store.js';
import { unpackEvidence, unpackProps } from './pack.js';
import { REL_CODE } from './schema.js';

/** from_id, to_id, owner, props, evidence */
type EdgeRow = [number, number, number, string | null, string];
type NodeJson = [number, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, number, string];

/** SQLite's BINARY order (UTF-8 bytes = code points): JS's UTF-16 order differs only for surrogates vs U+E000..U+FFFF. */
export function byteOrder(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const unit = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);
  return unit(a.charCodeAt(i)) - unit(b.charCodeAt(i));
}

export function createLineage(db: Database): (key: string, opts: LineageOptions) => LineageResult | null {
  const rootId = db.prepare('SELECT id FROM documents WHERE key = ?').pluck();
  const level = (here: 'to_id' | 'from_id', index: string) =>
    db.prepare(`SELECT from_id, to_id, owner, props, evidence FROM rels INDEXED BY ${index}
      WHERE ${here} IN (SELECT value FROM json_each(?)) AND type = ${REL_CODE.IMPLEMENTS}`).raw();
  const levels = { down: level('to_id', 'rels_to'), up: level('from_id', 'rels_from') };
  // Summaries as one JSON text: far fewer values cross from SQLite than one column each.
  const nodes = db.prepare(`SELECT json_group_array(json_array(id, key, number, canonical_number, year, date, type, issuer, subject, stub, label))
    FROM documents WHERE id IN (SELECT value FROM json_each(?))`).pluck();
  const files = db.prepare(`SELECT json_group_array(json_array(document, sha256, file))
    FROM (SELECT document, sha256, file FROM sources WHERE document IN (SELECT value FROM json_each(?)) ORDER BY document, sha256)`).pluck();
  const keys = db.prepare('SELECT json_group_array(json_array(id, key)) FROM documents WHERE id IN (SELECT value FROM json_each(?))').pluck();

  return (key, opts) => {
    const root = rootId.get(key) as number | undefined;
    if (root === undefined) return null;
    const max = lineageDepth(opts.depth);
    const down = opts.direction === 'down';
    const depths = new Map<number, number>([[root, 0]]);
    const rows: EdgeRow[] = [];
    let frontier = [root];
    for (let depth = 0; depth < max && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const r of levels[opts.direction].all(JSON.stringify(frontier)) as EdgeRow[]) {
        rows.push(r);
        const other = down ? r[0] : r[1];
        if (!depths.has(other)) {
          depths.set(other, depth + 1);
          next.push(other);
        }
      }
      frontier = next;
    }
    const ids = JSON.stringify([...depths.keys()]);
    const filesOf = new Map<number, SourceFile[]>();
    for (const [doc, sha256, file] of JSON.parse(files.get(ids) as string) as [number, string, string | null][]) {
      const list = filesOf.get(doc);
      if (list) list.push({ sha256, file });
      else filesOf.set(doc, [{ sha256, file }]);
    }
    const keyOf = new Map<number, string>();
    const list: LineageNode[] = (JSON.parse(nodes.get(ids) as string) as NodeJson[]).map(
      ([id, k, number, canonicalNumber, year, date, type, issuer, subject, stub, label]) => {
        keyOf.set(id, k);
        return { key: k, number, canonicalNumber, year, date, type, issuer, subject, stub: stub === 1, label, files: filesOf.get(id) ?? [], depth: depths.get(id) ?? 0 };
      },
    ).sort(compareLineageNodes);
    // Owners outside the walk (a link stated by a third document): their keys order the duplicates.
    const strangers = [...new Set(rows.map((r) => r[2]).filter((o) => !keyOf.has(o)))];
    if (strangers.length > 0) for (const [id, k] of JSON.parse(keys.get(JSON.stringify(strangers)) as string) as [number, string][]) keyOf.set(id, k);
    const k = (id: number) => keyOf.get(id) ?? '';
    // Same order as SQL's ORDER BY from, to, owner keys (UTF-8 bytes), so dedupe keeps the same evidence.
    const keyed = rows.map((r) => ({ from: k(r[0]), to: k(r[1]), owner: k(r[2]), props: r[3], evidence: r[4] }));
    keyed.sort((a, b) => byteOrder(a.from, b.from) || byteOrder(a.to, b.to) || byteOrder(a.owner, b.owner));
    const edges = keyed.map(({ from, to, props, evidence }): LineageEdge => {
      const p = unpackProps(props);
      return { from, to, type: 'IMPLEMENTS', via: p.via, pinpoints: p.pinpoints, evidence: unpackEvidence(evidence) };
    });
    return { root: key, direction: opts.direction, depth: max, nodes: list, edges: dedupeEdges(edges) };
  };
}
