import type { DocKey } from '../model.js';
import type { DeadlineQuery, DeadlineRow, DocumentSummary, GraphStore } from '../store.js';
import type { CalendarDeadline, CalendarSource } from './types.js';

/** A deadline row and its document as the calendar tells them (the file is where the deadline was read). */
export function calendarDeadline(row: DeadlineRow, doc: DocumentSummary | null): CalendarDeadline {
  const document: CalendarSource = {
    key: row.document,
    type: doc?.type ?? null,
    number: doc?.number ?? null,
    date: doc?.date ?? null,
    issuer: doc?.issuer ?? row.issuer,
    subject: doc?.subject ?? null,
    file: row.evidence.file ?? doc?.files.find((f) => f.file !== null)?.file ?? null,
  };
  return { document, deadline: row };
}

/** Every deadline in a store with its document, in the store's order (the plan sorts anyway). */
export async function deadlinesFromStore(store: GraphStore, query: DeadlineQuery = {}): Promise<CalendarDeadline[]> {
  const rows = await store.deadlines(query);
  const docs = new Map<DocKey, DocumentSummary | null>();
  for (const r of rows) {
    if (!docs.has(r.document)) docs.set(r.document, (await store.document(r.document))?.document ?? null);
  }
  return rows.map((r) => calendarDeadline(r, docs.get(r.document) ?? null));
}
