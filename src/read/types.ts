import type { ReadLimits } from './limits.js';

/** What a page of the input contributed to the text. */
export interface PageProvenance {
  /** 1-based page number (1 for formats without pages). */
  readonly page: number;
  /** Where this page's text sits in ReadResult.text (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
  /** True when the page's text came from OCR. */
  readonly ocr: boolean;
  /** Mean OCR word confidence 0..100, null when not OCR'd. */
  readonly confidence: number | null;
}

export type ReaderName = 'text' | 'docx' | 'doc' | 'rtf' | 'pdf' | 'image';

export interface Provenance {
  readonly reader: ReaderName;
  /** The media type told by the magic bytes, e.g. application/pdf. */
  readonly mediaType: string;
  /** For text: utf-8, utf-16le, windows-1258, tcvn3, vni …; for DOCX runs repaired by font, or lines decoded by legacy-lines.ts, the legacy encoding met. */
  readonly encoding: string | null;
  readonly pages: readonly PageProvenance[];
  readonly warnings: readonly string[];
}

/** A reader's answer: the text vanban analyses (the "original input" its spans point into) and how it was obtained. */
export interface ReadResult {
  readonly text: string;
  readonly provenance: Provenance;
}

export interface ReadOptions {
  readonly limits: ReadLimits;
  /** Password for encrypted PDF/DOCX, when the operator configured one. */
  readonly password?: string;
  /** Stops OCR and parsing when the file's time is up. */
  readonly signal?: AbortSignal;
}

/** A reader turns the bytes of one file into text; `file` is only for messages. It throws ReadError. */
export type Reader = (bytes: Uint8Array, file: string, opts: ReadOptions) => Promise<ReadResult>;
