/**
 * Lineage in the embedded store: a breadth-first walk over integer ids, one query per level whose
 * IMPLEMENTS rows are both the edges and the next frontier (and, when asked, their evidence); then the
 * nodes' rows, each with its files, in one query. Every query returns its rows joined into one or two
 * texts that one JSON.parse reads: values crossing from SQLite one by one, and decoding text that is
 * not ASCII, are what cost most here.
 */
import { transcode } from 'node:buffer';
import type { Database } from 'better-sqlite3';
import type { GraphEvidence, RelProps, SourceFile } from '../model.js';
import { compareLineageNodes } from '../query-rules.js';
import { type LineageEdge, type LineageNode, type LineageOptions, type LineageResult, lineageDepth } from '../store.js';
import { type Packed, evidenceOf, packProps, unpackProps } from './pack.js';
import { REL_CODE } from './schema.js';

/** The walk's rows, flat: from_id, to_id, owner, props, source; then the next row. */
const STRIDE = 5;
/** How nearly every citation states IMPLEMENTS: read back as 0 instead of its text. */
const CITED: RelProps = { pinpoints: [], via: 'citation', authority: null };
const CITED_SQL = `'${(packProps(CITED) ?? '').replaceAll("'", "''")}'`;
/** id, key, number, canonical_number, year, date, type, issuer, subject, stub, label; then a file: source id, sha256, file. */
type NodeRow = [number, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, number, string,
  number | null, string | null, string | null];

/**
 * UTF-8 bytes (a BLOB) as a string. ICU's transcoder reads Vietnamese text about twice as fast as V8's
 * UTF-8 decoder, which is what reading a TEXT column costs. Bytes that are not valid UTF-8 (no text
 * vanban writes) go to V8's decoder after all, which replaces what it cannot read, as reading TEXT did.
 */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8');
  }
}

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
  // Driven by the JSON list of ids (a join, not IN): SQLite builds no temporary index of the list.
  const IDS = 'json_each(?) j CROSS JOIN';
  // One level: its rows' numbers as one text, props as 0 when CITED else quoted (parsed once per distinct
  // text, not into an object per edge); with evidence a second text, the rows' evidence as stored (pack.ts).
  const level = (here: 'to_id' | 'from_id', index: string, evidence: boolean) =>
    db.prepare(`SELECT '[' || coalesce(group_concat(concat_ws(',', r.from_id, r.to_id, r.owner, iif(r.props = ${CITED_SQL}, 0, json_quote(r.props)),
      coalesce(r.source, 'null'))), '') || ']'${evidence ? ", CAST('[' || coalesce(group_concat(r.evidence), '') || ']' AS BLOB)" : ''}
      FROM ${IDS} rels r INDEXED BY ${index} ON r.${here} = j.value AND r.type = ${REL_CODE.IMPLEMENTS}`).raw();
  const levels = {
    down: { evidence: level('to_id', 'rels_to', true), bare: level('to_id', 'rels_to', false) },
    up: { evidence: level('from_id', 'rels_from', true), bare: level('from_id', 'rels_from', false) },
  };
  // One row per file (a stub's one row has none).
  const nodes = db.prepare(`SELECT CAST(json_group_array(json_array(d.id, d.key, d.number, d.canonical_number, d.year, d.date, d.type, d.issuer,
    d.subject, d.stub, d.label, s.id, s.sha256, s.file)) AS BLOB) FROM ${IDS} documents d ON d.id = j.value
    LEFT JOIN sources s INDEXED BY sources_document ON s.document = d.id`).pluck();
  const sources = db.prepare(`SELECT json_group_array(json_array(s.id, s.sha256, s.file)) FROM ${IDS} sources s ON s.id = j.value`).pluck();
  const keys = db.prepare(`SELECT json_group_array(json_array(d.id, d.key)) FROM ${IDS} documents d ON d.id = j.value`).pluck();

  return (key, opts) => {
    const root = rootId.get(key) as number | undefined;
    if (root === undefined) return null;
    const max = lineageDepth(opts.depth);
    const down = opts.direction === 'down';
    const withEvidence = opts.evidence ?? true;
    const depths = new Map<number, number>([[root, 0]]);
    const rows: unknown[] = [];
    const stated: unknown[] = [];
    let frontier = [root];
    for (let depth = 0; depth < max && frontier.length > 0; depth++) {
      const next: number[] = [];
      const [flat, evidence] = levels[opts.direction][withEvidence ? 'evidence' : 'bare'].get(JSON.stringify(frontier)) as [string, Buffer?];
      const found = JSON.parse(flat) as unknown[];
      for (let i = down ? 0 : 1; i < found.length; i += STRIDE) {
        const other = found[i] as number;
        if (!depths.has(other)) {
          depths.set(other, depth + 1);
          next.push(other);
        }
      }
      for (const v of found) rows.push(v);
      if (evidence) for (const v of JSON.parse(decodeUtf8(evidence)) as unknown[]) stated.push(v);
      frontier = next;
    }
    const ids = JSON.stringify([...depths.keys()]);
    // The walk's documents' files; evidence names its file by source id, mostly one of these.
    const sourceOf = new Map<number, SourceFile>();
    const keyOf = new Map<number, string>();
    const filesOf = new Map<number, SourceFile[]>();
    const found: LineageNode[] = [];
    for (const [id, k, number, canonicalNumber, year, date, type, issuer, subject, stub, label, source, sha256, file] of JSON.parse(decodeUtf8(nodes.get(ids) as Buffer)) as NodeRow[]) {
      const f = source === null ? null : { sha256: sha256 as string, file };
      if (f) sourceOf.set(source as number, f);
      const known = filesOf.get(id);
      if (known) {
        if (f) known.push(f);
        continue;
      }
      const files = f ? [f] : [];
      filesOf.set(id, files);
      keyOf.set(id, k);
      found.push({ key: k, number, canonicalNumber, year, date, type, issuer, subject, stub: stub === 1, label, files, depth: depths.get(id) ?? 0 });
    }
    for (const files of filesOf.values()) if (files.length > 1) files.sort((a, b) => byteOrder(a.sha256, b.sha256));
    found.sort(compareLineageNodes);
    // Owners outside the walk (a link stated by a third document): their keys order the duplicates.
    const strangers = new Set<number>();
    for (let i = 2; i < rows.length; i += STRIDE) if (!keyOf.has(rows[i] as number)) strangers.add(rows[i] as number);
    if (strangers.size > 0) for (const [id, k] of JSON.parse(keys.get(JSON.stringify([...strangers])) as string) as [number, string][]) keyOf.set(id, k);
    const k = (id: unknown) => keyOf.get(id as number) ?? '';
    // One edge per (from, to): the first by owner key in SQLite's byte order keeps its evidence (as
    // dedupeEdges on rows ordered by from, to, owner); sorted by compareLineageEdges' order on the way.
    const keyed: { from: string; to: string; owner: string; at: number }[] = [];
    for (let i = 0; i < rows.length; i += STRIDE) keyed.push({ from: k(rows[i]), to: k(rows[i + 1]), owner: k(rows[i + 2]), at: i });
    keyed.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : byteOrder(a.owner, b.owner)));
    const kept = keyed.filter((e, i) => i === 0 || e.from !== keyed[i - 1]?.from || e.to !== keyed[i - 1]?.to);
    const sourceAt = (at: number) => rows[at + 4] as number | null;
    if (withEvidence) {
      const unknown = [...new Set(kept.map(({ at }) => sourceAt(at)).filter((id) => id !== null && !sourceOf.has(id)))];
      if (unknown.length > 0) {
        for (const [id, sha256, file] of JSON.parse(sources.get(JSON.stringify(unknown)) as string) as [number, string, string | null][]) sourceOf.set(id, { sha256, file });
      }
    }
    const propsOf = new Map<unknown, RelProps>([[0, CITED]]);
    const edges = kept.map(({ from, to, at }): LineageEdge => {
      const text = rows[at + 3];
      let p = propsOf.get(text);
      if (!p) propsOf.set(text, (p = unpackProps(text as string | null)));
      const src = sourceOf.get(sourceAt(at) as number);
      const evidence = withEvidence ? evidenceOf(stated[at / STRIDE] as Packed | GraphEvidence, src?.sha256 ?? null, src?.file ?? null) : null;
      return { from, to, type: 'IMPLEMENTS', via: p.via, pinpoints: p.pinpoints.length === 0 ? [] : [...p.pinpoints], evidence };
    });
    return { root: key, direction: opts.direction, depth: max, nodes: found, edges };
  };
}
