// An RTF document's text: the first page's header, the body, its footer, then the footnotes.

import { joinPageParts, type PagePartLines } from '../page-parts.js';
import { walkRtf } from './walk.js';

const cleanLines = (lines: readonly string[]): string[] => lines.map((l) => l.replace(/[ \t]+$/u, '')).filter((l) => l.trim() !== '');

/** The text of an RTF document (as a Latin-1 string of its bytes). Throws RangeError when groups nest too deep. */
export function rtfToText(source: string): { text: string; warnings: string[]; encodings: string[] } {
  const walk = walkRtf(source);
  // Page 1 shows \headerf under \titlepg (nothing when there is none), else \header, or \headerr
  // (a right-hand page) in a document with facing pages.
  const firstPage = (kind: 'header' | 'footer'): PagePartLines | null => {
    const word = walk.titlePage ? `${kind}f` : [kind, `${kind}r`].find((w) => walk.pageParts.has(w));
    const lines = word === undefined ? undefined : walk.pageParts.get(word);
    if (lines === undefined) return null;
    return { name: `the ${walk.titlePage ? 'first-page' : 'page'} ${kind} (\\${word})`, lines: cleanLines(lines) };
  };
  const notes = walk.notes.map((l) => l.trim()).filter(Boolean);
  const { text, warnings } = joinPageParts({ header: firstPage('header'), body: cleanLines(walk.body), footer: firstPage('footer'), notes });
  const unclosed = walk.unclosed > 0 ? ['the RTF ends before all its groups close: the file may be cut short'] : [];
  return { text, warnings: [...unclosed, ...warnings], encodings: walk.encodings };
}
