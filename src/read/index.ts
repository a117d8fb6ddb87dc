import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { ReadError } from './errors.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { decodeText } from './text.js';
import { detectType } from './detect.js';
import { repairLegacyLines } from './legacy-lines.js';
import type { Reader, ReaderName, ReadOptions, ReadResult } from './types.js';

export interface ReadDocumentOptions {
  readonly limits?: Partial<ReadLimits>;
  readonly password?: string;
}

export interface ReadDocumentResult extends ReadResult {
  /** SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/**
 * Reads one file of any supported kind into text with its provenance. Every failure is a
 * ReadError with a code and a sentence; nothing else escapes.
 */
export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const bytes = await readBytes(file, limits);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const opts: ReadOptions = { limits, ...(options.password !== undefined ? { password: options.password } : {}) };
    const result = await dispatch(bytes, file, opts);
    return { ...result, sha256 };
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new ReadError('unreadable', file, `reading failed: ${message}`, { cause: err });
  }
}

async function readBytes(file: string, limits: ReadLimits): Promise<Uint8Array> {
  const info = await stat(file).catch((cause: unknown) => {
    const code = (cause as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new ReadError('missing', file, 'no such file')
      : new ReadError('unreadable', file, `cannot open it (${code ?? 'unknown error'})`, { cause });
  });
  if (!info.isFile()) throw new ReadError('not-a-file', file, info.isDirectory() ? 'it is a folder, not a file' : 'it is not a regular file');
  if (info.size === 0) throw new ReadError('empty', file, 'the file is empty');
  if (info.size > limits.maxFileBytes) {
    throw new ReadError('limit-exceeded', file, `the file is ${info.size} bytes, over the ${limits.maxFileBytes}-byte limit (maxFileBytes)`);
  }
  return readFile(file).catch((cause: unknown) => {
    throw new ReadError('unreadable', file, `cannot read it (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'})`, { cause });
  });
}

/** Readers are loaded on first use: reading a text file never loads pdf.js or tesseract. */
let ocrLoaded = false;
const READERS: Record<ReaderName, () => Promise<Reader>> = {
  text: async () => readText,
  docx: async () => (await import('./docx/index.js')).readDocx,
  doc: async () => (await import('./doc.js')).readDoc,
  rtf: async () => (await import('./rtf/index.js')).readRtf,
  pdf: async () => ((ocrLoaded = true), (await import('./pdf/index.js')).readPdf),
  image: async () => ((ocrLoaded = true), (await import('./image.js')).readImage),
};

const KIND_NAME: Record<ReaderName, string> = {
  text: 'the text file',
  docx: 'the DOCX document',
  doc: 'the Word 97-2003 document',
  rtf: 'the RTF document',
  pdf: 'the PDF (not even by OCR)',
  image: 'the image (OCR found no words)',
};

const readText: Reader = async (bytes, file, opts) => {
  const decoded = decodeText(bytes, file, opts.limits.maxFileBytes);
  return {
    text: decoded.text,
    provenance: {
      reader: 'text',
      mediaType: 'text/plain',
      encoding: decoded.encoding,
      pages: [{ page: 1, start: 0, end: decoded.text.length, ocr: false, confidence: null }],
      warnings: decoded.warnings,
    },
  };
};

async function dispatch(bytes: Uint8Array, file: string, opts: ReadOptions): Promise<ReadResult> {
  const type = await detectType(bytes, file);
  const reader = await READERS[type.kind]();
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), opts.limits.timeoutMs);
  try {
    const result = repairLegacyLines(await Promise.race([
      reader(bytes, file, { ...opts, signal: ac.signal }),
      new Promise<never>((_, reject) => {
        ac.signal.addEventListener('abort', () => reject(new ReadError('timeout', file, `reading took longer than ${Math.round(opts.limits.timeoutMs / 1000)} s (timeoutMs) and was stopped`)), { once: true });
      }),
    ]));
    if (result.text.trim() === '') throw new ReadError('no-text', file, `no text could be read from ${KIND_NAME[type.kind]}`);
    const warnings = [...type.warnings, ...result.provenance.warnings];
    return { text: result.text, provenance: { ...result.provenance, mediaType: type.mediaType, warnings } };
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
}

/** Stops what the readers keep running between files (the OCR workers); safe to call twice. */
export async function closeReaders(): Promise<void> {
  // Only when OCR was used: importing the pool would otherwise load tesseract.js for nothing.
  if (ocrLoaded) await (await import('./ocr/index.js')).shutdownOcr();
}
