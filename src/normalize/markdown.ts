import { fromEdits, replaceMatches, type Edit, type StepResult } from './edits.js';

/**
 * Emphasis that wraps text: **bold**, __bold__, *italic*, _italic_, ***both***. Flanking as in
 * CommonMark, but stricter: a marker may not touch a letter or digit on its outer side, so
 * "2*3*4", "file_name_x" and a bullet "* Nội dung" (a space after the marker) stay, and "(*)"
 * footnote marks are not a pair. The inner text may cross line breaks, even blank lines: line
 * joins only turn whitespace into a space, so a pair they could create is already a pair here.
 * Bounded, so an unmatched "**" costs a bounded scan.
 */
const EMPHASIS =
  /(?<![\\*_\p{L}\p{N}\p{M}])(\*{1,3}|_{1,3})(?![\s*_)\]])([^]{1,2000}?)(?<![\s\\*_(\[])\1(?![*_\p{L}\p{N}\p{M}])/gu;
const EMPHASIS_QUICK = /[*_]\S/u;

// EMPHASIS starts with a lookbehind, so irregexp tries it at every position of the text; a match
// starts on a marker, so it is tried sticky where one stands.
const EMPHASIS_AT = new RegExp(EMPHASIS.source, 'uy');
const MARKER = /[*_]/g;

/** Removes emphasis markers, keeping the text they wrap. */
export function stripEmphasis(input: string): StepResult {
  // A marker first, by literal search: most text has none, and the pattern's scan is slower.
  if ((!input.includes('*') && !input.includes('_')) || !EMPHASIS_QUICK.test(input)) return { text: input, edits: [] };
  const edits: Edit[] = [];
  for (let m = emphasisFrom(input, 0); m; ) {
    const marker = m[1] ?? '';
    const inner = m[2] ?? '';
    // The same marker inside means nesting or a different pairing; leave it for a human.
    if (inner.includes(marker)) {
      m = emphasisFrom(input, m.index + marker.length);
      continue;
    }
    edits.push({ start: m.index, end: m.index + marker.length, insert: '' });
    const close = m.index + marker.length + inner.length;
    edits.push({ start: close, end: close + marker.length, insert: '' });
    m = emphasisFrom(input, m.index + m[0].length);
  }
  return fromEdits(input, edits);
}

/** The first match of EMPHASIS at or after `from` (as the global pattern's exec from there finds it). */
export function emphasisFrom(input: string, from: number): RegExpExecArray | null {
  MARKER.lastIndex = from;
  while (MARKER.test(input)) {
    EMPHASIS_AT.lastIndex = MARKER.lastIndex - 1;
    const m = EMPHASIS_AT.exec(input);
    if (m) return m;
  }
  return null;
}

// ATX headings: up to three spaces, 1–6 "#", then a space ("# KẾ HOẠCH") or the line end (an
// empty heading, whose "#" a line join would otherwise carry onto the next line).
const HEADING = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]+|$))+/gmu;

/** Removes "#" heading markers at line starts. */
export const stripHeadings = (input: string): StepResult =>
  input.includes('#') ? replaceMatches(input, HEADING, () => '') : { text: input, edits: [] };

/**
 * mammoth escapes markdown punctuation: "KH\-SGDĐT", "1\. Mục đích", "\*". A backslash after
 * another backslash is left alone, so removing one never makes a new escape (idempotence).
 */
const ESCAPE = /(?<!\\)\\(?=[-.()[\]*_#+!])/gu;

/** Removes the backslash of a markdown escape. Runs before emphasis: "\*\*" is read as "**". */
export const stripEscapes = (input: string): StepResult =>
  input.includes('\\') ? replaceMatches(input, ESCAPE, () => '') : { text: input, edits: [] };
