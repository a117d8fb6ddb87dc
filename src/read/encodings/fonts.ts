import { cp1252Byte } from './_cp1252.js';
import { decodeLegacy, decodeLegacyUnits } from './legacy.js';

// A DOCX run typed in a TCVN3 or VNI font holds the legacy bytes as the Windows-1252 characters
// of those bytes ("Kinh tÕ" is "Kinh tế" in .VnTime). The font name tells which table to use.

type FontEncoding = 'tcvn3' | 'vni';

/** The legacy encoding a font's name implies: .VnTime, .VnArialH … → tcvn3; VNI-Times, VNI-Helve … → vni. */
export function legacyEncodingOfFont(fontName: string): FontEncoding | null {
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

/** One run of a document: its text and the name of its font. */
export interface LegacyRun {
  readonly text: string;
  readonly font: string;
}

/**
 * Repairs the text of one run by its font: back to bytes through Windows-1252, then decoded with the
 * font's table, upper-cased for the capital (…H) fonts. Text in other fonts is returned unchanged,
 * and so is any character with no cp1252 byte (already Unicode, e.g. a run half converted).
 */
export function repairLegacyRun(text: string, fontName: string): string {
  return repairLegacyRuns([{ text, font: fontName }])[0]!;
}

/**
 * Repairs consecutive runs together, one string per run. Word splits runs mid-word (an edit, a
 * spelling mark), and a VNI letter may then have its base in one run and its tone byte in the next:
 * the letter goes to the run of its base.
 */
export function repairLegacyRuns(runs: readonly LegacyRun[]): string[] {
  const out = runs.map((r) => r.text);
  for (let i = 0; i < runs.length; ) {
    const enc = legacyEncodingOfFont(runs[i]!.font);
    let j = i + 1;
    while (j < runs.length && enc !== null && legacyEncodingOfFont(runs[j]!.font) === enc) j++;
    if (enc !== null) repairGroup(runs.slice(i, j), enc).forEach((t, k) => (out[i + k] = t));
    i = j;
  }
  return out;
}

function repairGroup(runs: readonly LegacyRun[], enc: FontEncoding): string[] {
  const chars = runs.flatMap((r, run) => [...r.text].map((ch) => ({ ch, run, byte: cp1252Byte(ch) })));
  const pieces = runs.map(() => '');
  // A neighbour is a letter once decoded: "¸" is "á" in TCVN3.
  const isLetterAt = (j: number): boolean => {
    const c = chars[j];
    if (c === undefined) return false;
    return LETTER.test(c.byte === null ? c.ch : decodeLegacy(Uint8Array.of(c.byte), enc));
  };
  let pending: { byte: number; run: number }[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    for (const unit of decodeLegacyUnits(Uint8Array.from(pending, (p) => p.byte), enc)) pieces[pending[unit.at]!.run] += unit.text;
    pending = [];
  };
  chars.forEach((c, i) => {
    const keep = c.byte === null || (enc === 'tcvn3' && TYPOGRAPHIC.has(c.ch) && !(isLetterAt(i - 1) && isLetterAt(i + 1)));
    if (keep) {
      flush();
      pieces[c.run] += c.ch;
    } else pending.push({ byte: c.byte!, run: c.run });
  });
  flush();
  return pieces.map((p, k) => {
    const nfc = p.normalize('NFC');
    return isCapitalFont(runs[k]!.font) ? nfc.toLocaleUpperCase('vi') : nfc;
  });
}
