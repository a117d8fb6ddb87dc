import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import { createWorker, OEM, type Worker as TessWorker } from 'tesseract.js';

/** The OCR engine could not start or failed on a page; readers turn it into a ReadError. */
export class OcrEngineError extends Error {
  override readonly name: string = 'OcrEngineError';
}

/** The engine ran but could not decode the image it was given (a damaged file, not a broken engine). */
export class OcrImageError extends OcrEngineError {
  override readonly name = 'OcrImageError';
}

/** One started tesseract.js worker and its thread, so that a stuck one can be killed. */
export interface EngineWorker {
  readonly tess: TessWorker;
  readonly thread: ThreadWorker | null;
  /** Pages recognised since start (workers are recycled because their memory grows). */
  pages: number;
}

/** The Vietnamese LSTM model shipped in @tesseract.js-data/vie (best_int, 1.4 MB, gzipped). */
export function defaultLangPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/vie/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
}

/**
 * Checks the model before tesseract.js sees it: its load failures either crash the process (no
 * errorHandler) or leave createWorker pending forever (with one).
 */
async function checkModel(langPath: string): Promise<void> {
  const file = join(langPath, 'vie.traineddata.gz');
  const head = await readFile(file).catch((cause: unknown) => {
    throw new OcrEngineError(`the Vietnamese OCR model is missing (${file})`, { cause });
  });
  if (head.length < 1024 || head[0] !== 0x1f || head[1] !== 0x8b) throw new OcrEngineError(`the Vietnamese OCR model is damaged (${file})`);
}

/**
 * tesseract.js keeps its thread private. Node announces every new thread on `process`
 * ('worker', next tick); tesseract.js's are the ones it gives an `onerror` function.
 */
function catchThread(): { readonly thread: () => ThreadWorker | null; readonly stop: () => void } {
  let caught: ThreadWorker | null = null;
  const onWorker = (w: ThreadWorker): void => {
    if (caught === null && typeof (w as ThreadWorker & { onerror?: unknown }).onerror === 'function') caught = w;
  };
  process.on('worker', onWorker);
  return { thread: () => caught, stop: () => process.off('worker', onWorker) };
}

/**
 * Which build of tesseract.js-core runs: tesseract.js picks relaxedsimd-lstm when the engine
 * validates relaxed SIMD, else simd-lstm. Node 20's V8 (11.3) does so only under
 * --experimental-wasm-relaxed-simd; given it, the relaxed build read our pages in the same CPU
 * time (3.10 against 3.07 s, same text), so the default simd-lstm build is left as it is.
 *
 * Starts one worker (Vietnamese, LSTM only, model read from `langPath`, nothing cached or written
 * to disk, no network) within `timeoutMs`.
 */
export async function startEngineWorker(langPath: string, timeoutMs: number): Promise<EngineWorker> {
  await checkModel(langPath);
  const watch = catchThread();
  let starting = true;
  let onFailure: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    onFailure = reject;
  });
  const created = createWorker('vie', OEM.LSTM_ONLY, {
    langPath,
    cacheMethod: 'none',
    gzip: true,
    // Without a handler a failed job throws inside tesseract.js's message listener and kills the
    // process; with it, the job's own promise rejects and we handle it there.
    errorHandler: (e: unknown) => {
      if (starting) onFailure(e);
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrEngineError(`the OCR engine did not start within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const tess = await Promise.race([created, failed, timedOut]);
    // Tesseract prints its notes ("Estimating resolution as 392", "Detected 671 diacritics") to
    // stderr unless given a debug file; our stderr carries only our own diagnostics.
    await Promise.race([tess.setParameters({ debug_file: '/dev/null' }), failed, timedOut]);
    // The thread event comes on the next tick after the constructor: it is in by now.
    return { tess, thread: watch.thread(), pages: 0 };
  } catch (err) {
    // The pending createWorker may never settle: end its thread ourselves.
    void watch.thread()?.terminate();
    created.then((w) => w.terminate()).catch(() => undefined);
    if (err instanceof OcrEngineError) throw err;
    throw new OcrEngineError(`the OCR engine could not start (${String(err)})`, { cause: err });
  } finally {
    starting = false;
    clearTimeout(timer);
    watch.stop();
  }
}

/** Ends a worker, by force if tesseract.js's own terminate does not. */
export async function stopEngineWorker(w: EngineWorker): Promise<void> {
  await w.tess.terminate().catch(() => undefined);
  await w.thread?.terminate().catch(() => undefined);
}
