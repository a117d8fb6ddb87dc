import type { NodeLabel } from '../model.js';
import { groupBy, nodeColumns, RELATIONSHIP_COLUMNS, type Cell, type Column, type ColumnType } from './columns.js';
import { relationshipKey, type GraphData } from './graph-data.js';

// GraphML for Gephi, yEd and Neo4j (apoc.import.graphml): every attribute declared as a <key>,
// nodes with their label (Neo4j's labels=":Document" convention and a `labels` data field),
// edges with their type (label="CITES" and a `label` data field). Ids are n0…, e0…: GraphML ids
// are NMTOKENs, which a số hiệu with "/" and spaces is not; the key travels as data.

const GRAPHML_TYPE: Readonly<Record<ColumnType, string>> = {
  string: 'string', int: 'long', float: 'double', boolean: 'boolean', date: 'string', 'string[]': 'string',
};

/** XML text or attribute value: markup escaped, characters XML 1.0 forbids replaced by U+FFFD. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu, '\ufffd')
    .replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Arrays as JSON text (what apoc writes), numbers and booleans as written. */
function dataText(cell: Cell): string | null {
  if (cell === null) return null;
  if (Array.isArray(cell)) return JSON.stringify(cell);
  return String(cell);
}

interface KeyDecl { readonly id: string; readonly name: string; readonly type: string }

/** One key per (domain, name): columns of the same name across labels share a key when their types agree. */
function declare(domain: 'node' | 'edge', cols: readonly Column<unknown>[], keys: Map<string, KeyDecl>): void {
  for (const c of cols) {
    const type = GRAPHML_TYPE[c.type];
    const id = `${domain[0]}_${c.name}`;
    const seen = keys.get(id);
    if (seen && seen.type !== type) throw new Error(`GraphML key ${id} declared as ${seen.type} and ${type}`);
    keys.set(id, { id, name: c.name, type });
  }
}

const data = (key: string, cell: Cell): string => {
  const text = dataText(cell);
  return text === null ? '' : `<data key="${key}">${xmlEscape(text)}</data>`;
};

export function toGraphml(graph: GraphData): string {
  const nodeKeys = new Map<string, KeyDecl>([
    ['labels', { id: 'labels', name: 'labels', type: 'string' }],
    ['n_key', { id: 'n_key', name: 'key', type: 'string' }],
  ]);
  const byLabel = groupBy(graph.nodes, (n) => n.label);
  for (const label of byLabel.keys()) declare('node', nodeColumns(label as NodeLabel) as readonly Column<unknown>[], nodeKeys);
  const edgeKeys = new Map<string, KeyDecl>([
    ['label', { id: 'label', name: 'label', type: 'string' }],
    ['e_key', { id: 'e_key', name: 'key', type: 'string' }],
  ]);
  declare('edge', RELATIONSHIP_COLUMNS as readonly Column<unknown>[], edgeKeys);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of nodeKeys.values()) out.push(`<key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`);
  for (const k of edgeKeys.values()) out.push(`<key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push('<graph id="vanban" edgedefault="directed">');

  const ids = new Map<string, string>();
  for (const [label, nodes] of byLabel) {
    const cols = nodeColumns(label as NodeLabel);
    for (const n of nodes) {
      const id = `n${ids.size}`;
      ids.set(`${n.label}\u0000${n.key}`, id);
      const fields = cols.map((c) => data(`n_${c.name}`, c.get(n))).join('');
      out.push(`<node id="${id}" labels=":${label}"><data key="labels">:${label}</data>${data('n_key', n.key)}${fields}</node>`);
    }
  }
  graph.relationships.forEach((r, i) => {
    const source = ids.get(`${r.from.label}\u0000${r.from.key}`);
    const target = ids.get(`${r.to.label}\u0000${r.to.key}`);
    if (!source || !target) throw new Error(`relationship ${r.type} from ${r.from.key} to ${r.to.key}: an end is not in the graph`);
    const fields = RELATIONSHIP_COLUMNS.map((c) => data(`e_${c.name}`, c.get(r))).join('');
    out.push(`<edge id="e${i}" source="${source}" target="${target}" label="${r.type}"><data key="label">${r.type}</data>${data('e_key', relationshipKey(r))}${fields}</edge>`);
  });
  out.push('</graph>', '</graphml>', '');
  return out.join('\n');
}
