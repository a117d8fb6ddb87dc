/** The embedded store's queries, each a prepared statement; lineage is in lineage.ts. */
import type { Database } from 'better-sqlite3';
import { canonicalKey } from '../../src/grammar/vi/symbol.js';
import { type DeadlineProps, type GraphItem, REL_TYPES, type RelType, type SourceFile, type TargetProps } from '../model.js';
import { agencyMatches, compareDeadlines, compareMissing, deadlineInRange } from '../query-rules.js';
import {
  type DeadlineQuery, type DeadlineRow, type DocumentSummary, type DocumentView, type GraphStats, type MissingEntry,
  type RelationshipView, type TargetRow,
} from '../store.js';
import { createLineage } from './lineage.js';
import { unpackEvidence, unpackProps } from './pack.js';
import { type DeadlineRowDb, type DocumentRow, REL_CODE, REL_NAMES, TARGET_LABEL, type TargetRowDb, codesTo, toKeySql } from './schema.js';

type DocRowWithFiles = DocumentRow & { files: string };
type DeadlineJoined = DeadlineRowDb & { label: string; issuer: string | null };
/** A relationship row with both ends' keys, the other end's name and the owner's key. */
interface RelJoined {
  type: number; from_key: string; to_key: string; owner_key: string; name: string; props: string | null; evidence: string;
  sha256: string | null; file: string | null;
}

const WITH_FILES = `SELECT d.*, (SELECT json_group_array(json_object('sha256', s.sha256, 'file', s.file))
  FROM (SELECT sha256, file FROM sources s WHERE s.document = d.id ORDER BY s.sha256) s) AS files FROM documents d`;
// Evidence comes with its source row's sha256 and file (pack.ts).
const DEADLINES = `SELECT l.key, d.key AS document, l.date, l.rrule, l.kind, l.action, l.actor, l.recipient, l.text, l.evidence,
  s.sha256, s.file, d.label, d.issuer FROM deadlines l JOIN documents d ON d.id = l.document LEFT JOIN sources s ON s.id = l.source`;
const TARGETS = `SELECT t.key, d.key AS document, t.value, t.unit, t.comparator, t.measure, t.text, t.evidence, s.sha256, s.file
  FROM targets t JOIN documents d ON d.id = t.document LEFT JOIN sources s ON s.id = t.source`;
const RELS = 'rels r LEFT JOIN sources s ON s.id = r.source';
const docKey = (idCol: string) => `(SELECT key FROM documents WHERE id = ${idCol})`;
/** What `show` prints for the other end: a document's label, an agency's or person's name, else the key. */
const toName = `CASE WHEN r.type IN (${codesTo('Document')}) THEN (SELECT label FROM documents WHERE id = r.to_id)
  WHEN r.type IN (${codesTo('Agency')}) THEN (SELECT name FROM agencies WHERE id = r.to_id)
  WHEN r.type IN (${codesTo('Person')}) THEN (SELECT name FROM persons WHERE id = r.to_id) ELSE ${toKeySql('r.type', 'r.to_id')} END`;
const REL_COLUMNS = `r.type, ${docKey('r.from_id')} AS from_key, ${toKeySql('r.type', 'r.to_id')} AS to_key, ${docKey('r.owner')} AS owner_key, r.props, r.evidence, s.sha256, s.file`;

const summary = (r: DocRowWithFiles): DocumentSummary => ({
  key: r.key, number: r.number, canonicalNumber: r.canonical_number, year: r.year, date: r.date, type: r.type,
  issuer: r.issuer, subject: r.subject, stub: r.stub === 1, label: r.label, files: JSON.parse(r.files) as SourceFile[],
});
const deadline = (r: DeadlineJoined): DeadlineRow => ({
  key: r.key, document: r.document, date: r.date, rrule: r.rrule, kind: r.kind as DeadlineProps['kind'], action: r.action,
  actor: r.actor, recipient: r.recipient, text: r.text, documentLabel: r.label, issuer: r.issuer, evidence: unpackEvidence(r.evidence, r.sha256, r.file),
});
const target = (r: TargetRowDb): TargetRow => ({
  key: r.key, document: r.document, value: r.value, unit: r.unit, comparator: r.comparator as TargetProps['comparator'],
  measure: r.measure, text: r.text, evidence: unpackEvidence(r.evidence, r.sha256, r.file),
});
const relType = (code: number): RelType => {
  const t = REL_NAMES[code];
  if (!t) throw new Error(`graph store: unknown relationship type ${code}`);
  return t;
};

export function createReader(db: Database) {
  const byKeys = db.prepare(`${WITH_FILES} WHERE d.key IN (SELECT value FROM json_each(?))`);
  const byKey = db.prepare(`${WITH_FILES} WHERE d.key = ?`);
  const byNumber = db.prepare(`${WITH_FILES} WHERE d.canonical_number = ? ORDER BY d.stub, d.key`);
  const missing = db.prepare(`SELECT d.key, COUNT(DISTINCT r.owner) AS n, json_group_array(DISTINCT ${docKey('r.owner')}) AS citers
    FROM documents d JOIN rels r ON r.to_id = d.id AND r.type IN (${REL_CODE.CITES}, ${REL_CODE.IMPLEMENTS}) WHERE d.stub = 1 GROUP BY d.key`);
  const deadlines = db.prepare(DEADLINES);
  const deadlinesOf = db.prepare(`${DEADLINES} WHERE l.document = ?`);
  const targetsOf = db.prepare(`${TARGETS} WHERE t.document = ? ORDER BY t.key`);
  const outgoing = db.prepare(`SELECT ${REL_COLUMNS}, ${toName} AS name FROM ${RELS}
    WHERE r.from_id = ? AND r.type NOT IN (${REL_CODE.HAS_DEADLINE}, ${REL_CODE.HAS_TARGET}) ORDER BY r.type, to_key, owner_key`);
  const incoming = db.prepare(`SELECT ${REL_COLUMNS}, (SELECT label FROM documents WHERE id = r.from_id) AS name FROM ${RELS}
    WHERE r.to_id = ? AND r.type IN (${codesTo('Document')}) ORDER BY r.type, from_key, owner_key`);
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
  const view = (r: RelJoined, side: 'from' | 'to'): RelationshipView => {
    const type = relType(r.type);
    return {
      type,
      other: side === 'to' ? { label: TARGET_LABEL[type], key: r.to_key, name: r.name } : { label: 'Document', key: r.from_key, name: r.name },
      props: unpackProps(r.props), evidence: unpackEvidence(r.evidence, r.sha256, r.file),
    };
  };

  return {
    knownSources: (shas: readonly string[]): Set<string> => new Set(known.all(JSON.stringify(shas)) as string[]),
    findDocuments(query: string): DocumentSummary[] {
      const exact = byKey.get(query) as DocRowWithFiles | undefined;
      if (exact) return [summary(exact)];
      return (byNumber.all(canonicalKey(query)) as DocRowWithFiles[]).map(summary);
    },
    lineage: createLineage(db),
    missing(): MissingEntry[] {
      const rows = missing.all() as { key: string; n: number; citers: string }[];
      const docs = summaries(rows.map((r) => r.key));
      return rows.flatMap((r) => {
        const d = docs.get(r.key);
        return d ? [{ document: d, citedBy: r.n, citers: (JSON.parse(r.citers) as string[]).sort() }] : [];
      }).sort(compareMissing);
    },
    deadlines(q: DeadlineQuery): DeadlineRow[] {
      const rows = (deadlines.all() as DeadlineJoined[]).map(deadline);
      return rows.filter((d) => deadlineInRange(d, q) && (!q.agency || agencyMatches(d, q.agency))).sort(compareDeadlines);
    },
    document(key: string): DocumentView | null {
      const row = byKey.get(key) as DocRowWithFiles | undefined;
      if (!row) return null;
      return {
        document: summary(row),
        outgoing: (outgoing.all(row.id) as RelJoined[]).map((r) => view(r, 'to')),
        incoming: (incoming.all(row.id) as RelJoined[]).map((r) => view(r, 'from')),
        deadlines: (deadlinesOf.all(row.id) as DeadlineJoined[]).map(deadline).sort(compareDeadlines),
        targets: (targetsOf.all(row.id) as TargetRowDb[]).map(target),
      };
    },
    stats(): GraphStats {
      const rels = Object.fromEntries(REL_TYPES.map((t) => [t, 0])) as Record<RelType, number>;
      for (const r of relCounts.all() as { type: number; n: number }[]) rels[relType(r.type)] = r.n;
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
      for (const r of db.prepare('SELECT key, name FROM agencies ORDER BY key').iterate() as Iterable<{ key: string; name: string }>)
        yield { kind: 'node', node: { label: 'Agency', key: r.key, props: { name: r.name } } };
      for (const r of db.prepare('SELECT key, name, title FROM persons ORDER BY key').iterate() as Iterable<{ key: string; name: string; title: string | null }>)
        yield { kind: 'node', node: { label: 'Person', key: r.key, props: { name: r.name, title: r.title } } };
      for (const r of db.prepare(`${DEADLINES} ORDER BY l.key`).iterate() as Iterable<DeadlineJoined>) {
        const { key, evidence: _e, documentLabel: _l, issuer: _i, ...props } = deadline(r);
        yield { kind: 'node', node: { label: 'Deadline', key, props } };
      }
      for (const r of db.prepare(`${TARGETS} ORDER BY t.key`).iterate() as Iterable<TargetRowDb>) {
        const { key, evidence: _e, ...props } = target(r);
        yield { kind: 'node', node: { label: 'Target', key, props } };
      }
      const rels = db.prepare(`SELECT ${REL_COLUMNS} FROM ${RELS} ORDER BY r.type, from_key, to_key, owner_key`);
      for (const r of rels.iterate() as Iterable<RelJoined>) {
        const type = relType(r.type);
        yield { kind: 'relationship', relationship: {
          type, from: { label: 'Document', key: r.from_key }, to: { label: TARGET_LABEL[type], key: r.to_key },
          owner: r.owner_key, props: unpackProps(r.props), evidence: unpackEvidence(r.evidence, r.sha256, r.file),
        } };
      }
    },
  };
}
