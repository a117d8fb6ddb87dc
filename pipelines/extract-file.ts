import { analyzeText } from '../src/analyze.js';
import type { DocumentRecord } from '../src/record/record.js';
import { ReadError } from '../src/read/errors.js';
import { readDocument, type ReadDocumentOptions } from '../src/read/index.js';

export type ExtractOutcome =
  | { readonly ok: true; readonly file: string; readonly record: DocumentRecord }
  | { readonly ok: false; readonly file: string; readonly error: ReadError };

/** Reads one file of any supported kind and extracts its record; a failure gives its reason, never a throw. */
export async function extractFile(file: string, opts: ReadDocumentOptions = {}): Promise<ExtractOutcome> {
  try {
    const read = await readDocument(file, opts);
    const source = {
      reader: read.provenance.reader,
      mediaType: read.provenance.mediaType,
      encoding: read.provenance.encoding,
      pages: read.provenance.pages.map((p) => ({ ...p })),
      warnings: [...read.provenance.warnings],
    };
    const record = analyzeText(read.text, { file, sha256: read.sha256, source });
    const readNotes = read.provenance.warnings.map((message) => ({ code: 'read/warning', severity: 'warning' as const, message }));
    return { ok: true, file, record: readNotes.length ? { ...record, diagnostics: [...readNotes, ...record.diagnostics] } : record };
  } catch (err) {
    if (err instanceof ReadError) return { ok: false, file, error: err };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, file, error: new ReadError('unreadable', file, `extraction failed: ${message}`, { cause: err }) };
  }
}
