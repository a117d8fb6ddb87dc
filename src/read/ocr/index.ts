import { OcrPool, type OcrPoolOptions } from './pool.js';
import { ocrPage, type OcrPageResult } from './page.js';

export { OcrEngineError, OcrImageError } from './engine.js';
export { OcrPool, type OcrPoolOptions } from './pool.js';
export { layoutText, type OcrBlock, type PageLayout } from './layout.js';
export { readImageSize, type ImageSize } from './image-size.js';
export type { OcrPageResult } from './page.js';

export interface OcrImageOptions {
  readonly signal?: AbortSignal | undefined;
  /** Resolution when known (a PDF page rendered at 300 dpi). */
  readonly dpi?: number | undefined;
}

let shared: OcrPool | null = null;
let sharedOptions: OcrPoolOptions = {};

/** Sets the shared pool's options (workers, recycleAfter, startTimeoutMs, langPath); takes effect at its next start. */
export function configureOcr(opts: OcrPoolOptions): void {
  sharedOptions = { ...opts };
}

/**
 * OCRs one page image (PNG, JPEG, TIFF …) in Vietnamese with the shared worker pool: text with
 * two-column rows as "left\tright", mean word confidence, and the rotation that was undone.
 */
export function ocrImage(image: Uint8Array, opts: OcrImageOptions = {}): Promise<OcrPageResult> {
  shared ??= new OcrPool(sharedOptions);
  return ocrPage(shared, image, opts);
}

/** Stops the shared pool's workers (the CLI calls it before exiting); a later ocrImage starts afresh. */
export async function shutdownOcr(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.terminate();
}
