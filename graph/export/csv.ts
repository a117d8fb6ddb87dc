import type { NodeLabel } from '../model.js';
import { groupBy, nodeColumns, RELATIONSHIP_COLUMNS, type Cell, type ColumnType } from './columns.js';
import { relationshipKey, type GraphData } from './graph-data.js';

// CSV in the shape `neo4j-admin database import full` reads: one file per label and per
// relationship type, a header row with typed fields (key:ID(Document), date:date, :START_ID(...)).

/** Inside an array cell; passed to neo4j-admin as --array-delimiter. Never in a file path on Windows. */
export const ARRAY_DELIMITER = '|';

export interface CsvFile {
  readonly name: string;
  readonly content: string;
}

/**
 * RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled.
 * null is an empty unquoted field (neo4j-admin: no property); an empty string is "" (a property).
 */
export function csvField(value: string | null): string {
  if (value === null) return '';
  return value === '' || /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

function cellText(cell: Cell, type: ColumnType): string | null {
  if (cell === null) return null;
  if (Array.isArray(cell)) {
    // An array item holding the delimiter would split in two: the delimiter becomes "¦" in it.
    return (cell as readonly string[]).map((s) => s.replaceAll(ARRAY_DELIMITER, '¦')).join(ARRAY_DELIMITER);
  }
  if (type === 'float' && typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(1) : String(cell);
  return String(cell);
}

const header = (name: string, type: ColumnType): string => (type === 'string' ? name : `${name}:${type}`);
const line = (fields: readonly (string | null)[]): string => `${fields.map(csvField).join(',')}\n`;

/** Node files `nodes-<Label>.csv`, then relationship files `rels-<TYPE>[-<From>-<To>].csv`, then `import.sh`. */
export function toNeo4jCsv(graph: GraphData, opts: { database?: string } = {}): CsvFile[] {
  const files: CsvFile[] = [];
  for (const [label, nodes] of groupBy(graph.nodes, (n) => n.label)) {
    const cols = nodeColumns(label as NodeLabel);
    let out = line([`key:ID(${label})`, ':LABEL', ...cols.map((c) => header(c.name, c.type))]);
    for (const n of nodes) out += line([n.key, n.label, ...cols.map((c) => cellText(c.get(n), c.type))]);
    files.push({ name: `nodes-${label}.csv`, content: out });
  }
  const groups = groupBy(graph.relationships, (r) => `${r.type} ${r.from.label} ${r.to.label}`);
  const typeCounts = groupBy([...groups.keys()], (k) => k.split(' ')[0] ?? '');
  for (const [group, rels] of groups) {
    const [type = '', from = '', to = ''] = group.split(' ');
    const name = (typeCounts.get(type)?.length ?? 0) > 1 ? `rels-${type}-${from}-${to}.csv` : `rels-${type}.csv`;
    let out = line([`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', 'key', ...RELATIONSHIP_COLUMNS.map((c) => header(c.name, c.type))]);
    for (const r of rels) {
      out += line([r.from.key, r.to.key, r.type, relationshipKey(r), ...RELATIONSHIP_COLUMNS.map((c) => cellText(c.get(r), c.type))]);
    }
    files.push({ name, content: out });
  }
  files.push({ name: 'import.sh', content: importScript(files, opts.database ?? 'neo4j') });
  return files;
}

/** The neo4j-admin call for these files (Neo4j 5: the database name before the options). */
function importScript(files: readonly CsvFile[], database: string): string {
  const args = files.map((f) => (f.name.startsWith('nodes-') ? `  --nodes="$DIR/${f.name}"` : `  --relationships="$DIR/${f.name}"`));
  return [
    '#!/bin/sh',
    '# Loads this export into an empty Neo4j database (stop the database first).',
    'DIR="$(cd "$(dirname "$0")" && pwd)"',
    `neo4j-admin database import full ${database} \\`,
    `  --array-delimiter="U+007C" --multiline-fields=true --id-type=string \\`,
    ...args.map((a, i) => (i < args.length - 1 ? `${a} \\` : a)),
    '',
  ].join('\n');
}
