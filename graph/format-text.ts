/** Plain-text views of query results for the terminal; JSON output goes through sortedKeys instead. */
import type { DeadlineRow, DocumentSummary, DocumentView, GraphStats, LineageResult, MissingEntry } from './store.js';
import type { DueDeadline } from './query-rules.js';

const stubMark = (d: DocumentSummary): string => (d.stub ? ' [chưa có trong kho]' : '');

export function lineageText(r: LineageResult): string {
  const arrow = r.direction === 'up' ? '↑' : '↓';
  const lines = r.nodes.map((n) => `${'  '.repeat(n.depth)}${n.depth ? `${arrow}${n.depth} ` : ''}${n.label}${stubMark(n)}\n${'  '.repeat(n.depth)}    ${n.key}`);
  const edges = r.edges.map((e) => `  ${e.from} → ${e.to}${e.via === 'link' ? ' (nêu trong văn bản khác)' : ''}${e.evidence ? `: “${e.evidence.quote}”` : ''}`);
  return `${lines.join('\n')}\n\nIMPLEMENTS (${r.edges.length}):\n${edges.join('\n')}\n`;
}

export function missingText(rows: readonly MissingEntry[]): string {
  if (rows.length === 0) return 'Every cited document is on file.\n';
  return rows.map((m) => `${String(m.citedBy).padStart(4)}  ${m.document.label}\n      ${m.document.key}`).join('\n') + '\n';
}

const ev = (q: string, file: string | null) => `“${q.replace(/\s+/gu, ' ')}”${file ? ` (${file})` : ''}`;

export function showText(v: DocumentView): string {
  const d = v.document;
  const out = [`${d.label}${stubMark(d)}`, `  key: ${d.key}`];
  if (d.subject) out.push(`  trích yếu: ${d.subject}`);
  for (const f of d.files) out.push(`  file: ${f.file ?? '(text)'}  sha256 ${f.sha256.slice(0, 12)}`);
  for (const r of v.outgoing) out.push(`  → ${r.type} ${r.other.name}${r.props.pinpoints.length ? ` [${r.props.pinpoints.join(', ')}]` : ''}\n      ${ev(r.evidence.quote, r.evidence.file)}`);
  for (const r of v.incoming) out.push(`  ← ${r.type} ${r.other.name}\n      ${ev(r.evidence.quote, r.evidence.file)}`);
  for (const l of v.deadlines) out.push(`  hạn ${l.date ?? l.rrule ?? '?'}: ${[l.actor, l.action].filter(Boolean).join(' — ')}\n      ${ev(l.text, l.evidence.file)}`);
  for (const t of v.targets) out.push(`  chỉ tiêu ${t.comparator} ${t.value}${t.unit ?? ''} ${t.measure ?? ''}\n      ${ev(t.text, t.evidence.file)}`);
  return out.join('\n') + '\n';
}

export function deadlinesText(rows: readonly DueDeadline[]): string {
  if (rows.length === 0) return 'No deadlines match.\n';
  return rows.map((l) => {
    const when = l.due ?? l.date ?? '(định kỳ)';
    const since = l.rrule && l.date && l.date !== when ? `, từ ${l.date}` : '';
    const who = [l.actor, l.recipient ? `→ ${l.recipient}` : null].filter(Boolean).join(' ');
    return `${when.padEnd(10)}  ${l.rrule ? `[${l.rrule}${since}] ` : ''}${who ? `${who}: ` : ''}${l.action ?? l.text}\n            ${l.documentLabel}`;
  }).join('\n') + '\n';
}

export function statsText(s: GraphStats): string {
  const rels = Object.entries(s.relationships).map(([t, n]) => `  ${t}: ${n}`);
  return [`documents: ${s.documents}`, `stubs: ${s.stubs}`, `agencies: ${s.agencies}`, `persons: ${s.persons}`, `deadlines: ${s.deadlines}`,
    `targets: ${s.targets}`, `source files: ${s.sourceFiles}`, 'relationships:', ...rels].join('\n') + '\n';
}
