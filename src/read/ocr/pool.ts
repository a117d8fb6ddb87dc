import PQueue from 'p-queue';
import { PSM, type Page } from 'tesseract.js';
import { defaultLangPath, OcrEngineError, OcrImageError, startEngineWorker, stopEngineWorker, type EngineWorker } from './engine.js';
import type { OcrBlock } from './layout.js';
import { parseTsv } from './tsv.js';

export interface OcrPoolOptions {
  /** Workers recognising at once (default 1: a second one gains little on a 2-core machine). */
  readonly workers?: number;
  /** Pages a worker recognises before it is replaced, since its memory only grows (default 20). */
  readonly recycleAfter?: number;
  /** Time allowed for a worker to load the model (default 30 s). */
  readonly startTimeoutMs?: number;
  /** Folder holding vie.traineddata.gz (default: the @tesseract.js-data/vie best_int model). */
  readonly langPath?: string;
  /**
   * Turn a page whose lines slope by more than ~1.5° level before reading (default true). The
   * slope is measured on a small copy (orientation.ts); a slighter one is left to the layout,
   * which groups words into rows along it, so most pages are not rotated at all.
   */
  readonly deskew?: boolean;
}

export interface RecognizeOptions {
  readonly signal?: AbortSignal | undefined;
  /** Resolution of the image when known (a rendered PDF page); else tesseract estimates it. */
  readonly dpi?: number | undefined;
  /** Radians tesseract turns the image by before reading it (to undo a measured skew). */
  readonly rotate?: number | undefined;
  /** The image is one line of text (a crop read a second time): no page layout analysis. */
  readonly singleLine?: boolean | undefined;
}

/** What one recognition gives back: the word boxes and the image width they refer to. */
export interface Recognized {
  readonly blocks: readonly OcrBlock[];
}

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('OCR was stopped', 'AbortError');

/**
 * A bounded set of tesseract.js workers behind a p-queue. Workers start lazily, are replaced
 * after `recycleAfter` pages, and one running a page whose signal aborts is killed.
 */
export class OcrPool {
  private readonly queue: PQueue;
  private readonly idle: EngineWorker[] = [];
  private readonly busy = new Set<EngineWorker>();
  private readonly recycleAfter: number;
  private readonly startTimeoutMs: number;
  private readonly langPath: string;
  readonly deskew: boolean;
  private closed = false;

  constructor(opts: OcrPoolOptions = {}) {
    this.queue = new PQueue({ concurrency: Math.max(1, opts.workers ?? 1) });
    this.recycleAfter = Math.max(1, opts.recycleAfter ?? 20);
    this.startTimeoutMs = opts.startTimeoutMs ?? 30_000;
    this.langPath = opts.langPath ?? defaultLangPath();
    this.deskew = opts.deskew ?? true;
  }

  /** Recognises one image (any format Leptonica reads: PNG, JPEG, TIFF, PGM …). */
  recognize(image: Uint8Array, opts: RecognizeOptions = {}): Promise<Recognized> {
    if (this.closed) return Promise.reject(new OcrEngineError('the OCR engine has been shut down'));
    const { signal } = opts;
    return this.queue.add(() => this.run(image, opts), signal ? { signal } : {});
  }

  /** Converts an image Skia cannot decode (TIFF) to a grey PNG with Leptonica; no recognition. */
  async toPng(image: Uint8Array, opts: RecognizeOptions = {}): Promise<Uint8Array> {
    const page = await this.queue.add(() => this.job(image, opts, (w) => w.tess.recognize(Buffer.from(image), {}, { imageGrey: true, text: false })), opts.signal ? { signal: opts.signal } : {});
    const url = page.imageGrey ?? '';
    const comma = url.indexOf(',');
    if (comma < 0) throw new OcrEngineError('the OCR engine could not decode the image');
    return Buffer.from(url.slice(comma + 1), 'base64');
  }

  /** Stops every worker; pending pages are rejected. */
  async terminate(): Promise<void> {
    this.closed = true;
    this.queue.clear();
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map(stopEngineWorker));
  }

  private async run(image: Uint8Array, opts: RecognizeOptions): Promise<Recognized> {
    const params: Record<string, string> = opts.dpi ? { user_defined_dpi: String(Math.round(opts.dpi)) } : {};
    const rotate = opts.rotate ? { rotateRadians: opts.rotate } : {};
    if (opts.singleLine) Object.assign(params, { tessedit_pageseg_mode: PSM.SINGLE_LINE });
    // Only the TSV: the `blocks` JSON costs ~0.1 s a page more (tsv.ts), text we build ourselves.
    const page = await this.job(image, opts, (w) => w.tess.recognize(Buffer.from(image), { ...rotate, ...params }, { tsv: true, text: false }));
    return { blocks: parseTsv(page.tsv ?? '') };
  }

  private async job(image: Uint8Array, opts: RecognizeOptions, work: (w: EngineWorker) => Promise<{ data: Page }>): Promise<Page> {
    const { signal } = opts;
    if (signal?.aborted) throw abortReason(signal);
    const worker = this.idle.pop() ?? (await startEngineWorker(this.langPath, this.startTimeoutMs));
    if (signal?.aborted) {
      this.idle.push(worker);
      throw abortReason(signal);
    }
    this.busy.add(worker);
    let killed = false;
    let onAbort = (): void => {};
    // An abort kills the worker mid-page (tesseract cannot be interrupted otherwise).
    const aborted = new Promise<never>((_, reject) => {
      onAbort = (): void => {
        killed = true;
        this.busy.delete(worker);
        void stopEngineWorker(worker);
        if (signal) reject(abortReason(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const result = await Promise.race([work(worker), aborted]).catch((err: unknown) => {
        if (signal?.aborted) throw abortReason(signal);
        if (err instanceof Error) throw err;
        // tesseract.js rejects with a bare string; Leptonica's is "Error attempting to read image."
        const text = String(err);
        throw /read image/iu.test(text) ? new OcrImageError('the image could not be decoded') : new OcrEngineError(`the OCR engine failed on this image (${text})`);
      });
      worker.pages++;
      return result.data;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!killed) this.release(worker);
    }
  }

  private release(worker: EngineWorker): void {
    this.busy.delete(worker);
    if (this.closed || worker.pages >= this.recycleAfter) void stopEngineWorker(worker);
    else this.idle.push(worker);
  }
}

