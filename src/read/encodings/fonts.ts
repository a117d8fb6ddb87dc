import { cp1252Byte } from './_cp1252.js';
import { decodeLegacy } from './legacy.js';

// A DOCX run typed in a TCVN3 or VNI font holds the legacy bytes as the Windows-1252 characters
// of those bytes ("Kinh tÕ" is "Kinh tế" in .VnTime). The font name tells which table to use.

/** The legacy encoding a font's name implies: .VnTime, .VnArialH … → tcvn3; VNI-Times, VNI-Helve … → vni. */
export function legacyEncodingOfFont(fontName: string): 'tcvn3' | 'vni' | null {
  const name = fontName.trim();
  if (/^\.vn/iu.test(name)) return 'tcvn3';
  if (/^vni[- _]/iu.test(name)) return 'vni';
  return null;
}

/** .VnTimeH, .VnArialH, ".VnArial NarrowH": the TCVN3 capital fonts draw every letter upper-case. */
const isCapitalFont = (fontName: string): boolean => /^\.vn/iu.test(fontName.trim()) && /H$/u.test(fontName.trim());

// Word stores “ ” ‘ ’ … – — • typed in a .VnTime run as themselves (autocorrect); .VnTime draws them
// as punctuation because TCVN3 proper (VN3) leaves 0x80–0x9F free. Only between two letters are they
// the VN1 capitals on those bytes (Ặ Ị Ò Ỏ Õ Ó Ọ Ộ), as in "C—NG" for "CỘNG".
const TYPOGRAPHIC = new Set(['\u2018', '\u2019', '\u201C', '\u201D', '\u2026', '\u2013', '\u2014', '\u2022']);
const LETTER = /^\p{L}$/u;

/**
 * Repairs the text of one run by its font: back to bytes through Windows-1252, then decoded with the
 * font's table, upper-cased for the capital (…H) fonts. Text in other fonts is returned unchanged,
 * and so is any character with no cp1252 byte (already Unicode, e.g. a run half converted).
 */
export function repairLegacyRun(text: string, fontName: string): string {
  const enc = legacyEncodingOfFont(fontName);
  if (enc === null) return text;
  const chars = [...text];
  let out = '';
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length > 0) out += decodeLegacy(Uint8Array.from(pending), enc);
    pending = [];
  };
  // A neighbour is a letter once decoded: "¸" is "á" in TCVN3.
  const isLetterAt = (j: number): boolean => {
    const ch = chars[j];
    if (ch === undefined) return false;
    const byte = cp1252Byte(ch);
    return LETTER.test(byte === null ? ch : decodeLegacy(Uint8Array.of(byte), enc));
  };
  chars.forEach((ch, i) => {
    const byte = cp1252Byte(ch);
    const keep = byte === null || (enc === 'tcvn3' && TYPOGRAPHIC.has(ch) && !(isLetterAt(i - 1) && isLetterAt(i + 1)));
    if (keep) {
      flush();
      out += ch;
    } else pending.push(byte);
  });
  flush();
  return enc === 'tcvn3' && isCapitalFont(fontName) ? out.toLocaleUpperCase('vi') : out;
}
