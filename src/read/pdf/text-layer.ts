import type { PDFParse } from 'pdf-parse';
import { groupRows, joinRows, type Box, type Row } from '../ocr/layout.js';

/**
 * The text layer of a page, rebuilt from pdfjs's positioned text items. pdf-parse's getText() cannot
 * be used as is: pdfjs fills the gap between the two columns of a header with one wide " " item,
 * so "UBND TỈNH X" and "CỘNG HÒA XÃ HỘI …" came out joined by a plain space. Here the header comes
 * out as "left\tright", as OCR'd pages do.
 */

/** The parts of pdfjs's API we use (pdf-parse 2.4.5 is pinned; its `load()` is private but stable). */
interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}
interface PdfPage {
  getViewport(p: { scale: number }): { readonly width: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(): Promise<{ readonly items: readonly (TextItem | { readonly type: string })[] }>;
  cleanup(): void;
}
export interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

export const pdfDocument = (parser: PDFParse): Promise<PdfDocument> => (parser as unknown as { load(): Promise<PdfDocument> }).load();

interface Piece {
  readonly text: string;
  readonly size: number;
  readonly bbox: Box;
}

/** Glue between two pieces of a row: a TAB across a column gap, a space between words, nothing inside a word. */
function glue(prev: Piece, next: Piece, cellGap: number): string {
  const gap = next.bbox.x0 - prev.bbox.x1;
  if (gap > cellGap) return '\t';
  if (/\s$/u.test(prev.text) || /^\s/u.test(next.text)) return '';
  return gap > 0.15 * Math.min(prev.size, next.size) ? ' ' : '';
}

const baseline = (p: Piece): number => p.bbox.y1 - p.size * 0.2;
const NOTE_MARK = /^(?:\d{1,3}|\*{1,3})$/u;

/**
 * A footnote mark: a number set small and raised above the row's baseline. Glued as it is, it
 * would join the word it follows ("124/2021/TT-BCA1"); it is written "[1]", as the DOCX reader does.
 */
function isNoteMark(p: Piece, body: Piece | undefined): boolean {
  if (body === undefined || !NOTE_MARK.test(p.text.trim())) return false;
  return p.size < 0.8 * body.size && baseline(body) - baseline(p) > 0.2 * body.size;
}

function rowText(row: Row<Piece>, cellGap: number): string {
  // The row's body text: its largest pieces (a heading row has no marks smaller than itself).
  const body = row.items.reduce<Piece | undefined>((a, p) => (a === undefined || p.size > a.size ? p : a), undefined);
  let out = '';
  let prev: Piece | undefined;
  for (const p of row.items) {
    if (isNoteMark(p, body)) {
      out += prev === undefined ? `[${p.text.trim()}] ` : `[${p.text.trim()}]`;
      // The next piece is glued to the last body piece, as if it ended where the mark does.
      prev = prev === undefined ? undefined : endingAt(prev, p.bbox.x1);
      continue;
    }
    out += prev === undefined ? p.text : glue(prev, p, cellGap) + p.text;
    prev = p;
  }
  return out.replace(/[ ]*\t[ ]*/gu, '\t').replace(/ {2,}/gu, ' ').trim();
}

const endingAt = (p: Piece, x1: number): Piece => ({ text: p.text, size: p.size, bbox: { ...p.bbox, x1 } });

/** One page's text: rows top to bottom, pieces left to right, header columns split by a TAB. */
export async function pageText(doc: PdfDocument, num: number, cellGapShare = 0.04): Promise<string> {
  const page = await doc.getPage(num);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue; // pdfjs's filler spaces: gaps are measured instead
      const [x = 0, y = 0] = viewport.convertToViewportPoint(item.transform[4] ?? 0, item.transform[5] ?? 0);
      const size = Math.max(1, item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0));
      pieces.push({ text: item.str, size, bbox: { x0: x, x1: x + item.width, y0: y - size * 0.8, y1: y + size * 0.2 } });
    }
    const cellGap = cellGapShare * viewport.width;
    return joinRows(groupRows(pieces), (row) => rowText(row, cellGap));
  } finally {
    page.cleanup();
  }
}
