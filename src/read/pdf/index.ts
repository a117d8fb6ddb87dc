import { ReadError } from '../errors.js';
import { runIsolated, siblingModule } from '../isolate.js';
import { ocrImage, OcrImageError } from '../ocr/index.js';
import { joinPages, lowConfidencePages, type PageText } from '../pages.js';
import type { Reader, ReadOptions, ReadResult } from '../types.js';
import { countLetters, type PdfLayer, type PdfLayerPage } from './layer.js';
import { hasPdfEnd } from './open-error.js';

export { extractPdfLayer, type PdfLayer, type PdfLayerPage } from './layer.js';
export { measureStreams } from './stream-budget.js';

const LAYER_JOB = { module: siblingModule(import.meta.url, './layer'), fn: 'extractPdfLayer' };

/** Tidies a page of the text layer: NFC, no trailing blanks, no blank lines at its ends. */
const tidy = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[ \t]+$/gmu, '')
    .replace(/^\n+|\n+$/gu, '');

/** OCRs a page image; the text layer stays when OCR finds no more than it (a stamp, a signature). */
async function readPage(p: PdfLayerPage, file: string, signal: AbortSignal): Promise<PageText> {
  const layer = tidy(p.text);
  if (!p.image) return { num: p.num, text: layer, ocr: false, confidence: null };
  try {
    const r = await ocrImage(p.image, { signal, dpi: p.dpi ?? undefined });
    const text = tidy(r.text);
    return countLetters(text) > 2 * countLetters(layer) ? { num: p.num, text, ocr: true, confidence: r.confidence } : { num: p.num, text: layer, ocr: false, confidence: null };
  } catch (err) {
    if (signal.aborted) throw new ReadError('timeout', file, `reading was stopped at page ${p.num}: the time for this file ran out`, { cause: err });
    if (err instanceof OcrImageError) throw new ReadError('corrupt', file, `the scanned image of page ${p.num} is damaged`, { cause: err });
    const why = err instanceof Error ? err.message : String(err);
    throw new ReadError('unreadable', file, `the text recognition engine failed on page ${p.num} (${why})`, { cause: err });
  }
}

/** The time left for this file, as a signal that also follows the caller's. */
function deadline(opts: ReadOptions, started: number): AbortSignal {
  const left = AbortSignal.timeout(Math.max(1, opts.limits.timeoutMs - (Date.now() - started)));
  return opts.signal ? AbortSignal.any([opts.signal, left]) : left;
}

/**
 * Reads a PDF page by page: the text layer where there is one, OCR of the page image where there
 * is none (scans), both in a mixed document, with per-page provenance. pdfjs runs in an isolated
 * worker with a heap cap and a deadline; OCR runs in the shared pool.
 */
export const readPdf: Reader = async (bytes, file, opts): Promise<ReadResult> => {
  const started = Date.now();
  const layer = await runIsolated<PdfLayer>(LAYER_JOB, bytes, file, opts);
  const signal = deadline(opts, started);
  const pages: PageText[] = [];
  for (const p of layer.pages) pages.push(await readPage(p, file, signal));
  const { text, provenance } = joinPages(pages);
  if (countLetters(text) === 0) {
    throw new ReadError('no-text', file, layer.pages.length === 0 ? 'the PDF has no pages' : 'no text was found in the PDF, not even by text recognition');
  }
  const warnings: string[] = [];
  if (!hasPdfEnd(bytes)) warnings.push('the end of the PDF is missing (cut short?): some pages may be lost');
  const low = lowConfidencePages(provenance, 60);
  if (low.length > 0) warnings.push(`text recognition had low confidence on page ${low.join(', ')}: check numbers and symbols`);
  return {
    text,
    provenance: { reader: 'pdf', mediaType: 'application/pdf', encoding: null, pages: provenance, warnings },
  };
};
