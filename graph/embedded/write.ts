/** Applies a BatchPlan to SQLite with prepared statements; the caller wraps it in one transaction. */
import type { Database, Statement } from 'better-sqlite3';
import type { DocumentFacts } from '../facts.js';
import { issuerKey } from '../identity.js';
import type { DocIdentity } from '../model.js';
import { type BatchPlan, fillNulls } from '../plan.js';
import type { DocumentRow } from './schema.js';

export interface Writer {
  identities(numbers: readonly string[]): DocIdentity[];
  apply(plan: BatchPlan): void;
}

const docParams = (key: string, f: DocumentFacts, stub: boolean) => ({
  key, number: f.number, canonical_number: f.canonicalNumber, year: f.year, date: f.date, type: f.type,
  issuer: f.issuer, issuer_key: issuerKey(f.issuer), subject: f.subject, label: f.label, stub: stub ? 1 : 0,
});

export function createWriter(db: Database): Writer {
  const s = (sql: string): Statement => db.prepare(sql);
  const identities = s(`SELECT key, canonical_number, year, date, issuer_key, stub FROM documents
    WHERE canonical_number IN (SELECT value FROM json_each(?))`);
  // An ingested document speaks for its own issuer: what citations said about it goes.
  const dropCitedIssuer = s(`DELETE FROM rels WHERE type = 'ISSUED_BY' AND from_key = @key AND owner <> @key`);
  const citedIssuers = s(`SELECT to_key AS k FROM rels WHERE type = 'ISSUED_BY' AND from_key = @key AND owner <> @key`);
  const repointFrom = s('UPDATE OR IGNORE rels SET from_key = @into WHERE from_key = @from');
  const repointTo = s('UPDATE OR IGNORE rels SET to_key = @into WHERE to_key = @from');
  const dropTouching = s('DELETE FROM rels WHERE from_key = @from OR to_key = @from');
  const dropLoops = s('DELETE FROM rels WHERE from_key = to_key AND from_key = ?');
  const dropStub = s('DELETE FROM documents WHERE key = ? AND stub = 1');
  const touchedBy = s('SELECT from_key AS k FROM rels WHERE owner = ? UNION SELECT to_key FROM rels WHERE owner = ?');
  const dropOwned = s('DELETE FROM rels WHERE owner = ?');
  const dropDeadlines = s('DELETE FROM deadlines WHERE document = ?');
  const dropTargets = s('DELETE FROM targets WHERE document = ?');
  const upsertDoc = s(`INSERT INTO documents VALUES (@key, @number, @canonical_number, @year, @date, @type, @issuer, @issuer_key, @subject, @label, @stub)
    ON CONFLICT (key) DO UPDATE SET number = excluded.number, canonical_number = excluded.canonical_number, year = excluded.year,
    date = excluded.date, type = excluded.type, issuer = excluded.issuer, issuer_key = excluded.issuer_key,
    subject = excluded.subject, label = excluded.label, stub = excluded.stub`);
  const getDoc = s('SELECT * FROM documents WHERE key = ?');
  const addSource = s('INSERT OR IGNORE INTO sources VALUES (@sha256, @file, @document)');
  // Names seen twice keep the smaller spelling, so the graph does not depend on ingestion order.
  const addAgency = s('INSERT INTO agencies VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET name = min(name, excluded.name)');
  const addPerson = s(`INSERT INTO persons VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = min(name, excluded.name),
    title = coalesce(min(title, excluded.title), title, excluded.title)`);
  const putDeadline = s(`INSERT OR REPLACE INTO deadlines VALUES (@key, @document, @date, @rrule, @kind, @action, @actor, @recipient, @text, @evidence)`);
  const putTarget = s('INSERT OR REPLACE INTO targets VALUES (@key, @document, @value, @unit, @comparator, @measure, @text, @evidence)');
  const addRel = s('INSERT OR IGNORE INTO rels VALUES (@type, @from_label, @from_key, @to_label, @to_key, @owner, @props, @evidence)');
  const orphanStub = s(`DELETE FROM documents WHERE key = @k AND stub = 1
    AND NOT EXISTS (SELECT 1 FROM rels WHERE to_key = @k) AND NOT EXISTS (SELECT 1 FROM rels WHERE from_key = @k)`);
  const orphanAgency = s('DELETE FROM agencies WHERE key = @k AND NOT EXISTS (SELECT 1 FROM rels WHERE to_key = @k)');
  const orphanPerson = s('DELETE FROM persons WHERE key = @k AND NOT EXISTS (SELECT 1 FROM rels WHERE to_key = @k)');

  return {
    identities(numbers) {
      if (numbers.length === 0) return [];
      const rows = identities.all(JSON.stringify(numbers)) as Pick<DocumentRow, 'key' | 'canonical_number' | 'year' | 'date' | 'issuer_key' | 'stub'>[];
      return rows.map((r) => ({ key: r.key, canonicalNumber: r.canonical_number, year: r.year, date: r.date, issuer: r.issuer_key, stub: r.stub === 1 }));
    },
    apply(plan) {
      const touched = new Set<string>();
      for (const a of plan.absorbs) {
        for (const row of citedIssuers.all({ key: a.from }) as { k: string }[]) touched.add(row.k);
        dropCitedIssuer.run({ key: a.from });
        repointFrom.run(a);
        repointTo.run(a);
        dropTouching.run(a);
        dropLoops.run(a.into);
        dropStub.run(a.from);
      }
      for (const owner of plan.owners) {
        for (const row of touchedBy.all(owner, owner) as { k: string }[]) touched.add(row.k);
        dropOwned.run(owner);
        dropDeadlines.run(owner);
        dropTargets.run(owner);
      }
      for (const d of plan.documents) {
        for (const row of citedIssuers.all({ key: d.key }) as { k: string }[]) touched.add(row.k);
        dropCitedIssuer.run({ key: d.key });
        upsertDoc.run(docParams(d.key, d.facts, false));
      }
      for (const src of plan.sources) addSource.run(src);
      for (const st of plan.stubs) {
        const had = getDoc.get(st.key) as DocumentRow | undefined;
        if (had && had.stub === 0) continue;
        upsertDoc.run(docParams(st.key, had ? fillNulls(factsOf(had), st.facts) : st.facts, true));
      }
      for (const a of plan.agencies) addAgency.run(a.key, a.props.name);
      for (const p of plan.persons) addPerson.run(p.key, p.props.name, p.props.title);
      for (const d of plan.deadlines) putDeadline.run({ key: d.key, ...d.props, evidence: JSON.stringify(d.evidence) });
      for (const t of plan.targets) putTarget.run({ key: t.key, ...t.props, evidence: JSON.stringify(t.evidence) });
      for (const r of plan.relationships) {
        addRel.run({
          type: r.type, from_label: r.from.label, from_key: r.from.key, to_label: r.to.label, to_key: r.to.key,
          owner: r.owner, props: JSON.stringify(r.props), evidence: JSON.stringify(r.evidence),
        });
      }
      for (const k of touched) {
        orphanStub.run({ k });
        orphanAgency.run({ k });
        orphanPerson.run({ k });
      }
    },
  };
}

export const factsOf = (r: DocumentRow): DocumentFacts => ({
  number: r.number, canonicalNumber: r.canonical_number, year: r.year, date: r.date, type: r.type,
  issuer: r.issuer, subject: r.subject, label: r.label,
});
