import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { analyzeText } from '../src/analyze.js';
import type { DocumentRecord } from '../src/record/record.js';
import { ReadError } from '../src/read/errors.js';
import { DEFAULT_MAX_TEXT_BYTES, decodeText } from '../src/read/text.js';

export type ExtractOutcome =
  | { readonly ok: true; readonly file: string; readonly record: DocumentRecord }
  | { readonly ok: false; readonly file: string; readonly error: ReadError };

/** Reads one file and extracts its record; a file that cannot be read gives its reason, never a throw. */
export async function extractFile(file: string, opts: { maxBytes?: number } = {}): Promise<ExtractOutcome> {
  try {
    const info = await stat(file).catch((cause: unknown) => {
      const code = (cause as NodeJS.ErrnoException).code;
      throw code === 'ENOENT'
        ? new ReadError('missing', file, 'no such file')
        : new ReadError('unreadable', file, `cannot open it (${code ?? 'unknown error'})`, { cause });
    });
    if (!info.isFile()) throw new ReadError('not-a-file', file, info.isDirectory() ? 'it is a directory' : 'it is not a regular file');
    const max = opts.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
    if (info.size > max) throw new ReadError('limit-exceeded', file, `the file is ${info.size} bytes, over the ${max}-byte limit`);
    const bytes = await readFile(file).catch((cause: unknown) => {
      throw new ReadError('unreadable', file, `cannot read it (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'})`, { cause });
    });
    const decoded = decodeText(bytes, file, max);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const record = analyzeText(decoded.text, { file, sha256 });
    const readNotes = decoded.warnings.map((message) => ({ code: 'read/text-decoding', severity: 'warning' as const, message }));
    return { ok: true, file, record: readNotes.length ? { ...record, diagnostics: [...readNotes, ...record.diagnostics] } : record };
  } catch (err) {
    if (err instanceof ReadError) return { ok: false, file, error: err };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, file, error: new ReadError('unreadable', file, `extraction failed: ${message}`, { cause: err }) };
  }
}
