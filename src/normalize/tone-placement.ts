import { fromEdits, type Edit, type StepResult } from './edits.js';

// Toned vowels in the order huyền, sắc, hỏi, ngã, nặng.
const TONED: Readonly<Record<string, string>> = {
  a: 'àáảãạ', A: 'ÀÁẢÃẠ', e: 'èéẻẽẹ', E: 'ÈÉẺẼẸ', y: 'ỳýỷỹỵ', Y: 'ỲÝỶỸỴ', o: 'òóỏõọ', O: 'ÒÓỎÕỌ', u: 'ùúủũụ', U: 'ÙÚỦŨỤ',
};
const BASE = new Map<string, { base: string; tone: number }>();
for (const [base, forms] of Object.entries(TONED)) [...forms].forEach((ch, tone) => BASE.set(ch, { base, tone }));

/**
 * Old tone placement on an open syllable: "hoà", "khoẻ", "Uỷ ban", "HOÀ" (tone on the second vowel).
 * Only at the end of a syllable: "hoàn", "khoảng", "thuyền" are already right. "uy" after q is
 * "qu" + "y" ("quý", "quỷ") and keeps its tone where it is.
 */
// The "not after q" test follows the u (a leading lookbehind is tried at every position) and the
// end-of-syllable lookahead is written once: irregexp scans for "u"/"o" alone. Rare enough in
// running text that no quicker test first pays ("và", "là" end in a toned a, not in "oà").
const OLD = /(?:[uU](?<![qQ][uU])[ỳýỷỹỵỲÝỶỸỴ]|[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}\p{N}])/gu;

/** Moves the tone to the first vowel ("oà" → "òa", "uỷ" → "ủy"): two one-for-one edits, so offsets stay put. */
export function placeTonesNewStyle(input: string): StepResult {
  const edits: Edit[] = [];
  OLD.lastIndex = 0;
  for (let m = OLD.exec(input); m; m = OLD.exec(input)) {
    const [first = '', second = ''] = [...m[0]];
    const info = BASE.get(second);
    const movedTo = TONED[first]?.[info?.tone ?? -1];
    if (!info || !movedTo) continue;
    edits.push({ start: m.index, end: m.index + 1, insert: movedTo });
    edits.push({ start: m.index + 1, end: m.index + 2, insert: info.base });
  }
  return fromEdits(input, edits);
}
