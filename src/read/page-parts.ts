// Page headers and footers, as DOCX and RTF readers place them: the first page's header before
// the body (offices often type the two-column header of a công văn there), its footer after the
// body and before the footnotes. Page numbers are page furniture, not the document's words.

/** Fields that draw page numbers: their results are left out. */
export const PAGE_NUMBER_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF)\b/iu;
/** A line left with only the words around a page number once the number is gone ("Trang /", "- -"). */
const PAGE_WORDS = /^[\s\p{P}\p{S}]*(?:(?:trang|page|of|trên|tờ)[\s\p{P}\p{S}]*)*$/iu;

/** False for a line that says nothing once its page numbers are gone. */
export const isDocumentLine = (line: string): boolean => line.trim() !== '' && !PAGE_WORDS.test(line);

export interface PagePartLines {
  /** How warnings name it: "the first-page header (word/header2.xml)". */
  readonly name: string;
  readonly lines: readonly string[];
}

export interface PagedText {
  readonly header: PagePartLines | null;
  readonly body: readonly string[];
  readonly footer: PagePartLines | null;
  /** Footnotes, written after a line "Chú thích:". */
  readonly notes: readonly string[];
}

/** Words only, spaces folded: how a header is compared with the body it may repeat. */
const folded = (lines: readonly string[]): string => lines.join(' ').replace(/\s+/gu, ' ').trim();

/**
 * The header, the body, the footer and the notes as one text. A header or footer whose words the
 * body already holds (a copy of the body's own header) is left out; each one read or left out is
 * said in a warning naming it and, when read, the characters where it landed.
 */
export function joinPageParts({ header, body, footer, notes }: PagedText): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  const inBody = folded(body);
  const kept = (part: PagePartLines | null): readonly string[] => {
    const lines = part?.lines.filter(isDocumentLine) ?? [];
    if (part === null || lines.length === 0) return [];
    if (!inBody.includes(folded(lines))) return lines;
    warnings.push(`${part.name} repeats words of the body and was left out`);
    return [];
  };
  const top = kept(header);
  const bottom = kept(footer);
  const main = [...top, ...body].join('\n');
  if (top.length > 0) warnings.push(`${header!.name} was read before the body: characters 0–${top.join('\n').length}`);
  if (bottom.length > 0) {
    const start = main.length + (main === '' ? 0 : 1);
    warnings.push(`${footer!.name} was read after the body: characters ${start}–${start + bottom.join('\n').length}`);
  }
  const lines = [...top, ...body, ...bottom];
  return { text: (notes.length > 0 ? [...lines, 'Chú thích:', ...notes] : lines).join('\n'), warnings };
}
