// Puts the first page's header before the body and its footer after it. Offices often type the
// two-column header of a công văn (issuer │ motto, Số: … │ place and date) into Word's page header,
// and the Nơi nhận into the footer; mammoth reads neither.

import type { HtmlParts } from './html-text.js';
import { joinNotes } from './html-text.js';
import type { RunRepairs } from './legacy-runs.js';
import { firstPageParts, readRelationships, relsPartOf, type PagePart } from './page-parts.js';
import { partLines } from './part-text.js';
import type { StyleFonts } from './styles.js';

const WHICH: Record<PagePart['type'], string> = { first: 'first-page', default: 'page', even: 'even-page' };

/** Words only, spaces folded: how a header is compared with the body it may repeat. */
const folded = (lines: readonly string[]): string => lines.join(' ').replace(/\s+/gu, ' ').trim();

/**
 * The document's text: the first page's header, the body, its footer, then the footnotes. A
 * header or footer whose words the body already holds (a copy of the body's own header) is left
 * out; each one read or left out is said in a warning naming its part and where it landed.
 */
export function joinPageParts(xml: ReadonlyMap<string, string>, main: string, fonts: StyleFonts, repairs: RunRepairs, html: HtmlParts): { text: string; warnings: string[] } {
  const rels = readRelationships(xml.get(relsPartOf(main)), main);
  const { header, footer } = firstPageParts(xml.get(main) ?? '', rels);
  const warnings: string[] = [];
  const body = folded(html.body);
  const linesOf = (part: PagePart | null): string[] => {
    if (part === null) return [];
    const source = xml.get(part.part);
    const name = `the ${WHICH[part.type]} ${part.kind} (${part.part})`;
    if (source === undefined) {
      warnings.push(`${name} is named by the document but missing from the package`);
      return [];
    }
    const lines = partLines(source, fonts, repairs);
    const text = folded(lines);
    if (text === '') return [];
    if (body.includes(text)) {
      warnings.push(`${name} repeats words of the body and was left out`);
      return [];
    }
    return lines;
  };
  const top = linesOf(header);
  const bottom = footer !== null && footer.part === header?.part ? [] : linesOf(footer);
  const before = top.join('\n');
  if (top.length > 0) warnings.push(`the ${WHICH[header!.type]} header (${header!.part}) was read before the body: characters 0–${before.length}`);
  const text = joinNotes([...top, ...html.body, ...bottom], html.notes);
  if (bottom.length > 0) {
    const start = [...top, ...html.body].join('\n').length + (top.length + html.body.length > 0 ? 1 : 0);
    warnings.push(`the ${WHICH[footer!.type]} footer (${footer!.part}) was read after the body: characters ${start}–${start + bottom.join('\n').length}`);
  }
  return { text, warnings };
}
