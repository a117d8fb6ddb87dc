import { ReadError } from './errors.js';

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly bom: boolean;
  readonly warnings: readonly string[];
}

/** Bytes per file read as text before we call it too big (a plain-text document is < 1 MB). */
export const DEFAULT_MAX_TEXT_BYTES = 32 * 1024 * 1024;

/**
 * Decodes a plain-text document: UTF-8 (with or without BOM) or UTF-16 (BOM, or no BOM told by
 * its NUL pattern). Anything else is refused with a reason rather than guessed at.
 */
export function decodeText(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_TEXT_BYTES): DecodedText {
  if (bytes.length === 0) throw new ReadError('empty', file, 'the file is empty');
  if (bytes.length > maxBytes) throw new ReadError('limit-exceeded', file, `the file is ${bytes.length} bytes, over the ${maxBytes}-byte limit for text`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), file, true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', true);
  const nul = nulPattern(bytes);
  if (nul) return utf16(bytes, nul, false);
  if (looksBinary(bytes)) throw new ReadError('unsupported-type', file, 'the file holds binary data of a kind vanban does not read');
  return utf8(bytes, file, false);
}

function utf8(bytes: Uint8Array, file: string, bom: boolean): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom, warnings: [] };
  } catch (cause) {
    throw new ReadError('encoding-unknown', file, 'the text is neither UTF-8 nor UTF-16 (a legacy encoding such as TCVN3, VNI or Windows-1258?)', { cause });
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  const warnings = text.includes('\uFFFD') ? ['invalid UTF-16 sequences were replaced by U+FFFD'] : [];
  return { text, encoding, bom, warnings };
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
