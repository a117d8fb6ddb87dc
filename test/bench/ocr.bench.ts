// OCR and PDF throughput on this machine: `npx tsx test/bench/ocr.bench.ts`.
// Renders A4 pages at 300 dpi from fixtures/seeds/*.txt (slight skew, speckle noise), reads them
// with our tesseract.js pipeline and, when `tesseract` is on PATH, with the native CLI on the very
// same PNGs, twice: as installed (Debian's vie model, which is tessdata_fast, and the CLI's
// automatic page segmentation, PSM 3), and like for like (our own best_int model, unpacked to a
// temporary folder, and PSM 6, the single-block mode tesseract.js reads with). Prints seconds per
// page, wall clock and CPU (the CPU figure holds up better on a shared machine), character error
// rate (Levenshtein over NFC text, whitespace collapsed), and where our time goes. Then pdf-parse
// text pages per second on a born-digital PDF.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { withLimits } from '../../src/read/limits.js';
import { defaultLangPath } from '../../src/read/ocr/engine.js';
import { configureOcr, ocrImage, shutdownOcr } from '../../src/read/ocr/index.js';
import { extractPdfLayer, readPdf } from '../../src/read/pdf/index.js';
import { makePdf } from '../read/pdf-samples.js'; // registers DejaVu Serif with the canvas

const PAGES = Number(process.env.PAGES ?? 3);
// DESKEW=0 compares the pipeline without tesseract's skew correction; OCR_LANG=folder reads with
// another vie.traineddata.gz (e.g. tessdata_fast, gzipped), in our pipeline and the like-for-like CLI.
const LANG = process.env.OCR_LANG ?? defaultLangPath();
configureOcr({ deskew: process.env.DESKEW !== '0', langPath: LANG });
const DPI = 300;
const W = Math.round(8.27 * DPI);
const H = Math.round(11.69 * DPI);
const MARGIN = Math.round(0.9 * DPI);

/** Deterministic noise so runs compare. */
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** Word-wraps `text` (tabs: header columns at the page middle) into lines that fit the text width. */
function layout(ctx: SKRSContext2D, text: string, maxLines: number): { cells: [string, number][]; truth: string[] } {
  const width = W - 2 * MARGIN;
  const out: { cells: [string, number][]; truth: string[] } = { cells: [], truth: [] };
  for (const raw of text.normalize('NFC').split('\n')) {
    const cols = raw.split(/\t| {8,}/u).map((c) => c.trim());
    if (cols.length > 1 && cols[0] !== '') {
      if (out.truth.length >= maxLines) break;
      out.cells.push([cols[0] ?? '', MARGIN], [cols.slice(1).join(' '), W / 2]);
      out.truth.push(cols.join(' '));
      continue;
    }
    let line = '';
    for (const word of raw.split(/\s+/u).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (ctx.measureText(next).width > width && line) {
        out.cells.push([line, -1]);
        out.truth.push(line);
        line = word;
      } else line = next;
    }
    out.cells.push([line, -1]);
    out.truth.push(line);
    if (out.truth.length >= maxLines) break;
  }
  return out;
}

function renderPage(text: string): { png: Buffer; truth: string } {
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f4f2ee';
  ctx.fillRect(0, 0, W, H);
  ctx.font = `${Math.round((12.5 * DPI) / 72)}px "DejaVu Serif"`;
  const lineHeight = Math.round((12.5 * 1.45 * DPI) / 72);
  const { cells, truth } = layout(ctx, text, Math.floor((H - 2 * MARGIN) / lineHeight));
  ctx.translate(W / 2, H / 2);
  ctx.rotate(((rand() - 0.5) * 1.6 * Math.PI) / 180); // up to ±0.8°
  ctx.translate(-W / 2, -H / 2);
  ctx.fillStyle = '#111';
  let y = MARGIN;
  for (let i = 0; i < cells.length; i++) {
    const [s, x] = cells[i]!;
    ctx.fillText(s, x < 0 ? MARGIN : x, y);
    if (x !== MARGIN) y += lineHeight; // the left cell of a header row shares the row
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const img = ctx.getImageData(0, 0, W, H);
  for (let i = 0; i < img.data.length; i += 4) {
    const r = rand();
    const v = r < 0.0015 ? 0 : r > 0.9985 ? 255 : -1; // speckle
    if (v >= 0) img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
  return { png: c.toBuffer('image/png'), truth: truth.join('\n') };
}

const collapse = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

function levenshtein(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[B.length]!;
}
const cer = (truth: string, got: string): number => levenshtein(collapse(truth), collapse(got)) / Math.max(1, [...collapse(truth)].length);

const hasNativeTesseract = (): boolean => {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** CPU seconds of this process, all its threads (tesseract.js recognises in a worker thread). */
const ownCpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/** CPU seconds of the children this process has waited for (Linux /proc), NaN elsewhere. */
const clockTicks = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();
function childCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / clockTicks; // cutime, cstime
  } catch {
    return Number.NaN;
  }
}

interface Timed {
  readonly wall: number;
  readonly cpu: number;
  readonly cer: number;
}

/** One CLI run on `path`: its text's CER, wall and CPU seconds. */
function runCli(path: string, truth: string, extra: string[]): Timed {
  const c = childCpu();
  const t = performance.now();
  const out = execFileSync('tesseract', [path, '-', '-l', 'vie', ...extra], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return { wall: (performance.now() - t) / 1000, cpu: childCpu() - c, cer: cer(truth, out) };
}

const STAGES = ['prepare', 'probe', 'read', 'reread', 'layout'] as const;

async function main(): Promise<void> {
  const seeds = new URL('../../fixtures/seeds/', import.meta.url);
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().slice(0, PAGES);
  const dir = mkdtempSync(join(tmpdir(), 'vanban-ocr-bench-'));
  const native = hasNativeTesseract();
  // Our model, unpacked where the CLI can load it.
  const ours = join(dir, 'tessdata');
  mkdirSync(ours);
  writeFileSync(join(ours, 'vie.traineddata'), gunzipSync(readFileSync(join(LANG, 'vie.traineddata.gz'))));
  const rows: { file: string; js: Timed; stages: Record<(typeof STAGES)[number], number>; recognitions: number; cli: Timed | null; same: Timed | null }[] = [];
  let startup = 0;
  try {
    let t = performance.now();
    await ocrImage(renderPage('Khởi động').png); // worker start-up is not a page
    startup = (performance.now() - t) / 1000;
    for (const f of files) {
      const { png, truth } = renderPage(readFileSync(new URL(f, seeds), 'utf8'));
      const path = join(dir, `${f}.png`);
      writeFileSync(path, png);
      const c = ownCpu();
      t = performance.now();
      const page = await ocrImage(new Uint8Array(png), { dpi: DPI });
      const js: Timed = { wall: (performance.now() - t) / 1000, cpu: ownCpu() - c, cer: cer(truth, page.text) };
      const cli = native ? runCli(path, truth, []) : null;
      const same = native ? runCli(path, truth, ['--tessdata-dir', ours, '--psm', '6']) : null;
      const { recognitions, ...ms } = page.timing;
      rows.push({ file: f, js, stages: ms, recognitions, cli, same });
      const stages = STAGES.map((k) => `${k} ${(ms[k] / 1000).toFixed(2)}`).join(', ');
      console.log(
        `${f}: tesseract.js ${js.wall.toFixed(2)} s (CPU ${js.cpu.toFixed(2)}), CER ${pct(js.cer)}, conf ${page.confidence} [${stages}; ${recognitions} recognition(s)]` +
          (cli && same ? ` | CLI ${cli.wall.toFixed(2)} s (CPU ${cli.cpu.toFixed(2)}), CER ${pct(cli.cer)} | CLI like for like ${same.wall.toFixed(2)} s (CPU ${same.cpu.toFixed(2)}), CER ${pct(same.cer)}` : ''),
      );
    }
  } finally {
    await shutdownOcr();
    rmSync(dir, { recursive: true, force: true });
  }
  const avg = (pick: (r: (typeof rows)[number]) => number): number => mean(rows.map(pick));
  const js = avg((r) => r.js.wall);
  const jsCpu = avg((r) => r.js.cpu);
  console.log(`\nOCR, A4 at ${DPI} dpi, ${rows.length} pages: tesseract.js ${js.toFixed(2)} s/page (CPU ${jsCpu.toFixed(2)}), CER ${pct(avg((r) => r.js.cer))}`);
  const stage = (k: (typeof STAGES)[number]): number => avg((r) => r.stages[k]) / 1000;
  console.log(
    `  where it goes, s/page: ${STAGES.map((k) => `${k} ${stage(k).toFixed(2)}`).join(', ')}; ${avg((r) => r.recognitions).toFixed(1)} recognitions/page` +
      ` (prepare: decode, grey, ink mask, orientation, skew, rules; read: the page's recognize, with the image's trip to the worker)`,
  );
  console.log(`  worker start-up (first call, a one-word page): ${startup.toFixed(2)} s, once per process and again every 20 pages (recycleAfter), not in the figures above`);
  if (native) {
    const cli = avg((r) => r.cli!.wall);
    const cliCpu = avg((r) => r.cli!.cpu);
    const same = avg((r) => r.same!.wall);
    const sameCpu = avg((r) => r.same!.cpu);
    console.log(`native CLI as installed (Debian vie = tessdata_fast, PSM 3, OMP_THREAD_LIMIT=1): ${cli.toFixed(2)} s/page (CPU ${cliCpu.toFixed(2)}), CER ${pct(avg((r) => r.cli!.cer))}`);
    console.log(`native CLI like for like (our model${process.env.OCR_LANG ? ` from ${LANG}` : ', best_int'}, PSM 6, OMP_THREAD_LIMIT=1): ${same.toFixed(2)} s/page (CPU ${sameCpu.toFixed(2)}), CER ${pct(avg((r) => r.same!.cer))}`);
    console.log(`tesseract.js / native CLI as installed = ${(js / cli).toFixed(2)}× wall, ${(jsCpu / cliCpu).toFixed(2)}× CPU`);
    console.log(`tesseract.js / native CLI like for like = ${(js / same).toFixed(2)}× wall, ${(jsCpu / sameCpu).toFixed(2)}× CPU; its read stage alone / CLI like for like = ${(stage('read') / same).toFixed(2)}× wall`);
  } else console.log('native tesseract not on PATH: skipped');

  const body = Array.from({ length: 40 }, (_, i) => `${i + 1}. Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, hoàn thành trước ngày 30/6/2024.`);
  const pdf = await makePdf(Array.from({ length: 100 }, () => ({ text: body })));
  const limits = withLimits();
  const cold = performance.now();
  await extractPdfLayer(await makePdf([{ text: body }]), 'warm-up.pdf', { limits });
  console.log(`\npdfjs cold start (first document in a fresh thread): ${((performance.now() - cold) / 1000).toFixed(2)} s`);
  let t = performance.now();
  const layer = await extractPdfLayer(pdf, 'bench.pdf', { limits });
  const layerSec = (performance.now() - t) / 1000;
  t = performance.now();
  await readPdf(pdf, 'bench.pdf', { limits });
  const readSec = (performance.now() - t) / 1000;
  console.log(`PDF text layer: ${layer.pages.length} pages in ${layerSec.toFixed(2)} s = ${(layer.pages.length / layerSec).toFixed(0)} pages/s in-thread (warm); readPdf (isolated worker, start-up included) ${(layer.pages.length / readSec).toFixed(0)} pages/s`);
}

await main();
