/**
 * One record → the nodes and relationships it states, given where each of its citations goes.
 * Pure: the batch planner (plan.ts) supplies the keys.
 */
import { createHash } from 'node:crypto';
import { expandAgencyAbbreviations } from '../src/data/vi/index.js';
import { canonicalKey, writtenKey } from '../src/grammar/vi/symbol.js';
import type { Citation, DocumentRecord, Evidence } from '../src/record/record.js';
import { issuerKey, yearOf } from './identity.js';
import type {
  AgencyProps,
  DeadlineProps,
  DocKey,
  DocumentProps,
  GraphEvidence,
  GraphRelationship,
  NodeLabel,
  PersonProps,
  RelProps,
  RelType,
  TargetProps,
} from './model.js';

export type DocumentFacts = Omit<DocumentProps, 'stub' | 'files'>;

export interface RecordFacts {
  readonly owner: DocKey;
  /** the stubs this record cites (only those that are not ingested documents). */
  readonly stubs: ReadonlyMap<DocKey, DocumentFacts>;
  readonly agencies: ReadonlyMap<string, AgencyProps>;
  readonly persons: ReadonlyMap<string, PersonProps>;
  readonly deadlines: ReadonlyMap<string, { props: DeadlineProps; evidence: GraphEvidence }>;
  readonly targets: ReadonlyMap<string, { props: TargetProps; evidence: GraphEvidence }>;
  readonly relationships: readonly GraphRelationship[];
}

/** Where each citation of the record goes (by its written key), and whether that node is a stub. */
export type CitationTargets = ReadonlyMap<string, { readonly key: DocKey; readonly stub: boolean }>;

const hash12 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);
// Filing notes in "Nơi nhận", not recipients: "Lưu: VT", "Như trên", "Như Điều 3".
const NOT_A_RECIPIENT = /^(?:lưu|như\s+(?:trên|điều))(?![\p{L}\p{N}])/iu;

// Agency names repeat across thousands of records: remember the last few thousand spellings.
const SHOWN = new Map<string, string>();

/** "Sở GD&ĐT (Báo cáo)" → "Sở Giáo dục và Đào tạo": expanded, without notes. */
function shownName(name: string): string {
  const known = SHOWN.get(name);
  if (known !== undefined) return known;
  if (SHOWN.size >= 4096) SHOWN.clear();
  const shown = expandAgencyAbbreviations(name.normalize('NFC')).replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+/gu, ' ').trim();
  SHOWN.set(name, shown);
  return shown;
}

export function documentLabel(p: { type: string | null; number: string | null; date: string | null; issuer: string | null }): string {
  const head = `${p.type ?? 'Văn bản'} ${p.number ?? '(không số)'}`;
  const tail = [p.date ? `ngày ${p.date}` : null, p.issuer ? `của ${p.issuer}` : null].filter(Boolean).join(' ');
  return tail ? `${head} ${tail}` : head;
}

export function documentFacts(record: DocumentRecord): DocumentFacts {
  const d = record.document;
  const number = d.number ? writtenKey(d.number) : null;
  return {
    number,
    canonicalNumber: number ? canonicalKey(number) : null,
    year: number ? yearOf(number, d.date) : (d.date?.slice(0, 4) ?? null),
    date: d.date,
    type: d.type,
    issuer: d.issuer,
    subject: d.subject,
    label: documentLabel({ type: d.type, number, date: d.date, issuer: d.issuer }),
  };
}

export function stubFacts(c: Citation): DocumentFacts {
  return {
    number: c.key,
    canonicalNumber: c.canonicalKey,
    year: yearOf(c.key, c.date),
    date: c.date,
    type: c.type,
    issuer: c.issuer,
    subject: c.subject,
    label: documentLabel({ type: c.type, number: c.key, date: c.date, issuer: c.issuer }),
  };
}

/** Builds the facts of one record whose document has key `owner`. */
export function recordFacts(record: DocumentRecord, owner: DocKey, targets: CitationTargets): RecordFacts {
  const ev = (e: Evidence | null | undefined, quote: string): GraphEvidence =>
    e
      ? { file: record.file, sha256: record.sha256, span: e.span, sourceSpan: e.sourceSpan, quote: e.quote }
      : { file: record.file, sha256: record.sha256, span: null, sourceSpan: null, quote };
  const stubs = new Map<DocKey, DocumentFacts>();
  const agencies = new Map<string, AgencyProps>();
  const persons = new Map<string, PersonProps>();
  const deadlines = new Map<string, { props: DeadlineProps; evidence: GraphEvidence }>();
  const targetNodes = new Map<string, { props: TargetProps; evidence: GraphEvidence }>();
  const rels = new Map<string, GraphRelationship>();
  const NONE: RelProps = { pinpoints: [], via: null, authority: null };

  const relate = (type: RelType, from: [NodeLabel, string], to: [NodeLabel, string], props: RelProps, evidence: GraphEvidence) => {
    const id = `${type}\u0000${from[1]}\u0000${to[1]}`;
    if (from[1] === to[1] || rels.has(id)) return;
    rels.set(id, { type, from: { label: from[0], key: from[1] }, to: { label: to[0], key: to[1] }, owner, props, evidence });
  };
  const agency = (name: string): string | null => {
    const key = issuerKey(name);
    // Shown expanded and without notes: "Sở GD&ĐT (Báo cáo)" → "Sở Giáo dục và Đào tạo".
    if (key && !agencies.has(key)) agencies.set(key, { name: shownName(name) });
    return key;
  };

  const d = record.document;
  if (d.issuer) {
    const key = agency(d.issuer);
    const inferred = d.inferred.find((i) => i.field === 'issuer')?.evidence;
    if (key) relate('ISSUED_BY', ['Document', owner], ['Agency', key], NONE, ev(d.evidence.issuer ?? inferred, d.issuer));
  }
  if (d.signer?.name) {
    const key = d.signer.name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
    persons.set(key, { name: d.signer.name, title: d.signer.title });
    relate('SIGNED_BY', ['Document', owner], ['Person', key], { ...NONE, authority: d.signer.authority }, ev(d.signer.evidence, d.signer.name));
  }
  for (const r of d.recipients) {
    if (NOT_A_RECIPIENT.test(r.trim())) continue;
    const key = agency(r);
    if (key) relate('SENT_TO', ['Document', owner], ['Agency', key], NONE, ev(d.evidence[`recipients`], r));
  }
  for (const c of record.citations) {
    const to = targets.get(c.key);
    if (!to) continue;
    if (to.stub && !stubs.has(to.key)) stubs.set(to.key, stubFacts(c));
    const type = c.relation === 'implements' ? 'IMPLEMENTS' : 'CITES';
    relate(type, ['Document', owner], ['Document', to.key], { ...NONE, pinpoints: c.pinpoints, via: 'citation' }, ev(c.evidence, c.key));
    // A stub's issuer is known only from how it is cited.
    if (to.stub && c.issuer) {
      const key = agency(c.issuer);
      if (key) relate('ISSUED_BY', ['Document', to.key], ['Agency', key], NONE, ev(c.evidence, c.issuer));
    }
  }
  for (const l of record.links) {
    const from = targets.get(l.from);
    const to = targets.get(l.to);
    if (from && to) relate('IMPLEMENTS', ['Document', from.key], ['Document', to.key], { ...NONE, via: 'link' }, ev(l.evidence, l.evidence.quote));
  }
  for (const dl of record.deadlines) {
    const key = `${owner}#deadline:${hash12([dl.kind, dl.date, dl.rrule, dl.text].join('|'))}`;
    if (deadlines.has(key)) continue;
    const props: DeadlineProps = {
      document: owner, date: dl.date, rrule: dl.rrule, kind: dl.kind, action: dl.action,
      actor: dl.actor, recipient: dl.recipient, text: dl.text,
    };
    deadlines.set(key, { props, evidence: ev(dl.evidence, dl.text) });
    relate('HAS_DEADLINE', ['Document', owner], ['Deadline', key], NONE, ev(dl.evidence, dl.text));
  }
  for (const t of record.targets) {
    const key = `${owner}#target:${hash12([t.comparator, t.value, t.unit, t.text].join('|'))}`;
    if (targetNodes.has(key)) continue;
    const props: TargetProps = { document: owner, value: t.value, unit: t.unit, comparator: t.comparator, measure: t.measure, text: t.text };
    targetNodes.set(key, { props, evidence: ev(t.evidence, t.text) });
    relate('HAS_TARGET', ['Document', owner], ['Target', key], NONE, ev(t.evidence, t.text));
  }
  return { owner, stubs, agencies, persons, deadlines, targets: targetNodes, relationships: [...rels.values()] };
}
