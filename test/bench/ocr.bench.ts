// OCR and PDF throughput on this machine: `npx tsx test/bench/ocr.bench.ts` (PAGES=5 ROUNDS=3).
// Renders A4 pages at 300 dpi from fixtures/seeds/*.txt (slight skew, speckle noise; the PNG
// declares its 300 dpi in a pHYs chunk, so every engine is told the same resolution by the file),
// reads them with our tesseract.js pipeline and, when `tesseract` is on PATH, with the native CLI
// (OMP_THREAD_LIMIT=1) on the very same PNGs: as installed (Debian's vie model, which is
// tessdata_fast, and the CLI's automatic page segmentation, PSM 3), and like for like (our own
// best_int model, unpacked to a temporary folder, and PSM 6, the single-block mode tesseract.js
// reads with); and, engine against engine, like for like on a grey copy at the resolution our
// pipeline reads (page.ts's READ_DPI). The machine is shared, so the engines take turns page by
// page, in an order that rotates every round, and each comparison is the median of the paired
// per-page ratios (ours over the CLI's, same page, same round): CPU seconds (this process's
// threads against the CLI child's), which hold up better than wall clock under load, and wall
// clock. Character error rate is Levenshtein over NFC text, whitespace collapsed, pooled over the
// pages. Then where our time goes, and pdf-parse text pages per second on a born-digital PDF.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { withLimits } from '../../src/read/limits.js';
import { defaultLangPath } from '../../src/read/ocr/engine.js';
import { READ_DPI } from '../../src/read/ocr/page.js';
import { decodeImage, encodePng, greyOf } from '../../src/read/ocr/raster.js';
import { configureOcr, ocrImage, shutdownOcr } from '../../src/read/ocr/index.js';
import { extractPdfLayer, readPdf } from '../../src/read/pdf/index.js';
import { makePdf } from '../read/pdf-samples.js'; // registers DejaVu Serif with the canvas

const PAGES = Number(process.env.PAGES ?? 5);
const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 3));
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
  return { png: withDensity(c.toBuffer('image/png'), DPI), truth: truth.join('\n') };
}

/** CRC-32 of a PNG chunk (zlib.crc32 needs Node 20.15). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with a pHYs chunk declaring `dpi` after its header, as a scanner writes it. */
function withDensity(png: Buffer, dpi: number): Buffer {
  const body = Buffer.alloc(9);
  body.writeUInt32BE(Math.round(dpi / 0.0254), 0);
  body.writeUInt32BE(Math.round(dpi / 0.0254), 4);
  body[8] = 1; // metres
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  body.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8); // signature, then IHDR (length, type, body, CRC)
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
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

const hasNativeTesseract = (): boolean => {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const pct = (x: number): string => `${(x * 100).toFixed(3)} %`;
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
  /** Edits to turn the text into the truth, and the truth's length (CER = edits / chars). */
  readonly edits: number;
  readonly chars: number;
}

function score(truth: string, got: string): { edits: number; chars: number } {
  return { edits: levenshtein(collapse(truth), collapse(got)), chars: Math.max(1, [...collapse(truth)].length) };
}

/** One CLI run on `path`: its text's errors, wall and CPU seconds. */
function runCli(path: string, truth: string, extra: string[]): Timed {
  const c = childCpu();
  const t = performance.now();
  const out = execFileSync('tesseract', [path, '-', '-l', 'vie', ...extra], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return { wall: (performance.now() - t) / 1000, cpu: childCpu() - c, ...score(truth, out) };
}

const STAGES = ['prepare', 'probe', 'read', 'reread', 'layout'] as const;
type Stage = (typeof STAGES)[number];
const ENGINES = ['js', 'cli', 'same', 'scaled'] as const;
type Engine = (typeof ENGINES)[number];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const cerOf = (runs: readonly Timed[]): number => runs.reduce((n, r) => n + r.edits, 0) / Math.max(1, runs.reduce((n, r) => n + r.chars, 0));

async function main(): Promise<void> {
  const seeds = new URL('../../fixtures/seeds/', import.meta.url);
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().slice(0, PAGES);
  const dir = mkdtempSync(join(tmpdir(), 'vanban-ocr-bench-'));
  const native = hasNativeTesseract();
  // Our model, unpacked where the CLI can load it.
  const ours = join(dir, 'tessdata');
  mkdirSync(ours);
  writeFileSync(join(ours, 'vie.traineddata'), gunzipSync(readFileSync(join(LANG, 'vie.traineddata.gz'))));
  const cliArgs: Record<Exclude<Engine, 'js'>, string[]> = { cli: [], same: ['--tessdata-dir', ours, '--psm', '6'], scaled: ['--tessdata-dir', ours, '--psm', '6'] };
  // runs[engine][page][round]
  const runs: Record<Engine, Timed[][]> = { js: [], cli: [], same: [], scaled: [] };
  const stages: Record<Stage, number>[] = [];
  const recognitions: number[] = [];
  let startup = 0;
  let firstPage: Timed | null = null;
  try {
    const warm = renderPage('Khởi động');
    const pages = files.map((f) => ({ f, ...renderPage(readFileSync(new URL(f, seeds), 'utf8')), path: join(dir, `${f}.png`), scaledPath: join(dir, `${f}.${READ_DPI}.png`) }));
    for (const p of pages) {
      writeFileSync(p.path, p.png);
      // The grey copy at the resolution our pipeline reads (page.ts), for the engine-only comparison.
      writeFileSync(p.scaledPath, withDensity(Buffer.from(encodePng(greyOf(await decodeImage(p.png), 0, READ_DPI / DPI))), READ_DPI));
    }
    let c = ownCpu();
    let t = performance.now();
    await ocrImage(new Uint8Array(warm.png)); // worker start-up is not a page
    startup = (performance.now() - t) / 1000;
    const js = async (p: (typeof pages)[number]): Promise<Timed> => {
      c = ownCpu();
      t = performance.now();
      const page = await ocrImage(new Uint8Array(p.png)); // the resolution comes from the PNG, as for the CLI
      const timed = { wall: (performance.now() - t) / 1000, cpu: ownCpu() - c, ...score(p.truth, page.text) };
      const { recognitions: n, ...ms } = page.timing;
      stages.push(ms);
      recognitions.push(n);
      return timed;
    };
    // The first full page in a fresh worker also pays for V8 optimising tesseract's WebAssembly
    // (tiering up): shown apart, not in the steady-state figures.
    firstPage = await js(pages[0]!);
    stages.length = 0;
    recognitions.length = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, p] of pages.entries()) {
        const order = native ? ENGINES.map((_, k) => ENGINES[(k + round + i) % ENGINES.length]!) : (['js'] as const);
        for (const e of order) {
          const r = e === 'js' ? await js(p) : runCli(e === 'scaled' ? p.scaledPath : p.path, p.truth, cliArgs[e]);
          ((runs[e][i] ??= [])[round] = r);
        }
      }
      process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
    }
    for (const [i, p] of pages.entries()) {
      const line = (e: Engine): string => {
        const rs = runs[e][i]!;
        return `${{ js: 'tesseract.js', cli: 'CLI as installed', same: 'CLI like for like', scaled: `CLI like for like at ${READ_DPI} dpi` }[e]} ${median(rs.map((r) => r.cpu)).toFixed(2)} s CPU (wall ${median(rs.map((r) => r.wall)).toFixed(2)}), CER ${pct(cerOf(rs))}`;
      };
      console.log(`${p.f}: ${(native ? ENGINES : (['js'] as const)).map(line).join(' | ')}`);
    }
  } finally {
    await shutdownOcr();
    rmSync(dir, { recursive: true, force: true });
  }
  const all = (e: Engine): Timed[] => runs[e].flat();
  /** Seconds per page: per round the mean over the pages, then the median over the rounds. */
  const perPage = (e: Engine, k: 'cpu' | 'wall'): number => median(Array.from({ length: ROUNDS }, (_, round) => mean(runs[e].map((rs) => rs[round]![k]))));
  /** Median over every (page, round) of ours over the CLI's on the same page in the same round. */
  const ratio = (e: Exclude<Engine, 'js'>, k: 'cpu' | 'wall'): number => median(runs.js.flatMap((rs, i) => rs.map((r, round) => r[k] / runs[e][i]![round]![k])));
  const n = runs.js.length;
  console.log(`\nOCR, A4 at ${DPI} dpi, ${n} pages × ${ROUNDS} rounds, engines taking turns page by page:`);
  console.log(`tesseract.js (our pipeline): ${perPage('js', 'cpu').toFixed(2)} s/page CPU (wall ${perPage('js', 'wall').toFixed(2)}), CER ${pct(cerOf(all('js')))}`);
  const stage = (k: Stage): number => mean(stages.map((s) => s[k])) / 1000;
  console.log(
    `  where it goes, s/page (wall): ${STAGES.map((k) => `${k} ${stage(k).toFixed(2)}`).join(', ')}; ${mean(recognitions).toFixed(1)} recognitions/page` +
      ` (prepare: decode, grey at the reading resolution, ink mask, orientation, skew, rules; read: the page's recognize, with the image's trip to the worker)`,
  );
  console.log(`  worker start-up (first call, a one-word page): ${startup.toFixed(2)} s; first full page after it ${firstPage!.cpu.toFixed(2)} s CPU (wall ${firstPage!.wall.toFixed(2)}): once per process and again every 20 pages (recycleAfter), not in the figures above`);
  if (native) {
    console.log(`native CLI as installed (Debian vie = tessdata_fast, PSM 3, OMP_THREAD_LIMIT=1): ${perPage('cli', 'cpu').toFixed(2)} s/page CPU (wall ${perPage('cli', 'wall').toFixed(2)}), CER ${pct(cerOf(all('cli')))}`);
    console.log(`native CLI like for like (our model${process.env.OCR_LANG ? ` from ${LANG}` : ', best_int'}, PSM 6, OMP_THREAD_LIMIT=1): ${perPage('same', 'cpu').toFixed(2)} s/page CPU (wall ${perPage('same', 'wall').toFixed(2)}), CER ${pct(cerOf(all('same')))}`);
    console.log(`native CLI like for like on the grey ${READ_DPI} dpi copy our pipeline reads (engine against engine): ${perPage('scaled', 'cpu').toFixed(2)} s/page CPU (wall ${perPage('scaled', 'wall').toFixed(2)}), CER ${pct(cerOf(all('scaled')))}`);
    console.log(`tesseract.js / native CLI as installed, median of paired per-page ratios: ${ratio('cli', 'cpu').toFixed(2)}× CPU, ${ratio('cli', 'wall').toFixed(2)}× wall`);
    console.log(`tesseract.js / native CLI like for like, median of paired per-page ratios: ${ratio('same', 'cpu').toFixed(2)}× CPU, ${ratio('same', 'wall').toFixed(2)}× wall`);
    console.log(`tesseract.js / native CLI like for like at ${READ_DPI} dpi, median of paired per-page ratios: ${ratio('scaled', 'cpu').toFixed(2)}× CPU, ${ratio('scaled', 'wall').toFixed(2)}× wall (what is left: the WebAssembly engine and our preparation)`);
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
