/**
 * Every Cypher statement vanban sends to Neo4j, in one place, so that test/graph/cypher.test.ts
 * can check each one with Neo4j's own parser. Writes are UNWIND batches of MERGEs keyed by the
 * uniqueness constraints below, so a retried transaction changes nothing.
 */
import type { RelType } from '../model.js';

export const CONSTRAINTS: readonly string[] = [
  'CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (n:Agency) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT deadline_key IF NOT EXISTS FOR (n:Deadline) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT target_key IF NOT EXISTS FOR (n:Target) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT source_sha256 IF NOT EXISTS FOR (n:Source) REQUIRE n.sha256 IS UNIQUE',
  'CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.canonicalNumber)',
  'CREATE INDEX source_document IF NOT EXISTS FOR (n:Source) ON (n.document)',
  'CREATE INDEX deadline_document IF NOT EXISTS FOR (n:Deadline) ON (n.document)',
  'CREATE INDEX target_document IF NOT EXISTS FOR (n:Target) ON (n.document)',
  'CREATE INDEX implements_owner IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.owner)',
  'CREATE INDEX issued_by_owner IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.owner)',
];

export const KNOWN_SOURCES = 'UNWIND $shas AS sha MATCH (s:Source {sha256: sha}) RETURN s.sha256 AS sha256';

export const IDENTITIES = `UNWIND $numbers AS number
MATCH (d:Document {canonicalNumber: number})
RETURN d.key AS key, d.canonicalNumber AS canonicalNumber, d.year AS year, d.date AS date, d.issuerKey AS issuer, d.stub AS stub`;

export const DOCUMENTS_BY_KEY = `UNWIND $keys AS k
MATCH (d:Document {key: k})
OPTIONAL MATCH (s:Source {document: k})
WITH d, s ORDER BY s.sha256
RETURN properties(d) AS props, collect(CASE WHEN s IS NULL THEN null ELSE {sha256: s.sha256, file: s.file} END) AS files`;

/** Re-points the relationships a stub has (incoming IMPLEMENTS and CITES, outgoing IMPLEMENTS) to the document absorbing it. */
export const ABSORB: readonly string[] = [
  `UNWIND $absorbs AS a
MATCH (stub:Document {key: a.from})-[r:ISSUED_BY]->() DELETE r`,
  ...(['IMPLEMENTS', 'CITES'] as const).map((t) => `UNWIND $absorbs AS a
MATCH (real:Document {key: a.into})
MATCH (stub:Document {key: a.from})<-[r:${t}]-(x:Document)
WHERE x <> real
MERGE (x)-[n:${t} {owner: r.owner}]->(real)
ON CREATE SET n = properties(r)
DELETE r`),
  `UNWIND $absorbs AS a
MATCH (real:Document {key: a.into})
MATCH (stub:Document {key: a.from})-[r:IMPLEMENTS]->(x:Document)
WHERE x <> real
MERGE (real)-[n:IMPLEMENTS {owner: r.owner}]->(x)
ON CREATE SET n = properties(r)
DELETE r`,
  `UNWIND $absorbs AS a
MATCH (stub:Document {key: a.from, stub: true})
DETACH DELETE stub`,
];

/** Drops what the owners stated before; returns the keys those facts touched (for the orphan sweep). */
export const DROP_OWNED: readonly string[] = [
  `UNWIND $owners AS owner
MATCH (d:Document {key: owner})-[r]->(x)
WHERE r.owner = owner AND NOT x:Deadline AND NOT x:Target
WITH r, x.key AS touched
DELETE r
RETURN DISTINCT touched`,
  `UNWIND $owners AS owner
MATCH (a)-[r:IMPLEMENTS|ISSUED_BY {owner: owner}]->(x)
WITH r, [a.key, x.key] AS ends
DELETE r
WITH ends UNWIND ends AS touched
RETURN DISTINCT touched`,
  `UNWIND $owners AS owner
MATCH (n:Deadline|Target {document: owner})
DETACH DELETE n`,
  `UNWIND $keys AS key
MATCH (d:Document {key: key})-[r:ISSUED_BY]->(x)
WHERE r.owner <> key
WITH r, x.key AS touched
DELETE r
RETURN DISTINCT touched`,
];

export const UPSERT_DOCUMENTS = `UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d += row.props`;

export const ADD_SOURCES = `UNWIND $rows AS row
MERGE (s:Source {sha256: row.sha256})
ON CREATE SET s.file = row.file, s.document = row.document`;

export const UPSERT_AGENCIES = `UNWIND $rows AS row
MERGE (a:Agency {key: row.key})
ON CREATE SET a.name = row.name
ON MATCH SET a.name = CASE WHEN row.name < a.name THEN row.name ELSE a.name END`;

export const UPSERT_PERSONS = `UNWIND $rows AS row
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.title = row.title
ON MATCH SET p.name = CASE WHEN row.name < p.name THEN row.name ELSE p.name END,
  p.title = CASE WHEN p.title IS NULL OR row.title < p.title THEN row.title ELSE p.title END`;

export const UPSERT_DEADLINES = `UNWIND $rows AS row
MERGE (l:Deadline {key: row.key})
SET l += row.props`;

export const UPSERT_TARGETS = `UNWIND $rows AS row
MERGE (t:Target {key: row.key})
SET t += row.props`;

const TARGET_LABEL: Record<RelType, string> = {
  IMPLEMENTS: 'Document', CITES: 'Document', ISSUED_BY: 'Agency', SIGNED_BY: 'Person', SENT_TO: 'Agency',
  HAS_DEADLINE: 'Deadline', HAS_TARGET: 'Target',
};

/** One MERGE per relationship type (a type cannot be a parameter). */
export const UPSERT_RELATIONSHIPS = Object.fromEntries(
  Object.entries(TARGET_LABEL).map(([type, label]) => [type, `UNWIND $rows AS row
MATCH (a:Document {key: row.from})
MATCH (b:${label} {key: row.to})
MERGE (a)-[r:${type} {owner: row.owner}]->(b)
SET r.pinpoints = row.pinpoints, r.via = row.via, r.authority = row.authority, r.evidence = row.evidence, r.quote = row.quote`]),
) as Record<RelType, string>;

/** Stubs, agencies and persons that nothing points at any more. */
export const SWEEP_ORPHANS = `UNWIND $keys AS k
OPTIONAL MATCH (d:Document {key: k, stub: true}) WHERE NOT (d)--()
OPTIONAL MATCH (a:Agency {key: k}) WHERE NOT (a)--()
OPTIONAL MATCH (p:Person {key: k}) WHERE NOT (p)--()
DELETE d, a, p`;

export const FIND_BY_NUMBER = `MATCH (d:Document {canonicalNumber: $number})
RETURN d.key AS key ORDER BY d.stub, d.key`;

export const DOCUMENT_EXISTS = 'MATCH (d:Document {key: $key}) RETURN d.key AS key';

/** Variable-length bounds cannot be parameters: `depth` is an integer checked by the caller (1..50). */
export function lineageWalk(direction: 'up' | 'down', depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > 50) throw new RangeError(`lineage depth ${depth} is not in 1..50`);
  const arrow = direction === 'down' ? `<-[:IMPLEMENTS*1..${depth}]-` : `-[:IMPLEMENTS*1..${depth}]->`;
  return `MATCH (root:Document {key: $key})
OPTIONAL MATCH p = (root)${arrow}(d:Document)
WITH d, min(length(p)) AS depth WHERE d IS NOT NULL
RETURN d.key AS key, depth`;
}

export const EDGES_AMONG = `MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document)
WHERE a.key IN $keys AND b.key IN $keys
RETURN a.key AS from, b.key AS to, r.owner AS owner, r.via AS via, r.pinpoints AS pinpoints, r.evidence AS evidence
ORDER BY from, to, owner`;

export const MISSING = `MATCH (d:Document {stub: true})<-[r:CITES|IMPLEMENTS]-()
WITH d, collect(DISTINCT r.owner) AS citers
RETURN d.key AS key, size(citers) AS n, citers`;

export const DEADLINES = `MATCH (d:Document)-[:HAS_DEADLINE]->(l:Deadline)
RETURN properties(l) AS props, d.label AS label, d.issuer AS issuer`;

export const DEADLINES_OF = `MATCH (d:Document {key: $key})-[:HAS_DEADLINE]->(l:Deadline)
RETURN properties(l) AS props, d.label AS label, d.issuer AS issuer`;

export const TARGETS_OF = 'MATCH (t:Target {document: $key}) RETURN properties(t) AS props ORDER BY t.key';

export const RELATIONSHIPS_OF = `MATCH (d:Document {key: $key})-[r]-(x)
WHERE NOT x:Deadline AND NOT x:Target
RETURN type(r) AS type, startNode(r) = d AS outgoing, labels(x)[0] AS label, x.key AS key,
  coalesce(x.label, x.name, x.key) AS name, properties(r) AS props
ORDER BY type, key, props.owner`;

export const COUNT_NODES = `MATCH (n) WHERE n:Document OR n:Agency OR n:Person OR n:Deadline OR n:Target OR n:Source
RETURN labels(n)[0] AS label, coalesce(n.stub, false) AS stub, count(*) AS n`;

export const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n';

export const SNAPSHOT_NODES = `MATCH (n) WHERE n:Agency OR n:Person OR n:Deadline OR n:Target
RETURN labels(n)[0] AS label, properties(n) AS props ORDER BY label, n.key`;

export const ALL_DOCUMENT_KEYS = 'MATCH (d:Document) RETURN d.key AS key ORDER BY key';

export const SNAPSHOT_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.key AS from, labels(b)[0] AS toLabel, b.key AS to, properties(r) AS props
ORDER BY type, from, to, props.owner`;

/** Empties the vanban part of a database: for tests against a live server only. */
export const WIPE = `MATCH (n) WHERE n:Document OR n:Agency OR n:Person OR n:Deadline OR n:Target OR n:Source
DETACH DELETE n`;

/** Every statement above, named, for the parser test. */
export function allStatements(): Record<string, string> {
  const out: Record<string, string> = {};
  CONSTRAINTS.forEach((s, i) => (out[`CONSTRAINTS[${i}]`] = s));
  ABSORB.forEach((s, i) => (out[`ABSORB[${i}]`] = s));
  DROP_OWNED.forEach((s, i) => (out[`DROP_OWNED[${i}]`] = s));
  for (const [t, s] of Object.entries(UPSERT_RELATIONSHIPS)) out[`UPSERT_RELATIONSHIPS.${t}`] = s;
  for (const d of ['up', 'down'] as const) for (const n of [1, 50]) out[`lineageWalk(${d}, ${n})`] = lineageWalk(d, n);
  Object.assign(out, {
    KNOWN_SOURCES, IDENTITIES, DOCUMENTS_BY_KEY, UPSERT_DOCUMENTS, ADD_SOURCES, UPSERT_AGENCIES, UPSERT_PERSONS,
    UPSERT_DEADLINES, UPSERT_TARGETS, SWEEP_ORPHANS, FIND_BY_NUMBER, DOCUMENT_EXISTS, EDGES_AMONG, MISSING, DEADLINES,
    DEADLINES_OF, TARGETS_OF, RELATIONSHIPS_OF, COUNT_NODES, COUNT_RELATIONSHIPS, SNAPSHOT_NODES, ALL_DOCUMENT_KEYS,
    SNAPSHOT_RELATIONSHIPS, WIPE,
  });
  return out;
}
