// The first page's Word header and footer around the body: mammoth reads neither.

import type { HtmlParts } from './html-text.js';
import type { RunRepairs } from './legacy-runs.js';
import { joinPageParts, type PagePartLines } from '../page-parts.js';
import { firstPageParts, readRelationships, relsPartOf, type PagePart } from './page-parts.js';
import { partLines } from './part-text.js';
import type { StyleFonts } from './styles.js';

const WHICH: Record<PagePart['type'], string> = { first: 'first-page', default: 'page', even: 'even-page' };

/** The document's text: the first page's header, the body, its footer, then the footnotes (see joinPageParts). */
export function joinDocxPageParts(xml: ReadonlyMap<string, string>, main: string, fonts: StyleFonts, repairs: RunRepairs, html: HtmlParts): { text: string; warnings: string[] } {
  const rels = readRelationships(xml.get(relsPartOf(main)), main);
  const { header, footer } = firstPageParts(xml.get(main) ?? '', rels);
  const missing: string[] = [];
  const read = (part: PagePart | null): PagePartLines | null => {
    if (part === null) return null;
    const name = `the ${WHICH[part.type]} ${part.kind} (${part.part})`;
    const source = xml.get(part.part);
    if (source !== undefined) return { name, lines: partLines(source, fonts, repairs) };
    missing.push(`${name} is named by the document but missing from the package`);
    return null;
  };
  const top = read(header);
  const bottom = footer !== null && footer.part === header?.part ? null : read(footer);
  const { text, warnings } = joinPageParts({ header: top, body: html.body, footer: bottom, notes: html.notes });
  return { text, warnings: [...missing, ...warnings] };
}
