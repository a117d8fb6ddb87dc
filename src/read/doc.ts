import { createRequire } from 'node:module';
import { zipColumns } from './docx/html-text.js';
import { describeOle } from './docx/ole.js';
import { ReadError } from './errors.js';
import { repairMojibake } from './encodings/index.js';
import { runIsolated, siblingModule, type IsolatedOptions } from './isolate.js';
import type { Reader, ReadResult } from './types.js';

/** The part of word-extractor (CommonJS, untyped) this module uses. */
interface WordDocument {
  getBody(): string;
  getFootnotes(): string;
  getEndnotes(): string;
}
type WordExtractorClass = new () => { extract(source: Buffer): Promise<WordDocument> };

const JOB = { module: siblingModule(import.meta.url, './doc'), fn: 'extractWord97' } as const;

/** Reads a Word 97-2003 .doc with word-extractor, in the isolated worker. Throws ReadError. */
export const readDoc: Reader = (bytes, file, opts) => runIsolated<ReadResult>(JOB, bytes, file, opts);

/** The worker job behind readDoc: body, then footnotes and endnotes after "Chú thích:". */
export async function extractWord97(bytes: Uint8Array, file: string, _opts: IsolatedOptions): Promise<ReadResult> {
  let kind;
  try {
    kind = describeOle(bytes);
  } catch (cause) {
    throw new ReadError('corrupt', file, 'it is not a Word 97-2003 document, or its internal directory is damaged', { cause });
  }
  if (kind === 'word-encrypted' || kind === 'encrypted-package') throw new ReadError('encrypted', file, 'it is protected by a password');
  if (kind !== 'word') throw new ReadError('unsupported-type', file, 'it is an Office 97-2003 file that is not a Word document');

  const WordExtractor = createRequire(import.meta.url)('word-extractor') as WordExtractorClass;
  let doc: WordDocument;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ReadError('corrupt', file, `its Word 97-2003 content could not be parsed (${message})`, { cause });
  }
  const body = lines(zipHeaderRow(doc.getBody()));
  const notes = [...lines(doc.getFootnotes()), ...lines(doc.getEndnotes())];
  if (body.length === 0 && notes.length === 0) throw new ReadError('no-text', file, 'the document holds no text (only images or empty paragraphs?)');
  const extracted = [...body, ...(notes.length > 0 ? ['Chú thích:', ...notes] : [])].join('\n');
  // word-extractor gives no font names: a .VnTime/VNI document comes out as cp1252 glyphs. (Single
  // legacy-font lines of a Unicode document are decoded after any reader: legacy-lines.ts.)
  const repaired = repairMojibake(extracted);
  const text = repaired?.text ?? extracted;
  return {
    text,
    provenance: {
      reader: 'doc',
      mediaType: 'application/msword',
      encoding: repaired?.encoding ?? null,
      pages: [{ page: 1, start: 0, end: text.length, ocr: false, confidence: null }],
      warnings: repaired ? [`the text was typed in a ${repaired.encoding === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'} font and was decoded`] : [],
    },
  };
}

/**
 * word-extractor ends each table cell with a TAB and each row with "\t\n": drop the trailing tabs,
 * keep the ones between cells (the two-column header reads as "left\tright"), drop empty lines.
 */
function lines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((l) => l.replace(/[\t ]+$/u, '').replace(/^ +/u, ''))
    .filter((l) => l.trim() !== '');
}

// The right cell of a State header (motto) or of a Party header.
const MOTTO = /CỘNG\s+H[ÒO]À\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu;
const MAX_HEADER_LINES = 14;

/**
 * word-extractor writes a table row as its cells one after the other, each cell's paragraphs on
 * their own lines, a TAB closing each cell: the two-column header comes out as the left column,
 * then the right. When the document opens on such a row holding the national motto (or the Party's name), its cells are
 * put side by side again, line by line, as the DOCX reader gives them ("Số: …\t…, ngày …").
 */
export function zipHeaderRow(body: string): string {
  const all = body.split(/\r\n|\r|\n/u);
  let first = 0;
  while (first < all.length && all[first]!.trim() === '') first++;
  const end = all.findIndex((l, i) => i >= first && /\t\s*$/u.test(l));
  if (end < 0 || end - first >= MAX_HEADER_LINES) return body;
  const row = all.slice(first, end + 1).join('\n').replace(/\t\s*$/u, '');
  const cells = row.split('\t').map((c) => c.split('\n'));
  if (cells.length < 2 || !MOTTO.test(row)) return body;
  return [...all.slice(0, first), ...zipColumns(cells), ...all.slice(end + 1)].join('\n');
}
