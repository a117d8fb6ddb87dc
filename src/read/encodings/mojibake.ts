import { cp1252Byte } from './_cp1252.js';
import { guessLegacyEncoding } from './detect.js';
import { decodeLegacy, type LegacyEncoding } from './legacy.js';
import { isVietnameseSyllable } from './syllable.js';

// Letters only Unicode Vietnamese has: text holding any of them was not typed in a legacy font.
const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯ\u0300-\u0323\u1EA0-\u1EF9]/u; // outside Latin-1: no cp1252 glyph looks like them
const HIGH_LATIN = /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122]/gu;

export interface Repaired {
  readonly text: string;
  readonly encoding: LegacyEncoding;
}

/**
 * Text typed in a TCVN3 or VNI font and extracted without its font ("Uû ban nh©n d©n" from a
 * Word 97 file): each character is the Windows-1252 glyph of a legacy byte. When the text holds
 * no Unicode Vietnamese letter, many such glyphs, and its bytes score clearly as one legacy
 * encoding, decode it; otherwise null, and the text is left as it is.
 */
export function repairMojibake(text: string): Repaired | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const high = text.match(HIGH_LATIN)?.length ?? 0;
  if (high < 20 || high < text.length * 0.02) return null;
  const bytes = glyphBytes(text);
  if (bytes === null) return null;
  const guess = guessLegacyEncoding(bytes);
  if (guess.encoding === null || guess.encoding === 'windows-1258') return null;
  return { text: decodeLegacy(bytes, guess.encoding), encoding: guess.encoding };
}

/** The legacy bytes the cp1252 glyphs stand for; null when a character stands for none. */
function glyphBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = cp1252Byte(text[i]!);
    if (b === null) return null;
    bytes[i] = b;
  }
  return bytes;
}

// Words as the legacy detector cuts them, between ASCII non-letters: "ho¹ch" is one word, not "ho" and "ch".
const ASCII_NON_LETTERS = /[\x00-\x40\x5b-\x60\x7b-\x7f]+/u;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const syllableShare = (text: string): number => {
  const words = text.split(ASCII_NON_LETTERS).filter((w) => /[^\x00-\x7f]/u.test(w));
  return words.length === 0 ? 0 : words.filter((w) => LETTERS_ONLY.test(w) && isVietnameseSyllable(w)).length / words.length;
};

/**
 * A Unicode document with a few paragraphs typed in a legacy font (a pasted .VnTime signature
 * block): each line that holds no Unicode Vietnamese letter, decodes clearly as TCVN3 or VNI, and
 * reads as Vietnamese better decoded than as it is, is decoded alone. Null when no line was.
 */
export function repairMojibakeLines(text: string): Repaired | null {
  let encoding: LegacyEncoding | null = null;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (UNICODE_VIETNAMESE.test(line) || (line.match(HIGH_LATIN)?.length ?? 0) < 2) return line;
    const bytes = glyphBytes(line);
    if (bytes === null) return line;
    const guess = guessLegacyEncoding(bytes);
    if (guess.encoding === null || guess.encoding === 'windows-1258') return line;
    // ASCII letters all capitals: typed in an upper-case font (.VnTimeH), whose small codes draw capitals.
    const ascii = line.match(/[A-Za-z]/gu) ?? [];
    const upper = ascii.length >= 2 && ascii.every((c) => c <= 'Z');
    const decoded = upper ? decodeLegacy(bytes, guess.encoding).toUpperCase() : decodeLegacy(bytes, guess.encoding);
    if (syllableShare(decoded) < syllableShare(line) + 0.3) return line; // "Hà Tây" is already Vietnamese
    encoding ??= guess.encoding;
    changed = true;
    return decoded;
  });
  return changed && encoding !== null ? { text: lines.join('\n'), encoding } : null;
}
