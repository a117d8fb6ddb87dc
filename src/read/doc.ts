import { extractWordPages, type WordPages } from './doc-page-parts.js';
import { zipColumns } from './docx/html-text.js';
import { describeOle } from './docx/ole.js';
import { ReadError } from './errors.js';
import { repairMojibake } from './encodings/index.js';
import { runIsolated, siblingModule, type IsolatedOptions } from './isolate.js';
import { joinPageParts } from './page-parts.js';
import type { Reader, ReadResult } from './types.js';

const JOB = { module: siblingModule(import.meta.url, './doc'), fn: 'extractWord97' } as const;

/** Reads a Word 97-2003 .doc with word-extractor, in the isolated worker. Throws ReadError. */
export const readDoc: Reader = (bytes, file, opts) => runIsolated<ReadResult>(JOB, bytes, file, opts);

/** The worker job behind readDoc: the first page's header, the body, its footer, then footnotes and endnotes after "Chú thích:". */
export async function extractWord97(bytes: Uint8Array, file: string, _opts: IsolatedOptions): Promise<ReadResult> {
  let kind;
  try {
    kind = describeOle(bytes);
  } catch (cause) {
    throw new ReadError('corrupt', file, 'it is not a Word 97-2003 document, or its internal directory is damaged', { cause });
  }
  if (kind === 'word-encrypted' || kind === 'encrypted-package') throw new ReadError('encrypted', file, 'it is protected by a password');
  if (kind !== 'word') throw new ReadError('unsupported-type', file, 'it is an Office 97-2003 file that is not a Word document');

  let pages: WordPages;
  try {
    pages = await extractWordPages(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ReadError('corrupt', file, `its Word 97-2003 content could not be parsed (${message})`, { cause });
  }
  const doc = pages.document;
  const parts = {
    header: lines(zipHeaderRow(pages.header?.text ?? '')),
    body: lines(zipHeaderRow(doc.getBody())),
    footer: lines(pages.footer?.text ?? ''),
    notes: [...lines(doc.getFootnotes()), ...lines(doc.getEndnotes())],
  };
  if (Object.values(parts).every((p) => p.length === 0)) throw new ReadError('no-text', file, 'the document holds no text (only images or empty paragraphs?)');
  // word-extractor gives no font names: a .VnTime/VNI document comes out as cp1252 glyphs, told
  // from all its lines together and decoded line by line. (Single legacy-font lines of a Unicode
  // document are decoded after any reader: legacy-lines.ts.)
  const all = [...parts.header, ...parts.body, ...parts.footer, ...parts.notes];
  const repaired = repairMojibake(all.join('\n'));
  const decoded = repaired?.text.split('\n');
  // Decoding keeps line breaks (LF is LF in TCVN3 and VNI); were it ever not so, all lines stay undecoded rather than shift between parts.
  const fixed = decoded !== undefined && decoded.length === all.length ? decoded : all;
  const take = (n: number, from: number): string[] => fixed.slice(from, from + n);
  const header = take(parts.header.length, 0);
  const body = take(parts.body.length, header.length);
  const footer = take(parts.footer.length, header.length + body.length);
  const notes = fixed.slice(header.length + body.length + footer.length);
  const { text, warnings } = joinPageParts({
    header: pages.header === null ? null : { name: `the ${pages.header.which} header`, lines: header },
    body,
    footer: pages.footer === null ? null : { name: `the ${pages.footer.which} footer`, lines: footer },
    notes,
  });
  return {
    text,
    provenance: {
      reader: 'doc',
      mediaType: 'application/msword',
      encoding: repaired && fixed === decoded ? repaired.encoding : null,
      pages: [{ page: 1, start: 0, end: text.length, ocr: false, confidence: null }],
      warnings: [...warnings, ...(repaired && fixed === decoded ? [`the text was typed in a ${repaired.encoding === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'} font and was decoded`] : [])],
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
