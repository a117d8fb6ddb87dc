import type { GraphNode, GraphRelationship, NodeLabel } from '../model.js';

// The flat, typed properties every tabular or property-graph export writes: one table of
// columns per label, one for relationships. Types follow neo4j-admin's header types.

export type ColumnType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'string[]';
export type Cell = string | number | boolean | readonly string[] | null;

export interface Column<T> {
  readonly name: string;
  readonly type: ColumnType;
  readonly get: (item: T) => Cell;
}

type NodeOf<L extends NodeLabel> = Extract<GraphNode, { label: L }>;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;
/** A typed date only for a whole day; "2025-01" (a month) stays in the text column beside it. */
const fullDate = (d: string | null): string | null => (d !== null && FULL_DATE.test(d) ? d : null);
const intOf = (s: string | null): number | null => (s !== null && /^\d+$/u.test(s) ? Number(s) : null);

const col = <T>(name: string, type: ColumnType, get: (item: T) => Cell): Column<T> => ({ name, type, get });

const documentColumns: readonly Column<NodeOf<'Document'>>[] = [
  col('number', 'string', (n) => n.props.number),
  col('canonicalNumber', 'string', (n) => n.props.canonicalNumber),
  col('year', 'int', (n) => intOf(n.props.year)),
  col('date', 'date', (n) => fullDate(n.props.date)),
  col('dateText', 'string', (n) => n.props.date),
  col('type', 'string', (n) => n.props.type),
  col('issuer', 'string', (n) => n.props.issuer),
  col('subject', 'string', (n) => n.props.subject),
  col('stub', 'boolean', (n) => n.props.stub),
  col('label', 'string', (n) => n.props.label),
  col('sha256s', 'string[]', (n) => n.props.files.map((f) => f.sha256)),
  col('files', 'string[]', (n) => n.props.files.flatMap((f) => (f.file === null ? [] : [f.file]))),
];

const agencyColumns: readonly Column<NodeOf<'Agency'>>[] = [col('name', 'string', (n) => n.props.name)];

const personColumns: readonly Column<NodeOf<'Person'>>[] = [
  col('name', 'string', (n) => n.props.name),
  col('title', 'string', (n) => n.props.title),
];

const deadlineColumns: readonly Column<NodeOf<'Deadline'>>[] = [
  col('document', 'string', (n) => n.props.document),
  col('date', 'date', (n) => fullDate(n.props.date)),
  col('dateText', 'string', (n) => n.props.date),
  col('rrule', 'string', (n) => n.props.rrule),
  col('kind', 'string', (n) => n.props.kind),
  col('action', 'string', (n) => n.props.action),
  col('actor', 'string', (n) => n.props.actor),
  col('recipient', 'string', (n) => n.props.recipient),
  col('text', 'string', (n) => n.props.text),
];

const targetColumns: readonly Column<NodeOf<'Target'>>[] = [
  col('document', 'string', (n) => n.props.document),
  col('value', 'float', (n) => n.props.value),
  col('unit', 'string', (n) => n.props.unit),
  col('comparator', 'string', (n) => n.props.comparator),
  col('measure', 'string', (n) => n.props.measure),
  col('text', 'string', (n) => n.props.text),
];

const NODE_COLUMNS = {
  Document: documentColumns,
  Agency: agencyColumns,
  Person: personColumns,
  Deadline: deadlineColumns,
  Target: targetColumns,
} as const;

/** The property columns of a label (the key is written apart, as the ID). */
export function nodeColumns(label: NodeLabel): readonly Column<GraphNode>[] {
  // Each table reads only its own label's nodes; callers group nodes by label first.
  return NODE_COLUMNS[label] as readonly Column<GraphNode>[];
}

/** Relationship properties: how it was stated, and its evidence flattened (no nested maps in Neo4j). */
export const RELATIONSHIP_COLUMNS: readonly Column<GraphRelationship>[] = [
  col('owner', 'string', (r) => r.owner),
  col('via', 'string', (r) => r.props.via),
  col('pinpoints', 'string[]', (r) => r.props.pinpoints),
  col('authority', 'string', (r) => r.props.authority),
  col('file', 'string', (r) => r.evidence.file),
  col('sha256', 'string', (r) => r.evidence.sha256),
  col('spanStart', 'int', (r) => r.evidence.span?.start ?? null),
  col('spanEnd', 'int', (r) => r.evidence.span?.end ?? null),
  col('sourceStart', 'int', (r) => r.evidence.sourceSpan?.start ?? null),
  col('sourceEnd', 'int', (r) => r.evidence.sourceSpan?.end ?? null),
  col('quote', 'string', (r) => r.evidence.quote),
];

/** Groups items by a string, keeping their order, groups in first-seen order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
