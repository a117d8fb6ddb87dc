/** The embedded store's queries; each a prepared statement, lineage a recursive CTE. */
import type { Database } from 'better-sqlite3';
import { canonicalKey } from '../../src/grammar/vi/symbol.js';
import { type DeadlineProps, type GraphEvidence, type GraphItem, type NodeLabel, REL_TYPES, type RelProps, type RelType, type SourceFile, type TargetProps } from '../model.js';
import { agencyMatches, compareDeadlines, compareLineageNodes, compareMissing, dedupeEdges, deadlineInRange } from '../query-rules.js';
import {
  type DeadlineQuery, type DeadlineRow, type DocumentSummary, type DocumentView, type GraphStats, type LineageEdge,
  type LineageNode, type LineageOptions, type LineageResult, type MissingEntry, type RelationshipView, type TargetRow, lineageDepth,
} from '../store.js';
import type { DeadlineRowDb, DocumentRow, RelRow, TargetRowDb } from './schema.js';

type DocRowWithFiles = DocumentRow & { files: string };
/** from_key, to_key, owner, props, evidence */
type EdgeRow = [string, string, string, string, string];
type LineageDocJson = [string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, number, string];

/** SQLite's BINARY order (UTF-8 bytes = code points): JS's UTF-16 order differs only for surrogates vs U+E000..U+FFFF. */
function byteOrder(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const unit = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);
  return unit(a.charCodeAt(i)) - unit(b.charCodeAt(i));
}
const WITH_FILES = `SELECT d.*, (SELECT json_group_array(json_object('sha256', s.sha256, 'file', s.file))
  FROM (SELECT * FROM sources s WHERE s.document = d.key ORDER BY s.sha256) s) AS files FROM documents d`;

const summary = (r: DocRowWithFiles): DocumentSummary => ({
  key: r.key, number: r.number, canonicalNumber: r.canonical_number, year: r.year, date: r.date, type: r.type,
  issuer: r.issuer, subject: r.subject, stub: r.stub === 1, label: r.label, files: JSON.parse(r.files) as SourceFile[],
});
const deadline = (r: DeadlineRowDb & { label: string; issuer: string | null }): DeadlineRow => ({
  key: r.key, document: r.document, date: r.date, rrule: r.rrule, kind: r.kind as DeadlineProps['kind'], action: r.action,
  actor: r.actor, recipient: r.recipient, text: r.text, documentLabel: r.label, issuer: r.issuer,
  evidence: JSON.parse(r.evidence) as GraphEvidence,
});
const target = (r: TargetRowDb): TargetRow => ({
  key: r.key, document: r.document, value: r.value, unit: r.unit, comparator: r.comparator as TargetProps['comparator'],
  measure: r.measure, text: r.text, evidence: JSON.parse(r.evidence) as GraphEvidence,
});

export function createReader(db: Database) {
  const byKeys = db.prepare(`${WITH_FILES} WHERE d.key IN (SELECT value FROM json_each(?))`);
  const byKey = db.prepare(`${WITH_FILES} WHERE d.key = ?`);
  const byNumber = db.prepare(`${WITH_FILES} WHERE d.canonical_number = ? ORDER BY d.stub, d.key`);
  // Lineage walks breadth-first, one query per level: each level's IMPLEMENTS edges (with their
  // evidence) are also the next frontier, so the walk and the edge list cost one index pass.
  const level = (dir: 'up' | 'down') => {
    const [here, index] = dir === 'down' ? ['to_key', 'rels_to'] : ['from_key', 'rels_from'];
    return db.prepare(`SELECT from_key, to_key, owner, props, evidence FROM rels INDEXED BY ${index}
      WHERE ${here} IN (SELECT value FROM json_each(?)) AND type = 'IMPLEMENTS'`).raw();
  };
  const levels = { up: level('up'), down: level('down') };
  const exists = db.prepare('SELECT 1 FROM documents WHERE key = ?').pluck();
  // Node summaries as one JSON text: far fewer strings cross from SQLite than one column per value.
  const lineageDocs = db.prepare(`SELECT json_group_array(json_array(key, number, canonical_number, year, date, type, issuer, subject, stub, label))
    FROM documents WHERE key IN (SELECT value FROM json_each(?))`).pluck();
  const lineageFiles = db.prepare(`SELECT json_group_array(json_array(document, sha256, file))
    FROM (SELECT document, sha256, file FROM sources WHERE document IN (SELECT value FROM json_each(?)) ORDER BY document, sha256)`).pluck();
  const missing = db.prepare(`SELECT d.key, COUNT(DISTINCT r.owner) AS n, json_group_array(DISTINCT r.owner) AS citers
    FROM documents d JOIN rels r ON r.to_key = d.key AND r.type IN ('CITES', 'IMPLEMENTS') WHERE d.stub = 1 GROUP BY d.key`);
  const deadlines = db.prepare(`SELECT l.*, d.label, d.issuer FROM deadlines l JOIN documents d ON d.key = l.document`);
  const deadlinesOf = db.prepare(`SELECT l.*, d.label, d.issuer FROM deadlines l JOIN documents d ON d.key = l.document WHERE l.document = ?`);
  const targetsOf = db.prepare('SELECT * FROM targets WHERE document = ? ORDER BY key');
  const named = `COALESCE((SELECT label FROM documents WHERE key = K), (SELECT name FROM agencies WHERE key = K), (SELECT name FROM persons WHERE key = K), K)`;
  const outgoing = db.prepare(`SELECT r.*, ${named.replaceAll('K', 'r.to_key')} AS name FROM rels r
    WHERE r.from_key = ? AND r.type NOT IN ('HAS_DEADLINE', 'HAS_TARGET') ORDER BY r.type, r.to_key, r.owner`);
  const incoming = db.prepare(`SELECT r.*, ${named.replaceAll('K', 'r.from_key')} AS name FROM rels r
    WHERE r.to_key = ? ORDER BY r.type, r.from_key, r.owner`);
  const count = (sql: string) => db.prepare(sql).pluck();
  const counts = {
    documents: count('SELECT COUNT(*) FROM documents WHERE stub = 0'), stubs: count('SELECT COUNT(*) FROM documents WHERE stub = 1'),
    agencies: count('SELECT COUNT(*) FROM agencies'), persons: count('SELECT COUNT(*) FROM persons'),
    deadlines: count('SELECT COUNT(*) FROM deadlines'), targets: count('SELECT COUNT(*) FROM targets'), sourceFiles: count('SELECT COUNT(*) FROM sources'),
  };
  const relCounts = db.prepare('SELECT type, COUNT(*) AS n FROM rels GROUP BY type');
  const known = db.prepare('SELECT sha256 FROM sources WHERE sha256 IN (SELECT value FROM json_each(?))').pluck();

  const summaries = (keys: readonly string[]): Map<string, DocumentSummary> =>
    new Map((byKeys.all(JSON.stringify(keys)) as DocRowWithFiles[]).map((r) => [r.key, summary(r)]));
  const view = (r: RelRow & { name: string }, side: 'from' | 'to'): RelationshipView => ({
    type: r.type as RelType,
    other: { label: (side === 'to' ? r.to_label : r.from_label) as NodeLabel, key: side === 'to' ? r.to_key : r.from_key, name: r.name },
    props: JSON.parse(r.props) as RelProps, evidence: JSON.parse(r.evidence) as GraphEvidence,
  });

  return {
    knownSources: (shas: readonly string[]): Set<string> => new Set(known.all(JSON.stringify(shas)) as string[]),
    findDocuments(query: string): DocumentSummary[] {
      const exact = byKey.get(query) as DocRowWithFiles | undefined;
      if (exact) return [summary(exact)];
      return (byNumber.all(canonicalKey(query)) as DocRowWithFiles[]).map(summary);
    },
    lineage(key: string, opts: LineageOptions): LineageResult | null {
      if (!exists.get(key)) return null;
      const max = lineageDepth(opts.depth);
      const depths = new Map<string, number>([[key, 0]]);
      const rows: EdgeRow[] = [];
      let frontier = [key];
      for (let depth = 0; depth < max && frontier.length > 0; depth++) {
        const next: string[] = [];
        for (const r of levels[opts.direction].all(JSON.stringify(frontier)) as EdgeRow[]) {
          rows.push(r);
          const other = opts.direction === 'down' ? r[0] : r[1];
          if (!depths.has(other)) {
            depths.set(other, depth + 1);
            next.push(other);
          }
        }
        frontier = next;
      }
      const keys = JSON.stringify([...depths.keys()]);
      const files = new Map<string, SourceFile[]>();
      for (const [doc, sha256, file] of JSON.parse(lineageFiles.get(keys) as string) as [string, string, string | null][]) {
        const list = files.get(doc);
        if (list) list.push({ sha256, file });
        else files.set(doc, [{ sha256, file }]);
      }
      const nodes: LineageNode[] = (JSON.parse(lineageDocs.get(keys) as string) as LineageDocJson[]).map(
        ([k, number, canonicalNumber, year, date, type, issuer, subject, stub, label]) => ({
          key: k, number, canonicalNumber, year, date, type, issuer, subject, stub: stub === 1, label, files: files.get(k) ?? [], depth: depths.get(k) ?? 0,
        }),
      ).sort(compareLineageNodes);
      // Same order as SQL's ORDER BY from_key, to_key, owner (UTF-8 bytes), so dedupe keeps the same evidence.
      rows.sort((a, b) => byteOrder(a[0], b[0]) || byteOrder(a[1], b[1]) || byteOrder(a[2], b[2]));
      const edges = rows.map(([from, to, , props, evidence]): LineageEdge => {
        const p = JSON.parse(props) as RelProps;
        return { from, to, type: 'IMPLEMENTS', via: p.via, pinpoints: p.pinpoints, evidence: JSON.parse(evidence) as GraphEvidence };
      });
      return { root: key, direction: opts.direction, depth: max, nodes, edges: dedupeEdges(edges) };
    },
    missing(): MissingEntry[] {
      const rows = missing.all() as { key: string; n: number; citers: string }[];
      const docs = summaries(rows.map((r) => r.key));
      return rows.flatMap((r) => {
        const d = docs.get(r.key);
        return d ? [{ document: d, citedBy: r.n, citers: (JSON.parse(r.citers) as string[]).sort() }] : [];
      }).sort(compareMissing);
    },
    deadlines(q: DeadlineQuery): DeadlineRow[] {
      const rows = (deadlines.all() as (DeadlineRowDb & { label: string; issuer: string | null })[]).map(deadline);
      return rows.filter((d) => deadlineInRange(d, q) && (!q.agency || agencyMatches(d, q.agency))).sort(compareDeadlines);
    },
    document(key: string): DocumentView | null {
      const row = byKey.get(key) as DocRowWithFiles | undefined;
      if (!row) return null;
      return {
        document: summary(row),
        outgoing: (outgoing.all(key) as (RelRow & { name: string })[]).map((r) => view(r, 'to')),
        incoming: (incoming.all(key) as (RelRow & { name: string })[]).map((r) => view(r, 'from')),
        deadlines: (deadlinesOf.all(key) as (DeadlineRowDb & { label: string; issuer: string | null })[]).map(deadline).sort(compareDeadlines),
        targets: (targetsOf.all(key) as TargetRowDb[]).map(target),
      };
    },
    stats(): GraphStats {
      const rels = Object.fromEntries(REL_TYPES.map((t) => [t, 0])) as Record<RelType, number>;
      for (const r of relCounts.all() as { type: RelType; n: number }[]) rels[r.type] = r.n;
      const n = (k: keyof typeof counts) => counts[k].get() as number;
      return {
        agencies: n('agencies'), deadlines: n('deadlines'), documents: n('documents'), persons: n('persons'),
        relationships: rels, sourceFiles: n('sourceFiles'), stubs: n('stubs'), targets: n('targets'),
      };
    },
    *snapshot(): Generator<GraphItem> {
      for (const r of db.prepare(`${WITH_FILES} ORDER BY d.key`).iterate() as Iterable<DocRowWithFiles>) {
        const { key, ...props } = summary(r);
        yield { kind: 'node', node: { label: 'Document', key, props } };
      }
      for (const r of db.prepare('SELECT * FROM agencies ORDER BY key').iterate() as Iterable<{ key: string; name: string }>)
        yield { kind: 'node', node: { label: 'Agency', key: r.key, props: { name: r.name } } };
      for (const r of db.prepare('SELECT * FROM persons ORDER BY key').iterate() as Iterable<{ key: string; name: string; title: string | null }>)
        yield { kind: 'node', node: { label: 'Person', key: r.key, props: { name: r.name, title: r.title } } };
      for (const r of db.prepare('SELECT l.*, d.label, d.issuer FROM deadlines l JOIN documents d ON d.key = l.document ORDER BY l.key').iterate() as Iterable<DeadlineRowDb & { label: string; issuer: string | null }>) {
        const { key, evidence: _e, documentLabel: _l, issuer: _i, ...props } = deadline(r);
        yield { kind: 'node', node: { label: 'Deadline', key, props } };
      }
      for (const r of db.prepare('SELECT * FROM targets ORDER BY key').iterate() as Iterable<TargetRowDb>) {
        const { key, evidence: _e, ...props } = target(r);
        yield { kind: 'node', node: { label: 'Target', key, props } };
      }
      for (const r of db.prepare('SELECT * FROM rels ORDER BY type, from_key, to_key, owner').iterate() as Iterable<RelRow>) {
        yield { kind: 'relationship', relationship: {
          type: r.type as RelType, from: { label: r.from_label as NodeLabel, key: r.from_key }, to: { label: r.to_label as NodeLabel, key: r.to_key },
          owner: r.owner, props: JSON.parse(r.props) as RelProps, evidence: JSON.parse(r.evidence) as GraphEvidence,
        } };
      }
    },
  };
}
