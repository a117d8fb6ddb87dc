import { LEADING_SPECKS } from './junk.js';
import type { OcrBlock, OcrLine, OcrWord } from './layout.js';
import type { OcrPool, RecognizeOptions } from './pool.js';
import { cropGrey, encodePng, type GreyRaster } from './raster.js';

/**
 * A second look at the words tesseract was unsure of. When the two header columns sit on
 * slightly different baselines in different fonts ("UBND HUYỆN THỦ THỪA" beside "CỘNG HÒA XÃ HỘI
 * …"), tesseract fits one baseline to both, and the left one comes out as "ii TT TU THỦ THỦY" at
 * 10–77 % confidence. Read alone, as a single line, it comes out right.
 */

/** A cell of a line whose words average below this confidence is doubtful. */
const DOUBTFUL = 60;
/** Cells of a line are split where words are further apart than this share of the page width (as in layout.ts). */
const CELL_GAP = 0.04;
/** The second reading must beat the first by this many points to replace it. */
const BETTER_BY = 10;
/** At most this many runs are re-read per page: a bad page is not made slower than twice. */
const MAX_RUNS = 12;

interface Run {
  readonly line: OcrLine;
  readonly from: number;
  readonly to: number; // exclusive
}

const mean = (ws: readonly OcrWord[]): number => ws.reduce((s, w) => s + w.confidence, 0) / Math.max(1, ws.length);

/**
 * Doubtful stretches of a line: each cell of it (words between gaps wider than `gap`) whose mean
 * confidence is low, when it holds three letters or more.
 */
function doubtfulRuns(line: OcrLine, gap: number): Run[] {
  const out: Run[] = [];
  let from = 0;
  for (let i = 1; i <= line.words.length; i++) {
    if (i < line.words.length && line.words[i]!.bbox.x0 - line.words[i - 1]!.bbox.x1 <= gap) continue;
    const cell = line.words.slice(from, i);
    const letters = cell.reduce((n, w) => n + (w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
    if (mean(cell) < DOUBTFUL && letters >= 3) out.push({ line, from, to: i });
    from = i;
  }
  return out;
}

/** Re-reads one run as a single text line; its new words, in page coordinates, or null if not better. */
async function reread(pool: OcrPool, grey: GreyRaster, run: Run, opts: RecognizeOptions): Promise<OcrWord[] | null> {
  const words = run.line.words.slice(run.from, run.to);
  const y0 = Math.min(...words.map((w) => w.bbox.y0));
  const y1 = Math.max(...words.map((w) => w.bbox.y1));
  const pad = Math.round((y1 - y0) * 0.3);
  const x = Math.max(0, words[0]!.bbox.x0 - pad);
  const y = Math.max(0, y0 - pad);
  const crop = cropGrey(grey, x, y, words.at(-1)!.bbox.x1 + pad - x, y1 + pad - y);
  const { blocks } = await pool.recognize(encodePng(crop), { ...opts, rotate: undefined, singleLine: true });
  const found = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words))).filter((w) => w.text.trim() !== '');
  if (found.length === 0 || mean(found) < mean(words) + BETTER_BY) return null;
  // The padding may catch a speck or the end of an erased rule: "_UBND".
  const first = found[0]!;
  found[0] = { ...first, text: first.text.replace(LEADING_SPECKS, '') };
  return found.map((w) => ({ ...w, bbox: { x0: w.bbox.x0 + x, x1: w.bbox.x1 + x, y0: w.bbox.y0 + y, y1: w.bbox.y1 + y } }));
}

/**
 * The page's blocks with each doubtful run of words replaced by a single-line reading of its
 * crop, where that reading is clearly more confident. `grey` is the image tesseract read, unturned.
 */
export async function rereadDoubtful(pool: OcrPool, grey: GreyRaster, blocks: readonly OcrBlock[], opts: RecognizeOptions): Promise<{ readonly blocks: readonly OcrBlock[]; readonly reads: number }> {
  const gap = CELL_GAP * grey.width;
  const runs = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => doubtfulRuns(l, gap)))).slice(0, MAX_RUNS);
  const reads = runs.length;
  if (runs.length === 0) return { blocks, reads };
  const replaced = new Map<OcrLine, { run: Run; words: OcrWord[] }[]>();
  for (const run of runs) {
    const words = await reread(pool, grey, run, opts);
    if (words) replaced.set(run.line, [...(replaced.get(run.line) ?? []), { run, words }]);
  }
  if (replaced.size === 0) return { blocks, reads };
  const fix = (line: OcrLine): OcrLine => {
    const edits = replaced.get(line);
    if (!edits) return line;
    const words: OcrWord[] = [];
    let i = 0;
    for (const { run, words: better } of edits) {
      words.push(...line.words.slice(i, run.from), ...better);
      i = run.to;
    }
    words.push(...line.words.slice(i));
    return { ...line, words };
  };
  return { blocks: blocks.map((b) => ({ ...b, paragraphs: b.paragraphs.map((p) => ({ ...p, lines: p.lines.map(fix) })) })), reads };
}
