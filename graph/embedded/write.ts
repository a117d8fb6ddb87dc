/** Applies a BatchPlan to SQLite with prepared statements; the caller wraps it in one transaction. */
import type { Database, Statement } from 'better-sqlite3';
import type { DocumentFacts } from '../facts.js';
import { issuerKey } from '../identity.js';
import type { DocIdentity, GraphEvidence, NodeLabel } from '../model.js';
import { type BatchPlan, fillNulls } from '../plan.js';
import { type SourceRef, packEvidence, packProps } from './pack.js';
import { type DocumentRow, REL_CODE, REL_NAMES, TABLE, TARGET_LABEL, codesTo } from './schema.js';

export interface Writer {
  identities(numbers: readonly string[]): DocIdentity[];
  apply(plan: BatchPlan): void;
}

/** Bound by position: better-sqlite3 binds an array faster than named parameters from an object. */
const docParams = (key: string, f: DocumentFacts, stub: boolean) => [
  key, f.number, f.canonicalNumber, f.year, f.date, f.type, f.issuer, issuerKey(f.issuer), f.subject, f.label, stub ? 1 : 0,
];

type Touched = { type: number; from_id: number; to_id: number };

export function createWriter(db: Database): Writer {
  const s = (sql: string): Statement => db.prepare(sql);
  const DOCS = codesTo('Document');
  const identities = s('SELECT * FROM documents WHERE canonical_number IN (SELECT value FROM json_each(?))');
  const idBy = Object.fromEntries(
    Object.entries(TABLE).map(([label, table]) => [label, s(`SELECT id FROM ${table} WHERE key = ?`).pluck()]),
  ) as Record<NodeLabel, Statement>;
  // An ingested document speaks for its own issuer: what citations said about it goes.
  const dropCitedIssuer = s(`DELETE FROM rels WHERE from_id = @id AND type = ${REL_CODE.ISSUED_BY} AND owner <> @id RETURNING to_id`).pluck();
  const repointFrom = s('UPDATE OR IGNORE rels SET from_id = @into WHERE from_id = @from');
  const repointTo = s(`UPDATE OR IGNORE rels SET to_id = @into WHERE to_id = @from AND type IN (${DOCS})`);
  const dropTouching = s(`DELETE FROM rels WHERE from_id = @from OR (to_id = @from AND type IN (${DOCS}))`);
  const dropLoops = s(`DELETE FROM rels WHERE from_id = @id AND to_id = @id AND type IN (${DOCS})`);
  const dropStub = s('DELETE FROM documents WHERE id = ? AND stub = 1');
  const dropOwned = s('DELETE FROM rels WHERE owner = ? RETURNING type, from_id, to_id');
  const dropDeadlines = s('DELETE FROM deadlines WHERE document = ?');
  const dropTargets = s('DELETE FROM targets WHERE document = ?');
  const upsertDoc = s(`INSERT INTO documents (key, number, canonical_number, year, date, type, issuer, issuer_key, subject, label, stub)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET number = excluded.number, canonical_number = excluded.canonical_number, year = excluded.year,
    date = excluded.date, type = excluded.type, issuer = excluded.issuer, issuer_key = excluded.issuer_key,
    subject = excluded.subject, label = excluded.label, stub = excluded.stub RETURNING id`).pluck();
  const getDoc = s('SELECT * FROM documents WHERE key = ?');
  const onFileKeys = s('SELECT key FROM documents WHERE key IN (SELECT value FROM json_each(?))').pluck();
  // Rows new to the store go in with plain INSERTs: no conflict to resolve, no RETURNING to buffer.
  const insert = (table: string, columns: string): Statement =>
    s(`INSERT INTO ${table} (${columns}) VALUES (${columns.split(',').map(() => '?').join(', ')})`);
  const newDoc = insert('documents', 'key, number, canonical_number, year, date, type, issuer, issuer_key, subject, label, stub');
  const newDeadline = insert('deadlines', 'key, document, date, rrule, kind, action, actor, recipient, text, evidence, source');
  const newTarget = insert('targets', 'key, document, value, unit, comparator, measure, text, evidence, source');
  const addSource = s('INSERT OR IGNORE INTO sources (sha256, file, document) VALUES (?, ?, ?)');
  const sourceBySha = s('SELECT id, sha256, file FROM sources WHERE sha256 = ?');
  // Names seen twice keep the smaller spelling, so the graph does not depend on ingestion order.
  const addAgency = s('INSERT INTO agencies (key, name) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET name = min(name, excluded.name) RETURNING id').pluck();
  const addPerson = s(`INSERT INTO persons (key, name, title) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = min(name, excluded.name),
    title = coalesce(min(title, excluded.title), title, excluded.title) RETURNING id`).pluck();
  const putDeadline = s(`INSERT INTO deadlines (key, document, date, rrule, kind, action, actor, recipient, text, evidence, source)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (document, key) DO UPDATE SET date = excluded.date, rrule = excluded.rrule, kind = excluded.kind,
    action = excluded.action, actor = excluded.actor, recipient = excluded.recipient, text = excluded.text, evidence = excluded.evidence,
    source = excluded.source RETURNING id`).pluck();
  const putTarget = s(`INSERT INTO targets (key, document, value, unit, comparator, measure, text, evidence, source)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (document, key) DO UPDATE SET value = excluded.value, unit = excluded.unit,
    comparator = excluded.comparator, measure = excluded.measure, text = excluded.text, evidence = excluded.evidence,
    source = excluded.source RETURNING id`).pluck();
  const addRel = s('INSERT OR IGNORE INTO rels (type, from_id, to_id, owner, props, evidence, source) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const orphanStub = s(`DELETE FROM documents WHERE id = @id AND stub = 1
    AND NOT EXISTS (SELECT 1 FROM rels WHERE to_id = @id AND type IN (${DOCS})) AND NOT EXISTS (SELECT 1 FROM rels WHERE from_id = @id)`);
  const orphanAgency = s(`DELETE FROM agencies WHERE id = @id AND NOT EXISTS (SELECT 1 FROM rels WHERE to_id = @id AND type IN (${codesTo('Agency')}))`);
  const orphanPerson = s(`DELETE FROM persons WHERE id = @id AND NOT EXISTS (SELECT 1 FROM rels WHERE to_id = @id AND type IN (${codesTo('Person')}))`);

  // The rows identities() read, for apply() in the same transaction: every stub a batch cites is among them.
  let onFile = new Map<string, DocumentRow>();

  return {
    identities(numbers) {
      onFile = new Map();
      if (numbers.length === 0) return [];
      const rows = identities.all(JSON.stringify(numbers)) as DocumentRow[];
      for (const r of rows) onFile.set(r.key, r);
      return rows.map((r) => ({ key: r.key, canonicalNumber: r.canonical_number, year: r.year, date: r.date, issuer: r.issuer_key, stub: r.stub === 1 }));
    },
    apply(plan) {
      // The ids of the nodes this batch writes; any other node is looked up by key.
      const ids: Record<NodeLabel, Map<string, number>> = {
        Document: new Map(), Agency: new Map(), Person: new Map(), Deadline: new Map(), Target: new Map(),
      };
      const idOf = (label: NodeLabel, key: string): number => {
        const id = ids[label].get(key) ?? (idBy[label].get(key) as number | undefined);
        if (id === undefined) throw new Error(`graph store: no ${label} ${key} for a relationship`);
        return id;
      };
      // Orphan candidates: stubs, agencies and persons that lost a relationship.
      const touchedDocs = new Set<number>();
      const touchedAgencies = new Set<number>();
      const touchedPersons = new Set<number>();
      const touch = (r: Touched) => {
        touchedDocs.add(r.from_id);
        const type = REL_NAMES[r.type];
        const label = type ? TARGET_LABEL[type] : null;
        if (label === 'Document') touchedDocs.add(r.to_id);
        else if (label === 'Agency') touchedAgencies.add(r.to_id);
        else if (label === 'Person') touchedPersons.add(r.to_id);
      };
      // A document new to the store owns nothing yet and no citation spoke for its issuer: nothing to drop.
      const old = new Set(onFileKeys.all(JSON.stringify(plan.owners)) as string[]);
      for (const a of plan.absorbs) old.add(a.into);
      // Rows first so the absorbs below have the ids; neither step reads the other's rows.
      const rowid = (st: Statement, params: unknown[]) => Number(st.run(params).lastInsertRowid);
      for (const d of plan.documents) {
        const params = docParams(d.key, d.facts, false);
        ids.Document.set(d.key, old.has(d.key) ? (upsertDoc.get(params) as number) : rowid(newDoc, params));
      }
      for (const a of plan.absorbs) {
        const from = idBy.Document.get(a.from) as number | undefined;
        if (from === undefined) continue;
        const into = idOf('Document', a.into);
        for (const id of dropCitedIssuer.all({ id: from }) as number[]) touchedAgencies.add(id);
        repointFrom.run({ from, into });
        repointTo.run({ from, into });
        dropTouching.run({ from });
        dropLoops.run({ id: into });
        dropStub.run(from);
      }
      for (const owner of plan.owners) {
        if (!old.has(owner)) continue;
        const id = idOf('Document', owner);
        for (const r of dropOwned.all(id) as Touched[]) touch(r);
        dropDeadlines.run(id);
        dropTargets.run(id);
      }
      for (const d of plan.documents) {
        if (!old.has(d.key)) continue;
        for (const id of dropCitedIssuer.all({ id: ids.Document.get(d.key) }) as number[]) touchedAgencies.add(id);
      }
      const sources = new Map<string, SourceRef>();
      for (const src of plan.sources) {
        const added = addSource.run(src.sha256, src.file, idOf('Document', src.document));
        const ref = added.changes === 0 ? (sourceBySha.get(src.sha256) as SourceRef | undefined) : { id: Number(added.lastInsertRowid), sha256: src.sha256, file: src.file };
        if (ref) sources.set(ref.sha256, ref);
      }
      const evidence = (e: GraphEvidence) => packEvidence(e, sources.get(e.sha256));
      for (const st of plan.stubs) {
        const had = onFile.get(st.key) ?? (getDoc.get(st.key) as DocumentRow | undefined);
        const facts = had ? fillNulls(factsOf(had), st.facts) : st.facts;
        // A stub cited again usually learns nothing: its row is left as it is.
        if (had && (had.stub === 0 || (sameFacts(factsOf(had), facts) && had.issuer_key === issuerKey(facts.issuer)))) ids.Document.set(st.key, had.id);
        else ids.Document.set(st.key, upsertDoc.get(docParams(st.key, facts, true)) as number);
      }
      for (const a of plan.agencies) ids.Agency.set(a.key, addAgency.get(a.key, a.props.name) as number);
      for (const p of plan.persons) ids.Person.set(p.key, addPerson.get(p.key, p.props.name, p.props.title) as number);
      for (const d of plan.deadlines) {
        const p = d.props;
        const row = [d.key, idOf('Document', p.document), p.date, p.rrule, p.kind, p.action, p.actor, p.recipient, p.text, ...evidence(d.evidence)];
        const fresh = !old.has(p.document) && !ids.Deadline.has(d.key);
        ids.Deadline.set(d.key, fresh ? rowid(newDeadline, row) : (putDeadline.get(row) as number));
      }
      for (const t of plan.targets) {
        const p = t.props;
        const row = [t.key, idOf('Document', p.document), p.value, p.unit, p.comparator, p.measure, p.text, ...evidence(t.evidence)];
        const fresh = !old.has(p.document) && !ids.Target.has(t.key);
        ids.Target.set(t.key, fresh ? rowid(newTarget, row) : (putTarget.get(row) as number));
      }
      for (const r of plan.relationships) {
        const [text, source] = packEvidence(r.evidence, sources.get(r.evidence.sha256));
        addRel.run(REL_CODE[r.type], idOf('Document', r.from.key), idOf(r.to.label, r.to.key), idOf('Document', r.owner), packProps(r.props), text, source);
      }
      for (const id of touchedDocs) orphanStub.run({ id });
      for (const id of touchedAgencies) orphanAgency.run({ id });
      for (const id of touchedPersons) orphanPerson.run({ id });
      onFile = new Map();
    },
  };
}

const sameFacts = (a: DocumentFacts, b: DocumentFacts): boolean =>
  a.number === b.number && a.canonicalNumber === b.canonicalNumber && a.year === b.year && a.date === b.date &&
  a.type === b.type && a.issuer === b.issuer && a.subject === b.subject && a.label === b.label;

export const factsOf = (r: DocumentRow): DocumentFacts => ({
  number: r.number, canonicalNumber: r.canonical_number, year: r.year, date: r.date, type: r.type,
  issuer: r.issuer, subject: r.subject, label: r.label,
});
