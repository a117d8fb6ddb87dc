import { guessLegacyEncoding } from './encodings/detect.js';
import { decodeLegacy, LEGACY_ENCODING_NAMES, type LegacyEncoding } from './encodings/legacy.js';
import { readUtf8 } from './encodings/utf8.js';
import { ReadError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export interface DecodedText {
  /** The text as decoded: NFD stays NFD (the pipeline normalises it, and spans point into this). */
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  readonly warnings: readonly string[];
}

/** Bytes per file read as text before we call it too big (a plain-text document is < 1 MB). */
export const DEFAULT_MAX_TEXT_BYTES = 32 * 1024 * 1024;

/** Share of well-formed multi-byte sequences above which damaged UTF-8 stays UTF-8 outright. */
const UTF8_DAMAGED = 0.9;
/** Above this share, damaged UTF-8 is still preferred to a legacy table that does not clearly win. */
const UTF8_FALLBACK = 0.5;

/**
 * Decodes a plain-text document: UTF-8 (with or without BOM), UTF-16 (BOM, or no BOM told by its
 * NUL pattern), else the legacy encoding — Windows-1258, TCVN3 or VNI — whose decoding reads
 * clearly as Vietnamese. Anything else is refused with a reason rather than guessed at.
 */
export function decodeText(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_TEXT_BYTES): DecodedText {
  if (bytes.length === 0) throw new ReadError('empty', file, 'the file is empty');
  if (bytes.length > maxBytes) throw new ReadError('limit-exceeded', file, `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit for text`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withNotes(utf8(bytes.subarray(3), file, true));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withNotes(utf16(bytes.subarray(2), 'utf-16le', true));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withNotes(utf16(bytes.subarray(2), 'utf-16be', true));
  const nul = nulPattern(bytes);
  if (nul) return withNotes(utf16(bytes, nul, false));
  if (looksBinary(bytes)) throw new ReadError('unsupported-type', file, 'the file holds binary data of a kind vanban does not read');
  return withNotes(utf8(bytes, file, false));
}

function utf8(bytes: Uint8Array, file: string, bom: boolean): DecodedText {
  const read = readUtf8(bytes);
  if (read.invalid === 0) return { text: read.text, encoding: 'utf-8', bom, warnings: [] };
  const share = read.multiByte / (read.multiByte + read.invalid);
  const damaged = (): DecodedText => ({ text: read.text, encoding: 'utf-8', bom, warnings: [replacedWarning(read.invalid)] });
  // A few bad bytes in a UTF-8 file: keep UTF-8, never re-read the whole file in a legacy table.
  if (bom || share >= UTF8_DAMAGED) return damaged();
  const guess = guessLegacyEncoding(bytes);
  if (guess.encoding !== null) return legacy(bytes, guess.encoding);
  if (share >= UTF8_FALLBACK) return damaged();
  throw new ReadError(
    'encoding-unknown',
    file,
    'the text is neither UTF-8 nor UTF-16, and it does not read clearly as Vietnamese in Windows-1258, TCVN3 or VNI',
  );
}

function legacy(bytes: Uint8Array, encoding: LegacyEncoding): DecodedText {
  const name = LEGACY_ENCODING_NAMES[encoding];
  const text = decodeLegacy(bytes, encoding);
  return { text, encoding, bom: false, warnings: [`the text was in the legacy ${name} encoding and was converted to Unicode`] };
}

const replacedWarning = (n: number): string =>
  n === 1 ? '1 invalid UTF-8 byte sequence was replaced by U+FFFD' : `${n} invalid UTF-8 byte sequences were replaced by U+FFFD`;

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  const warnings = text.includes('\uFFFD') ? ['invalid UTF-16 sequences were replaced by U+FFFD'] : [];
  return { text, encoding, bom, warnings };
}

/** Decomposed accents (NFD, as macOS writes them) are kept as read; the pipeline normalises to NFC. */
function withNotes(decoded: DecodedText): DecodedText {
  if (!/\p{M}/u.test(decoded.text) || decoded.text === decoded.text.normalize('NFC')) return decoded;
  return { ...decoded, warnings: [...decoded.warnings, 'the text uses decomposed accents (NFD); they are normalised to NFC before analysis'] };
}

/** UTF-16 without a BOM: ASCII-range text has a NUL in every other byte. */
function nulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters in the first 8 KB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}
