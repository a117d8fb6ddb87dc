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
const OLD = /(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}\p{N}])|[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![\p{L}\p{M}\p{N}])/gu;
const QUICK = /[ỳýỷỹỵỲÝỶỸỴàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![\p{L}\p{M}\p{N}])/u;

/** Moves the tone to the first vowel ("oà" → "òa", "uỷ" → "ủy"): two one-for-one edits, so offsets stay put. */
export function placeTonesNewStyle(input: string): StepResult {
  if (!QUICK.test(input)) return { text: input, edits: [] };
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
