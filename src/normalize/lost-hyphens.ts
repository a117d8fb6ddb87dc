import { docTypeByCode, lookupIssuerCode } from '../data/vi/index.js';
import { fromEdits, type Edit, type StepResult } from './edits.js';

/*
 * Some PDF text layers drop every hyphen (the glyph's font has no Unicode mapping): the motto
 * reads "Độc lập  Tự do  Hạnh phúc" and symbols "1961/QĐUBND", "61/2018/NĐCP". When the motto
 * shows the loss, a symbol code that is a known type code followed by a known issuer code gets
 * its hyphen back. Nothing changes in a document whose motto has its hyphens.
 */
const LOST_IN_MOTTO = /Độc\s+lập\s+Tự\s+do\s+Hạnh\s+phúc|ĐỘC\s+LẬP\s+TỰ\s+DO\s+HẠNH\s+PHÚC/u;
// "1961/QĐUBND", "30c/NQCP", "61/2018/NĐCP": the code right after the number (and year).
const GLUED_CODE = /(?<![\p{L}\p{N}/])\d{1,6}[a-z]?(?:\/(?:19|20)\d\d)?\/(\p{Lu}[\p{L}]{2,15})(?![\p{L}\p{N}-])/gu;

/** LOST_IN_MOTTO.test(s), tried only where "Độc" or "ĐỘC" stands: a literal search is quicker than the pattern's scan. */
export function hasLostMotto(s: string): boolean {
  for (const first of ['Độc', 'ĐỘC']) {
    for (let i = s.indexOf(first); i !== -1; i = s.indexOf(first, i + 1)) {
      LOST_IN_MOTTO_AT.lastIndex = i;
      if (LOST_IN_MOTTO_AT.test(s)) return true;
    }
  }
  return false;
}
const LOST_IN_MOTTO_AT = new RegExp(LOST_IN_MOTTO.source, 'uy');

/** Where a glued "QĐUBND" splits into a type code and an issuer code, or -1. */
function splitCode(code: string): number {
  for (let i = 2; i <= Math.min(4, code.length - 2); i++) {
    if (docTypeByCode(code.slice(0, i)) && lookupIssuerCode(code.slice(i))) return i;
  }
  return -1;
}

/** Puts back the hyphen between a symbol's type and issuer codes in a text that lost its hyphens. */
export function restoreLostHyphens(input: string): StepResult {
  if (!hasLostMotto(input)) return { text: input, edits: [] };
  const edits: Edit[] = [];
  for (const m of input.matchAll(GLUED_CODE)) {
    const code = m[1]!;
    if (docTypeByCode(code) || lookupIssuerCode(code)) continue;
    const at = splitCode(code);
    if (at < 0) continue;
    const pos = m.index + m[0].length - code.length + at;
    // The hyphen comes with the letter before it, so it maps to raw text.
    edits.push({ start: pos - 1, end: pos, insert: `${input[pos - 1] ?? ''}-` });
  }
  return fromEdits(input, edits);
}
