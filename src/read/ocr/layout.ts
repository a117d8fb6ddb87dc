/**
 * Rebuilds a page's text from tesseract's word boxes. Tesseract reads the two columns of a
 * Vietnamese header ("UBND TỈNH X" | "CỘNG HÒA XÃ HỘI …") as separate blocks, or as one line of
 * word soup; we regroup every recognised line into visual rows and cut a row into cells wherever
 * the horizontal gap between words is wide, so the header comes out as "left\tright" lines — the
 * shape src/segment/lines.ts splits on.
 */

import { dropJunk, dropStrayPeriods } from './junk.js';

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface OcrWord {
  readonly text: string;
  readonly confidence: number;
  readonly bbox: Box;
}

export interface OcrLine {
  readonly bbox: Box;
  readonly words: readonly OcrWord[];
}

/** The part of tesseract.js's `blocks` output we read (blocks → paragraphs → lines → words). */
export interface OcrBlock {
  readonly paragraphs: readonly { readonly lines: readonly OcrLine[] }[];
}

export interface PageLayout {
  readonly text: string;
  /** Mean word confidence 0..100 (0 when no word was found). */
  readonly confidence: number;
}

export interface LayoutOptions {
  /** A gap wider than this share of the page width splits a row into cells (default 4 %). */
  readonly cellGap?: number;
  /**
   * Slope of the text lines in degrees (positive: falling to the right), as measured on the page
   * and not undone in the image: lines are levelled by it before they are grouped into rows, so the
   * two header columns of a slightly skewed scan still share a row.
   */
  readonly skew?: number;
}

/** A visual row of the page: boxes that share at least half their height, left to right. */
export interface Row<T extends { readonly bbox: Box }> {
  readonly top: number;
  readonly bottom: number;
  readonly items: readonly T[];
}

const height = (b: Box): number => Math.max(1, b.y1 - b.y0);

/** Share of the smaller box's height that two vertical extents have in common. */
function overlap(aTop: number, aBottom: number, b: Box): number {
  const common = Math.min(aBottom, b.y1) - Math.max(aTop, b.y0);
  return common / Math.max(1, Math.min(aBottom - aTop, height(b)));
}

/**
 * Groups boxes (tesseract lines, pdfjs text items) into rows read top to bottom, each sorted left
 * to right: the left and right columns of a header land in one row.
 */
export function groupRows<T extends { readonly bbox: Box }>(boxes: readonly T[]): Row<T>[] {
  const sorted = [...boxes].sort((a, b) => a.bbox.y0 + a.bbox.y1 - (b.bbox.y0 + b.bbox.y1));
  // Rows are matched against their first box, not their growing union, so tall accented capitals
  // cannot chain one line into the next.
  const rows: { top: number; bottom: number; seed: Box; items: T[] }[] = [];
  for (const box of sorted) {
    const row = rows.find((r) => overlap(r.seed.y0, r.seed.y1, box.bbox) >= 0.5);
    if (row) {
      row.items.push(box);
      row.top = Math.min(row.top, box.bbox.y0);
      row.bottom = Math.max(row.bottom, box.bbox.y1);
    } else {
      rows.push({ top: box.bbox.y0, bottom: box.bbox.y1, seed: box.bbox, items: [box] });
    }
  }
  for (const r of rows) r.items.sort((a, b) => a.bbox.x0 - b.bbox.x0);
  return rows.sort((a, b) => a.top - b.top);
}

/** Joins rows into lines, with a blank line where the vertical gap exceeds 1.5 median row heights. */
export function joinRows<T extends { readonly bbox: Box }>(rows: readonly Row<T>[], text: (row: Row<T>) => string): string {
  const heights = rows.map((r) => r.bottom - r.top).sort((a, b) => a - b);
  const lineHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  const out: string[] = [];
  let previousBottom: number | null = null;
  for (const row of rows) {
    if (previousBottom !== null && row.top - previousBottom > 1.5 * lineHeight) out.push('');
    out.push(text(row));
    previousBottom = row.bottom;
  }
  return out.join('\n');
}

/** Lines with their boxes moved up or down by the slope at their centre, as on a level page. */
function level(lines: readonly OcrLine[], skew: number): OcrLine[] {
  if (skew === 0) return [...lines];
  const t = Math.tan((skew * Math.PI) / 180);
  return lines.map((l) => {
    const dy = ((l.bbox.x0 + l.bbox.x1) / 2) * t;
    return { ...l, bbox: { ...l.bbox, y0: l.bbox.y0 - dy, y1: l.bbox.y1 - dy } };
  });
}

/** Joins a row's words left to right, with a TAB where the gap is wider than `gap` pixels. */
function rowText(words: readonly OcrWord[], gap: number): string {
  let out = '';
  let lastRight = Number.NEGATIVE_INFINITY;
  for (const w of words) {
    if (out) out += w.bbox.x0 - lastRight > gap ? '\t' : ' ';
    out += w.text;
    lastRight = Math.max(lastRight, w.bbox.x1);
  }
  return out;
}

/**
 * Text of one page from tesseract's blocks. Lines that share at least half their height are one
 * row; rows are read top to bottom; a vertical gap taller than ~1.5 line heights becomes a blank
 * line, as between paragraphs.
 */
export function layoutText(blocks: readonly OcrBlock[] | null, pageWidth: number, opts: LayoutOptions = {}): PageLayout {
  const lines: OcrLine[] = [];
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words = line.words.filter((w) => w.text.trim() !== '');
        if (words.length > 0) lines.push({ bbox: line.bbox, words });
      }
    }
  }
  const gap = (opts.cellGap ?? 0.04) * pageWidth;
  // Tesseract's lines are the units (it already knows which words share a baseline); a row's
  // words are then read left to right across the lines that met in it, specks dropped.
  const wordsOf = (row: Row<OcrLine>): OcrWord[] => dropJunk(row.items.flatMap((l) => l.words).sort((a, b) => a.bbox.x0 - b.bbox.x0), gap);
  const rows = groupRows(level(lines, opts.skew ?? 0)).filter((row) => wordsOf(row).length > 0);
  const cleaned = new Map(rows.map((row, i) => [row, i]));
  const rowWords = dropStrayPeriods(rows.map(wordsOf));
  const text = joinRows(rows, (row) => rowText(rowWords[cleaned.get(row)!]!, gap).normalize('NFC'));
  const words = lines.flatMap((l) => l.words);
  const sum = words.reduce((acc, w) => acc + w.confidence, 0);
  return { text, confidence: words.length === 0 ? 0 : Math.round((sum / words.length) * 10) / 10 };
}
