import type { PageProvenance } from './types.js';

/** What one page gave: its text, and whether (and how surely) OCR read it. */
export interface PageText {
  readonly num: number;
  readonly text: string;
  readonly ocr: boolean;
  readonly confidence: number | null;
}

const PAGE_GAP = '\n\n';

/** Joins the pages with a blank line, recording where each one landed. */
export function joinPages(pages: readonly PageText[]): { text: string; provenance: PageProvenance[] } {
  let text = '';
  const provenance: PageProvenance[] = [];
  for (const p of pages) {
    if (text !== '') text += PAGE_GAP;
    const start = text.length;
    text += p.text;
    provenance.push({ page: p.num, start, end: text.length, ocr: p.ocr, confidence: p.confidence });
  }
  return { text, provenance };
}

/** The pages whose OCR confidence was low, for a warning that names them. */
export function lowConfidencePages(pages: readonly PageProvenance[], below: number): number[] {
  return pages.filter((p) => p.confidence !== null && p.confidence < below).map((p) => p.page);
}
