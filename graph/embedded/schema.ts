/** The embedded store's tables. One row per node; relationships keyed by (type, from, to, owner). */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  key TEXT PRIMARY KEY, number TEXT, canonical_number TEXT, year TEXT, date TEXT, type TEXT,
  issuer TEXT, issuer_key TEXT, subject TEXT, label TEXT NOT NULL, stub INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_number ON documents (canonical_number);
CREATE TABLE IF NOT EXISTS sources (sha256 TEXT PRIMARY KEY, file TEXT, document TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sources_document ON sources (document);
CREATE TABLE IF NOT EXISTS agencies (key TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS persons (key TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS deadlines (
  key TEXT PRIMARY KEY, document TEXT NOT NULL, date TEXT, rrule TEXT, kind TEXT NOT NULL, action TEXT,
  actor TEXT, recipient TEXT, text TEXT NOT NULL, evidence TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS deadlines_document ON deadlines (document);
CREATE TABLE IF NOT EXISTS targets (
  key TEXT PRIMARY KEY, document TEXT NOT NULL, value REAL NOT NULL, unit TEXT, comparator TEXT NOT NULL,
  measure TEXT, text TEXT NOT NULL, evidence TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS targets_document ON targets (document);
CREATE TABLE IF NOT EXISTS rels (
  type TEXT NOT NULL, from_label TEXT NOT NULL, from_key TEXT NOT NULL, to_label TEXT NOT NULL, to_key TEXT NOT NULL,
  owner TEXT NOT NULL, props TEXT NOT NULL, evidence TEXT NOT NULL,
  PRIMARY KEY (type, from_key, to_key, owner)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rels_to ON rels (to_key, type);
CREATE INDEX IF NOT EXISTS rels_from ON rels (from_key, type);
CREATE INDEX IF NOT EXISTS rels_owner ON rels (owner);
`;

export interface DocumentRow {
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

export interface RelRow {
  type: string;
  from_label: string;
  from_key: string;
  to_label: string;
  to_key: string;
  owner: string;
  props: string;
  evidence: string;
}

export interface DeadlineRowDb {
  key: string;
  document: string;
  date: string | null;
  rrule: string | null;
  kind: string;
  action: string | null;
  actor: string | null;
  recipient: string | null;
  text: string;
  evidence: string;
}

export interface TargetRowDb {
  key: string;
  document: string;
  value: number;
  unit: string | null;
  comparator: string;
  measure: string | null;
  text: string;
  evidence: string;
}
