import { agencyTable } from './_tables.js';

export interface AgencyAbbreviation {
  readonly abbr: string;
  readonly expansion: string;
  readonly note?: string;
}

export const AGENCY_ABBREVIATIONS: readonly AgencyAbbreviation[] = Object.freeze(agencyTable.map((a) => Object.freeze({ ...a })));

// With the u flag, "\-" and "\/" outside a class are invalid escapes: escape only syntax characters.
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// Word boundaries for abbreviations: letters, digits and & are word characters, and a
// neighbouring / or - joined to a code means we are inside a symbol ("51-NQ/TW" stays as is).
const LEFT = String.raw`(?<![\p{L}\p{N}&/-])`;
const RIGHT = String.raw`(?![\p{L}\p{N}&]|[/-][\p{L}\p{N}])`;
const endsInWord = (s: string): boolean => /[\p{L}\p{N}]$/u.test(s);

const byAbbr = new Map(AGENCY_ABBREVIATIONS.map((a) => [a.abbr, a.expansion] as const));
// Longest first. RIGHT is written once after each run of abbreviations ending in a word character,
// not after each one: "(?:A|B)R" matches what "AR|BR" does, in the same order, and the lookahead's
// Unicode classes are compiled once instead of sixty times (824 KB of machine code before).
const runs: { right: boolean; alts: string[] }[] = [];
for (const a of [...AGENCY_ABBREVIATIONS].sort((a, b) => b.abbr.length - a.abbr.length)) {
  const right = endsInWord(a.abbr);
  const last = runs[runs.length - 1];
  if (last && last.right === right) last.alts.push(escapeRe(a.abbr));
  else runs.push({ right, alts: [escapeRe(a.abbr)] });
}
const pattern = runs.map((r) => (r.right ? `(?:${r.alts.join('|')})${RIGHT}` : r.alts.join('|'))).join('|');
const ABBREVIATION = new RegExp(`${LEFT}(?:${pattern})`, 'gu');

/**
 * Spells out agency abbreviations: "UBND tỉnh" → "Ủy ban nhân dân tỉnh", "Sở GD&ĐT Long An" →
 * "Sở Giáo dục và Đào tạo Long An". For names (resolving an issuer, a recipient), not for the
 * document text: offsets change. Symbols are left alone ("586/UBND-NCTCD", "51-NQ/TW").
 */
export function expandAgencyAbbreviations(text: string): string {
  const nfc = text.normalize('NFC');
  if (!mayHaveAbbreviation(nfc)) return nfc;
  return nfc.replace(ABBREVIATION, (m, at: number, s: string) => (wordNotAbbreviation(m, s, at) ? m : byAbbr.get(m) ?? m));
}

// The units abbreviations start with ("UBND", "GD&ĐT", "TƯ": two capitals). ABBREVIATION's leading
// lookbehind is tried at every position of the name: a name without such a pair is not scanned.
const FIRST_UNITS = new Set(AGENCY_ABBREVIATIONS.map((a) => a.abbr.charCodeAt(0)));
const SECOND_UNITS = new Set(AGENCY_ABBREVIATIONS.map((a) => a.abbr.charCodeAt(1)));
const PAIRS_CHECKABLE = AGENCY_ABBREVIATIONS.every((a) => a.abbr.length >= 2);

/** A necessary condition of ABBREVIATION matching in `s`: the first two units of some abbreviation's kinds, side by side. */
export function mayHaveAbbreviation(s: string): boolean {
  if (!PAIRS_CHECKABLE) return true;
  for (let i = 0; i + 1 < s.length; i++) if (FIRST_UNITS.has(s.charCodeAt(i)) && SECOND_UNITS.has(s.charCodeAt(i + 1))) return true;
  return false;
}
export { ABBREVIATION };

// "TƯ" is Trung ương alone ("Ban Chấp hành TƯ"), a syllable of a word in capitals: "SỞ TƯ PHÁP",
// "TƯ VẤN", "THÔNG TƯ" (was "Sở Trung ương pháp").
const TU_WORD_AFTER = /^\s+(?:pháp|nhân|vấn|liệu|duy|tưởng|cách|thế|bản|lệnh|thục|sản)(?![\p{L}])/iu;
const TU_WORD_BEFORE = /(?:thông|đầu|sở\s+hữu|tự)\s+$/iu;
function wordNotAbbreviation(m: string, s: string, at: number): boolean {
  if (m !== 'TƯ') return false;
  return TU_WORD_AFTER.test(s.slice(at + m.length, at + m.length + 12)) || TU_WORD_BEFORE.test(s.slice(Math.max(0, at - 12), at));
}
