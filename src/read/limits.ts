/**
 * Every budget a reader honours, named, with its default. Ingestion runs unattended: a hostile
 * file must hit one of these and be set aside, never stall the batch or eat the machine.
 */
export interface ReadLimits {
  /** Bytes on disk per input file. */
  readonly maxFileBytes: number;
  /** Entries in a ZIP container (DOCX). */
  readonly maxZipEntries: number;
  /** Inflated bytes of one ZIP entry, declared or actual. */
  readonly maxZipEntryBytes: number;
  /** Inflated bytes of all ZIP entries together, declared or actual. */
  readonly maxZipTotalBytes: number;
  /** Pages per PDF. */
  readonly maxPdfPages: number;
  /** Inflated bytes of all the streams of one PDF. */
  readonly maxPdfStreamBytes: number;
  /** Width × height of an image, read from its header before decoding. */
  readonly maxImagePixels: number;
  /** Wall-clock time per file, reading and OCR included. */
  readonly timeoutMs: number;
  /** Heap of the isolated worker that parses DOCX/PDF, in MB. */
  readonly workerHeapMb: number;
  /** OCR'd pages per file (a scanned book is not a công văn). */
  readonly maxOcrPages: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxZipEntryBytes: 128 * 1024 * 1024,
  maxZipTotalBytes: 256 * 1024 * 1024,
  maxPdfPages: 500,
  maxPdfStreamBytes: 256 * 1024 * 1024,
  maxImagePixels: 60_000_000,
  timeoutMs: 120_000,
  workerHeapMb: 512,
  maxOcrPages: 50,
};

export const withLimits = (overrides: Partial<ReadLimits> = {}): ReadLimits => ({ ...DEFAULT_LIMITS, ...overrides });
