import { replaceMatches, type StepResult } from './edits.js';

// NBSP, the typographic spaces U+2000–U+200A, narrow NBSP, medium math space and the ideographic space.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;

/**
 * Unusual spaces become plain spaces (one for one, so offsets keep their place).
 * Tabs are kept: a flattened two-column header ("Số: 12/KH-UBND\tHà Nội, ngày ...") uses a tab
 * between its columns, and the segmenter splits columns on it.
 */
export const unifySpaces = (input: string): StepResult =>
  replaceMatches(input, SPACES, (m) => ' '.repeat(m[0].length));
