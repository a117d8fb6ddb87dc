/**
 * A batch of records → what a store must write, in order. Pure, so both stores (SQLite, Neo4j)
 * share one reading of the merge rule; the store only supplies the identities already on file.
 *
 * Order of application: absorb (re-point pre-existing stubs to the documents that absorb them),
 * drop the facts previously stated by `owners`, then upsert documents, sources, stubs, agencies,
 * persons, deadlines, targets and relationships; finally remove stubs, agencies and persons
 * that no relationship touches any more.
 */
import { canonicalKey } from '../src/grammar/vi/symbol.js';
import type { DocumentRecord } from '../src/record/record.js';
import { type CitationTargets, type DocumentFacts, type RecordFacts, documentFacts, documentLabel, recordFacts } from './facts.js';
import { identityOf, resolveCitation, stubsAbsorbedBy, unnumberedKey } from './identity.js';
import type { AgencyProps, DeadlineProps, DocIdentity, DocKey, GraphEvidence, GraphRelationship, PersonProps, SourceFile, TargetProps } from './model.js';

export interface BatchPlan {
  /** records skipped because an earlier record of the same batch had the same sha256. */
  readonly duplicates: number;
  readonly absorbs: readonly { readonly from: DocKey; readonly into: DocKey }[];
  readonly owners: readonly DocKey[];
  readonly documents: readonly { readonly key: DocKey; readonly facts: DocumentFacts }[];
  readonly sources: readonly (SourceFile & { readonly document: DocKey })[];
  readonly stubs: readonly { readonly key: DocKey; readonly facts: DocumentFacts }[];
  readonly agencies: readonly { readonly key: string; readonly props: AgencyProps }[];
  readonly persons: readonly { readonly key: string; readonly props: PersonProps }[];
  readonly deadlines: readonly { readonly key: string; readonly props: DeadlineProps; readonly evidence: GraphEvidence }[];
  readonly targets: readonly { readonly key: string; readonly props: TargetProps; readonly evidence: GraphEvidence }[];
  readonly relationships: readonly GraphRelationship[];
  /** stubs merged into ingested documents, counting those created and absorbed within the batch. */
  readonly mergedStubs: number;
}

/** The canonical numbers a batch touches: the store looks up the identities on file for these. */
export function numbersOf(records: readonly DocumentRecord[]): string[] {
  const out = new Set<string>();
  for (const r of records) {
    if (r.document.number) out.add(canonicalKey(r.document.number));
    for (const c of r.citations) out.add(c.canonicalKey);
  }
  return [...out].sort();
}

export function planBatch(records: readonly DocumentRecord[], existing: readonly DocIdentity[]): BatchPlan {
  const index = new Map<string, DocIdentity[]>();
  const preexisting = new Set<DocKey>();
  for (const e of existing) {
    if (!e.canonicalNumber) continue;
    index.set(e.canonicalNumber, [...(index.get(e.canonicalNumber) ?? []), e]);
    if (e.stub) preexisting.add(e.key);
  }
  const put = (id: DocIdentity) => {
    const list = (index.get(id.canonicalNumber ?? '') ?? []).filter((e) => e.key !== id.key);
    index.set(id.canonicalNumber ?? '', [...list, id]);
  };
  const alias = new Map<DocKey, DocKey>();
  const absorbs: { from: DocKey; into: DocKey }[] = [];
  const buckets = new Map<DocKey, RecordFacts>();
  const documents = new Map<DocKey, DocumentFacts>();
  const sources: (SourceFile & { document: DocKey })[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let mergedStubs = 0;

  for (const record of records) {
    if (seen.has(record.sha256)) {
      duplicates++;
      continue;
    }
    seen.add(record.sha256);
    const d = record.document;
    let key: DocKey;
    if (d.number) {
      const id = identityOf({ number: d.number, date: d.date, issuer: d.issuer }, false);
      key = id.key;
      for (const stub of stubsAbsorbedBy(id, index.get(id.canonicalNumber ?? '') ?? [])) {
        alias.set(stub, key);
        if (preexisting.has(stub)) absorbs.push({ from: stub, into: key });
        mergedStubs++;
        index.set(id.canonicalNumber ?? '', (index.get(id.canonicalNumber ?? '') ?? []).filter((e) => e.key !== stub));
      }
      const before = (index.get(id.canonicalNumber ?? '') ?? []).find((e) => e.key === key);
      if (before?.stub) mergedStubs++;
      put(id);
    } else {
      key = unnumberedKey({ ...d, sha256: record.sha256 });
    }
    const targets = new Map<string, { key: DocKey; stub: boolean }>();
    for (const c of record.citations) {
      const cid = identityOf({ number: c.key, date: c.date, issuer: c.issuer }, true);
      const r = resolveCitation(cid, index.get(cid.canonicalNumber ?? '') ?? []);
      if (r.isNew) put(cid);
      const node = (index.get(cid.canonicalNumber ?? '') ?? []).find((e) => e.key === r.key);
      if (r.key !== key) targets.set(c.key, { key: r.key, stub: node?.stub ?? true });
    }
    buckets.set(key, recordFacts(record, key, targets as CitationTargets));
    documents.set(key, documentFacts(record));
    sources.push({ sha256: record.sha256, file: record.file, document: key });
  }

  const final = (k: DocKey): DocKey => {
    let out = k;
    for (let i = 0; i < 8 && alias.has(out); i++) out = alias.get(out) ?? out;
    return out;
  };
  const stubs = new Map<DocKey, DocumentFacts>();
  const agencies = new Map<string, AgencyProps>();
  const persons = new Map<string, PersonProps>();
  const deadlines: BatchPlan['deadlines'][number][] = [];
  const targets: BatchPlan['targets'][number][] = [];
  const rels = new Map<string, GraphRelationship>();
  for (const facts of buckets.values()) {
    for (const [k, f] of facts.stubs) {
      const to = final(k);
      if (documents.has(to) || to !== k) continue;
      const had = stubs.get(k);
      stubs.set(k, had ? fillNulls(had, f) : f);
    }
    for (const [k, p] of facts.agencies) agencies.set(k, { name: pick(agencies.get(k)?.name ?? null, p.name) ?? p.name });
    for (const [k, p] of facts.persons) {
      const had = persons.get(k);
      persons.set(k, had ? { name: pick(had.name, p.name) ?? p.name, title: pick(had.title, p.title) } : p);
    }
    for (const [k, v] of facts.deadlines) deadlines.push({ key: k, ...v });
    for (const [k, v] of facts.targets) targets.push({ key: k, ...v });
    for (const r of facts.relationships) {
      const from = { ...r.from, key: final(r.from.key) };
      const to = { ...r.to, key: final(r.to.key) };
      const id = `${r.type}\u0000${from.key}\u0000${to.key}\u0000${r.owner}`;
      // An ingested document speaks for its own issuer: what a citation said about it goes.
      const citedIssuer = r.type === 'ISSUED_BY' && r.owner !== from.key && documents.has(from.key);
      if (from.key !== to.key && !citedIssuer && !rels.has(id)) rels.set(id, { ...r, from, to });
    }
  }
  const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    duplicates,
    absorbs,
    owners: [...documents.keys()].sort(),
    documents: [...documents].map(([key, facts]) => ({ key, facts })).sort(byKey),
    sources,
    stubs: [...stubs].map(([key, facts]) => ({ key, facts })).sort(byKey),
    agencies: [...agencies].map(([key, props]) => ({ key, props })),
    persons: [...persons].map(([key, props]) => ({ key, props })),
    deadlines,
    targets,
    relationships: [...rels.values()],
    mergedStubs,
  };
}

/** Either value when one is null, else the smaller: the same whatever order the citations came in. */
export const pick = <T extends string>(a: T | null, b: T | null): T | null => (a === null ? b : b === null ? a : a <= b ? a : b);

/** A stub cited twice learns what one citation left out; where both say something, the choice does not depend on order. */
export function fillNulls(a: DocumentFacts, b: DocumentFacts): DocumentFacts {
  const merged = {
    number: pick(a.number, b.number),
    canonicalNumber: pick(a.canonicalNumber, b.canonicalNumber),
    year: pick(a.year, b.year),
    date: pick(a.date, b.date),
    type: pick(a.type, b.type),
    issuer: pick(a.issuer, b.issuer),
    subject: pick(a.subject, b.subject),
  };
  return { ...merged, label: documentLabel(merged) };
}
