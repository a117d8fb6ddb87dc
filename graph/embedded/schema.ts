/**
 * The embedded store's tables. Nodes live in rowid tables with an INTEGER id (the key is a UNIQUE
 * lookup); relationships refer to nodes by id, so their indexes hold small integers that new rows
 * mostly append to, instead of long text keys inserted at random places.
 */
import { REL_TYPES, type NodeLabel, type RelType } from '../model.js';

/** 3: integer node ids, evidence naming its file by source id (1 keyed everything by text; 2 lacked the source ids). */
export const SCHEMA_VERSION = 3;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, number TEXT, canonical_number TEXT, year TEXT, date TEXT, type TEXT,
  issuer TEXT, issuer_key TEXT, subject TEXT, label TEXT NOT NULL, stub INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_number ON documents (canonical_number);
-- Evidence names its file by source id (see pack.ts).
CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, file TEXT, document INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sources_document ON sources (document);
CREATE TABLE IF NOT EXISTS agencies (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS persons (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, title TEXT);
CREATE TABLE IF NOT EXISTS deadlines (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL, document INTEGER NOT NULL, date TEXT, rrule TEXT, kind TEXT NOT NULL,
  action TEXT, actor TEXT, recipient TEXT, text TEXT NOT NULL, evidence TEXT NOT NULL, source INTEGER
);
-- A deadline's or target's key starts with its document's key, so (document, key) is as unique as the
-- key alone, and new rows append to this index instead of landing at random places.
CREATE UNIQUE INDEX IF NOT EXISTS deadlines_document ON deadlines (document, key);
CREATE TABLE IF NOT EXISTS targets (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL, document INTEGER NOT NULL, value REAL NOT NULL, unit TEXT,
  comparator TEXT NOT NULL, measure TEXT, text TEXT NOT NULL, evidence TEXT NOT NULL, source INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS targets_document ON targets (document, key);
CREATE TABLE IF NOT EXISTS rels (
  id INTEGER PRIMARY KEY, type INTEGER NOT NULL, from_id INTEGER NOT NULL, to_id INTEGER NOT NULL, owner INTEGER NOT NULL,
  props TEXT, evidence TEXT NOT NULL, source INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS rels_from ON rels (from_id, type, to_id, owner);
CREATE INDEX IF NOT EXISTS rels_to ON rels (to_id, type);
CREATE INDEX IF NOT EXISTS rels_owner ON rels (owner);
`;

/**
 * rels.type: the position in the alphabetical list, so ORDER BY type sorts as the names do.
 * Every relationship leaves a Document; the type says which table its `to_id` is in.
 */
export const REL_NAMES: readonly RelType[] = [...REL_TYPES].sort();
export const REL_CODE = Object.fromEntries(REL_NAMES.map((t, i) => [t, i])) as Readonly<Record<RelType, number>>;
export const TARGET_LABEL: Readonly<Record<RelType, NodeLabel>> = {
  IMPLEMENTS: 'Document', CITES: 'Document', ISSUED_BY: 'Agency', SENT_TO: 'Agency', SIGNED_BY: 'Person',
  HAS_DEADLINE: 'Deadline', HAS_TARGET: 'Target',
};
export const TABLE: Readonly<Record<NodeLabel, string>> = {
  Document: 'documents', Agency: 'agencies', Person: 'persons', Deadline: 'deadlines', Target: 'targets',
};
/** The codes of the types whose `to_id` is in the table of `label`, for SQL `IN (...)`. */
export const codesTo = (label: NodeLabel): string =>
  REL_NAMES.flatMap((t, i) => (TARGET_LABEL[t] === label ? [i] : [])).join(', ');
/** SQL for the key of the node `idCol` points at, given the type column: the to-end of a relationship. */
export const toKeySql = (typeCol: string, idCol: string): string =>
  `CASE WHEN ${typeCol} IN (${codesTo('Document')}) THEN (SELECT key FROM documents WHERE id = ${idCol})
    WHEN ${typeCol} IN (${codesTo('Agency')}) THEN (SELECT key FROM agencies WHERE id = ${idCol})
    WHEN ${typeCol} IN (${codesTo('Person')}) THEN (SELECT key FROM persons WHERE id = ${idCol})
    WHEN ${typeCol} IN (${codesTo('Deadline')}) THEN (SELECT key FROM deadlines WHERE id = ${idCol})
    ELSE (SELECT key FROM targets WHERE id = ${idCol}) END`;

export interface DocumentRow {
  id: number;
  key: string;
  number: string | null;
  canonical_number: string | null;
  year: string | null;
  date: string | null;
  type: string | null;
  issuer: string | null;
  issuer_key: string | null;
  subject: string | null;
  label: string;
  stub: number;
}

export interface DeadlineRowDb {
  key: string;
  /** the document's key (joined) */
  document: string;
  date: string | null;
  rrule: string | null;
  kind: string;
  action: string | null;
  actor: string | null;
  recipient: string | null;
  text: string;
  evidence: string;
  /** the evidence's source file (joined), null when the evidence is stored whole */
  sha256: string | null;
  file: string | null;
}

export interface TargetRowDb {
  key: string;
  /** the document's key (joined) */
  document: string;
  value: number;
  unit: string | null;
  comparator: string;
  measure: string | null;
  text: string;
  evidence: string;
  /** the evidence's source file (joined), null when the evidence is stored whole */
  sha256: string | null;
  file: string | null;
}
