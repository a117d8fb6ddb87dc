/**
 * Specks on a scan (dust, toner, a fold) come out of tesseract as "words" of dots, quotes and
 * loose accents — ". .ˆ .. Ủy ban" — mostly at the edges of a line, where the page margin is.
 * They carry low confidence; real punctuation standing alone ("Độc lập - Tự do", a "-" list
 * marker) is read with high confidence. These rules drop the first kind and keep the second.
 */

import type { OcrWord } from './layout.js';

/** Letters and digits, but not modifier letters (ˆ ˜ ʼ are accents that lost their letter). */
const ALNUM = /[\p{L}\p{N}]/u;
const MODIFIER = /\p{Lm}/gu;
/** What a speck glued to the front of the first word of a line looks like: "..1", "...1.", ":.", "“Xây" at 0 %. */
/** List markers: "- Như trên;", "+ Phòng …", "• …". */
const MARKER = /^[-–+•·*]$/u;
export const LEADING_SPECKS = /^[.,:;'`´ˆ˜_|!“”‘’]+(?=[\p{L}\p{N}])/u;

/** Below this confidence a word with no letter or digit is dropped wherever it is. */
const JUNK_ANYWHERE = 50;
/** At the start or end of a line or of a header cell (margins, where specks gather) the bar is higher. */
const JUNK_AT_EDGE = 80;
/** A lone word of one or two characters, cut off from its line by a wide gap, below this confidence. */
const STRAY_BELOW = 45;

export const isJunkText = (text: string): boolean => !ALNUM.test(text.replace(MODIFIER, ''));

/**
 * A row's words (left to right) with speck junk removed: punctuation-only words of low
 * confidence, more readily at the row's ends, and stray one- or two-letter marks standing apart
 * from the text (wider than `gap` pixels); a run of specks glued to the front of the row's first
 * word, when that word was read with low confidence, is cut off.
 */
export function dropJunk(words: readonly OcrWord[], gap: number): OcrWord[] {
  // The edges of the row's cells: its ends, and either side of a wide gap.
  const cellEdge = (i: number): boolean => i === 0 || i === words.length - 1 || words[i]!.bbox.x0 - words[i - 1]!.bbox.x1 > gap || words[i + 1]!.bbox.x0 - words[i]!.bbox.x1 > gap;
  // A list marker opening the row is kept unless it is plainly a speck.
  const marker = (i: number): boolean => i === 0 && MARKER.test(words[0]!.text) && words[0]!.confidence >= JUNK_ANYWHERE;
  const kept = words.filter((w, i) => {
    if (!isJunkText(w.text) || marker(i)) return true;
    return w.confidence >= (cellEdge(i) ? JUNK_AT_EDGE : JUNK_ANYWHERE);
  });
  // Edge junk may hide behind more edge junk (". .ˆ .."): drop from the ends while it lasts.
  while (kept.length > 0 && kept[0] !== words[0] && isJunkText(kept[0]!.text) && kept[0]!.confidence < JUNK_AT_EDGE) kept.shift();
  while (kept.length > 0 && isJunkText(kept.at(-1)!.text) && kept.at(-1)!.confidence < JUNK_AT_EDGE) kept.pop();
  // A cell of a dot or two alone at the row's start or end, a wide gap from the text, is a speck
  // in the margin however sure tesseract was of it (". ⇥ KẾ HOẠCH" at 92 %); a list marker stays.
  const lone = (i: number): boolean => {
    const w = kept[i]!;
    if (!isJunkText(w.text) || [...w.text].length > 2 || kept.length < 2) return false;
    if (i === 0) return !MARKER.test(w.text) && kept[1]!.bbox.x0 - w.bbox.x1 > gap;
    return i === kept.length - 1 && w.bbox.x0 - kept[i - 1]!.bbox.x1 > gap;
  };
  if (kept.length > 1 && lone(0)) kept.shift();
  if (kept.length > 1 && lone(kept.length - 1)) kept.pop();
  const out = kept.filter((w, i) => {
    if ([...w.text].length > 2 || w.confidence >= STRAY_BELOW || kept.length === 1) return true;
    const before = i === 0 ? Infinity : w.bbox.x0 - kept[i - 1]!.bbox.x1;
    const after = i === kept.length - 1 ? Infinity : kept[i + 1]!.bbox.x0 - w.bbox.x1;
    return before <= gap || after <= gap;
  });
  const first = out[0];
  if (first && first.confidence < JUNK_AT_EDGE && LEADING_SPECKS.test(first.text)) out[0] = { ...first, text: first.text.replace(LEADING_SPECKS, '') };
  return out;
}

/** A period tesseract was unsure of at the end of a word: "2023." in "năm 2023. của Sở …". */
const STRAY_PERIOD_BELOW = 70;
const ENDS_IN_ONE_PERIOD = /(?<![./])\.$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Rows of words (top to bottom) with a low-confidence period at the end of a word removed where
 * the next word (on the row, or first on the next row) starts in lower case: a sentence does not
 * go on in lower case, so that period is a speck.
 */
export function dropStrayPeriods(rows: readonly (readonly OcrWord[])[]): OcrWord[][] {
  const out = rows.map((r) => [...r]);
  for (let r = 0; r < out.length; r++) {
    const row = out[r]!;
    for (let i = 0; i < row.length; i++) {
      const w = row[i]!;
      if (w.confidence >= STRAY_PERIOD_BELOW || !ENDS_IN_ONE_PERIOD.test(w.text) || w.text.length < 2) continue;
      const next = i + 1 < row.length ? row[i + 1] : out[r + 1]?.[0];
      if (next && STARTS_LOWER.test(next.text)) row[i] = { ...w, text: w.text.slice(0, -1) };
    }
  }
  return out;
}
