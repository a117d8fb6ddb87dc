import { docTypeTable } from './_tables.js';
import { cleanCode, foldCode, uniqueIndex, upperVi } from './_text.js';
import type { DocTypeEntry } from './schema.js';
import { memoByString } from './_memo.js';

export interface DocType {
  readonly code: string;
  readonly name: string;
  readonly party: boolean | 'both';
  readonly joint?: boolean;
  readonly alsoName?: string;
  readonly variants: readonly string[];
  readonly examples: readonly string[];
  readonly note?: string;
}

const freeze = (code: string, e: DocTypeEntry): DocType =>
  Object.freeze({ ...e, code, variants: Object.freeze([...e.variants]), examples: Object.freeze([...e.examples]) });

const types: readonly DocType[] = Object.entries(docTypeTable.types).map(([code, e]) => freeze(code, e));
const spellings = (t: DocType): readonly string[] => [t.code, ...t.variants];

const byExact = uniqueIndex(types.flatMap((t) => spellings(t).map((s) => [s, t] as const)));
const byUpper = uniqueIndex(types.flatMap((t) => spellings(t).map((s) => [upperVi(s), t] as const)));
// "HD" (Hướng dẫn) and "HĐ" (Hợp đồng) fold alike: uniqueIndex drops such folds, exact wins first.
const byFold = uniqueIndex(types.flatMap((t) => spellings(t).map((s) => [foldCode(s), t] as const)));

/** "KH" → Kế hoạch; "QĐ", "QD", "Qđ", "qđ" → Quyết định; "TTg" → undefined (an issuer, not a type). */
export function docTypeByCode(code: string): DocType | undefined {
  return typeOfCode(code);
}

const typeOfCode = memoByString((code: string): DocType | undefined => {
  const s = cleanCode(code);
  if (s === '') return undefined;
  return byExact.get(s) ?? byUpper.get(upperVi(s)) ?? byFold.get(foldCode(s));
});

/** The type's name as a symbol of this form writes it: "12-TT/TU" (Party form) is a Thông tri, "124/2021/TT-BCA" a Thông tư. */
export function docTypeName(t: DocType, partyForm: boolean): string {
  return partyForm && t.alsoName ? t.alsoName : t.name;
}

const words = [...docTypeTable.typeWords].sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word, 'vi'));

/** Canonical type words, longest first ("Thông tư liên tịch" before "Thông tư"), for building regexes. */
export const TYPE_WORDS: readonly string[] = Object.freeze(words.map((w) => w.word));

// toLowerCase(): ICU has no Vietnamese case rules, so it equals toLocaleLowerCase('vi') and is far cheaper.
const wordKey = (s: string): string => s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
const byWord = new Map(words.map((w) => [wordKey(w.word), w] as const));
const entryOfWord = memoByString((word: string) => byWord.get(wordKey(word)));

/** "thông tư" / "THÔNG TƯ" → "Thông tư"; "văn bản" → "Văn bản"; "Thôngtư" → undefined. */
export function canonicalTypeWord(word: string): string | undefined {
  return entryOfWord(word)?.word;
}

/** The type code a type word corresponds to: "Nghị định" → "NĐ"; "Công văn" → undefined. */
export function typeCodeOfWord(word: string): string | undefined {
  return entryOfWord(word)?.code;
}
