import { NODE_LABELS, type NodeLabel } from '../model.js';
import { groupBy, nodeColumns, RELATIONSHIP_COLUMNS, type Cell, type Column, type ColumnType } from './columns.js';
import type { GraphData } from './graph-data.js';

// A Cypher script that recreates the graph: uniqueness constraints first, then nodes MERGEd by
// key and relationships by (type, ends, owner) as the stores key them, in UNWIND batches, every
// value inlined as a literal. MERGE + SET makes a second run change nothing. One statement per
// line: strings never hold a raw line break.

export const DEFAULT_BATCH = 200;

/** A Cypher string literal: single quotes, with backslash escapes for quotes, \ and control characters. */
export function cypherString(s: string): string {
  // Lone surrogates (never in NFC text from a reader, but cheap to guard) are escaped as well.
  const body = s.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/gu, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case "'": return "\\'";
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${body}'`;
}

export function cypherValue(cell: Cell, type: ColumnType): string {
  if (cell === null) return 'null';
  if (Array.isArray(cell)) return `[${(cell as readonly string[]).map(cypherString).join(', ')}]`;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'null';
    // A float column stays a Float in Neo4j even when the value is whole (100 → 100.0).
    return type === 'float' && Number.isInteger(cell) ? cell.toFixed(1) : String(cell);
  }
  const text = String(cell);
  return type === 'date' ? `date(${cypherString(text)})` : cypherString(text);
}

const propMap = <T>(cols: readonly Column<T>[], item: T): string =>
  `{${cols.map((c) => `${c.name}: ${cypherValue(c.get(item), c.type)}`).join(', ')}}`;

// The same names as the Neo4j store's constraints (graph/neo4j/cypher.ts), so the two never double up.
const constraintName = (label: string): string => `${label.toLowerCase()}_key`;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every statement, in order; each ends with ";". */
export function toCypherStatements(graph: GraphData, opts: { batchSize?: number } = {}): string[] {
  const size = Math.max(1, Math.trunc(opts.batchSize ?? DEFAULT_BATCH));
  const out = NODE_LABELS.map(
    (l) => `CREATE CONSTRAINT ${constraintName(l)} IF NOT EXISTS FOR (n:${l}) REQUIRE n.key IS UNIQUE;`,
  );
  for (const [label, nodes] of groupBy(graph.nodes, (n) => n.label)) {
    const cols = nodeColumns(label as NodeLabel);
    for (const batch of chunks(nodes, size)) {
      const rows = batch.map((n) => `{key: ${cypherString(n.key)}, props: ${propMap(cols, n)}}`).join(', ');
      out.push(`UNWIND [${rows}] AS row MERGE (n:${label} {key: row.key}) SET n += row.props;`);
    }
  }
  for (const [group, rels] of groupBy(graph.relationships, (r) => `${r.type} ${r.from.label} ${r.to.label}`)) {
    const [type = '', from = '', to = ''] = group.split(' ');
    for (const batch of chunks(rels, size)) {
      const rows = batch
        .map((r) => `{from: ${cypherString(r.from.key)}, to: ${cypherString(r.to.key)}, owner: ${cypherString(r.owner)}, props: ${propMap(RELATIONSHIP_COLUMNS, r)}}`)
        .join(', ');
      out.push(
        `UNWIND [${rows}] AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) ` +
          `MERGE (a)-[r:${type} {owner: row.owner}]->(b) SET r += row.props;`,
      );
    }
  }
  return out;
}

/** The script for cypher-shell -f or Neo4j Browser (multi-statement mode). */
export function toCypherScript(graph: GraphData, opts: { batchSize?: number } = {}): string {
  const head = [
    '// vanban graph export: recreates the graph in Neo4j 5 (cypher-shell -f graph.cypher).',
    `// ${graph.nodes.length} nodes, ${graph.relationships.length} relationships; safe to run twice.`,
  ];
  return `${[...head, ...toCypherStatements(graph, opts)].join('\n')}\n`;
}
