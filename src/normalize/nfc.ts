import { fromEdits, replaceMatches, type Edit, type StepResult } from './edits.js';

// Ð/ð (Icelandic eth) are often typed for Đ/đ; zero-width characters, BOM and soft hyphen are
// invisible in decoded text and would split words ("Đ\u200Bảng") for every later regex.
const CLEAN = /[\u00D0\u00F0]|[\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;

/** Replaces eth by đ and removes invisible characters. */
export const cleanCharacters = (input: string): StepResult =>
  replaceMatches(input, CLEAN, (m) => (m[0] === '\u00D0' ? '\u0110' : m[0] === '\u00F0' ? '\u0111' : ''));

// A character that attaches to the one before it: a combining mark, or a Hangul vowel/final jamo.
const ATTACHES = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]$/u;

/**
 * Composes one line cluster by cluster (a base plus the marks after it), so each composed
 * character maps back to exactly the raw units it was made from.
 */
function composeLine(input: string, from: number, to: number, edits: Edit[]): void {
  const line = input.slice(from, to);
  const target = line.normalize('NFC');
  if (target === line) return;
  const local: Edit[] = [];
  let clusterStart = 0;
  const flush = (end: number): void => {
    if (end <= clusterStart) return;
    const cluster = line.slice(clusterStart, end);
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) local.push({ start: from + clusterStart, end: from + end, insert: composed });
  };
  let i = 0;
  for (const ch of line) {
    if (i > 0 && !ATTACHES.test(ch)) {
      flush(i);
      clusterStart = i;
    }
    i += ch.length;
  }
  flush(line.length);
  // Composition rarely crosses clusters (a mark after an invisible we did not remove); then the
  // whole line is one edit: a coarser map, but the text is still exactly NFC.
  let at = from;
  const rebuilt: string[] = [];
  for (const e of local) {
    rebuilt.push(input.slice(at, e.start), e.insert);
    at = e.end;
  }
  rebuilt.push(input.slice(at, to));
  if (rebuilt.join('') === target) edits.push(...local);
  else edits.push({ start: from, end: to, insert: target });
}

/**
 * A unit NFC may change or compose with its neighbour: all but those below U+0300, Latin Extended
 * Additional (the precomposed Vietnamese letters) and the dashes and quotes of U+2010–U+2027
 * (checked exhaustively against String#normalize). Most text has none, and irregexp finds that
 * out faster than a loop in JS or normalizing a copy to compare. No u flag: code units.
 */
const NOT_PLAINLY_NFC = /[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/;

/** Unicode NFC, with a per-cluster map. NFC never composes across "\n", so lines are independent. */
export function composeNfc(input: string): StepResult {
  if (!NOT_PLAINLY_NFC.test(input) || input.normalize('NFC') === input) return { text: input, edits: [] };
  const edits: Edit[] = [];
  let from = 0;
  while (from <= input.length) {
    const nl = input.indexOf('\n', from);
    const to = nl === -1 ? input.length : nl;
    composeLine(input, from, to, edits);
    if (nl === -1) break;
    from = nl + 1;
  }
  return fromEdits(input, edits);
}
