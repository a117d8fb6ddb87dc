import { legacyEncodingOfFont, repairLegacyRuns } from '../encodings/index.js';
import type { StyleFonts } from './styles.js';

/** The part of mammoth's document model this module reads (mammoth ships no types for it). */
interface Element {
  readonly type: string;
  children?: Element[];
  value?: string;
  readonly font?: string | null;
  readonly styleId?: string | null;
  body?: Element[];
}

/** Runs repaired, per font name. */
export type RunRepairs = Map<string, number>;

/**
 * A mammoth `transformDocument` that decodes the text of every run set in a TCVN3 or VNI font
 * (its own font, else its character style's, its paragraph style's, the document default), in
 * the body and in the footnotes. It counts what it repaired into `repairs`.
 */
export function legacyRunRepairer(fonts: StyleFonts, repairs: RunRepairs): (document: unknown) => unknown {
  const styleFont = (id: string | null | undefined): string | null => (id ? (fonts.byStyle.get(id) ?? null) : null);
  const walk = (elements: readonly Element[] | undefined, paragraphStyle: string | null): void => {
    for (const el of elements ?? []) {
      if (el.type === 'paragraph') {
        const style = el.styleId ?? fonts.defaultParagraphStyle;
        repairParagraph(el, (run) => run.font ?? styleFont(run.styleId) ?? styleFont(style) ?? fonts.defaultFont, repairs);
        walk(el.children?.filter((c) => c.type !== 'run'), style);
      } else if (el.type === 'run') {
        // A run inside a hyperlink or a field: repaired on its own.
        repairParagraph({ type: 'paragraph', children: [el] }, (run) => run.font ?? styleFont(run.styleId) ?? styleFont(paragraphStyle) ?? fonts.defaultFont, repairs);
      } else {
        walk(el.children, paragraphStyle);
        walk(el.body, paragraphStyle);
      }
    }
  };
  return (document: unknown): unknown => {
    const doc = document as Element & { notes?: { _notes?: Record<string, Element> } };
    walk(doc.children, fonts.defaultParagraphStyle);
    // Footnotes and endnotes live beside the body, in mammoth's private Notes table.
    walk(Object.values(doc.notes?._notes ?? {}), fonts.defaultParagraphStyle);
    return document;
  };
}

/**
 * Decodes a paragraph's runs in legacy fonts together, in place: Word splits runs mid-word, and a
 * VNI letter may have its base in one run and its tone byte in the next.
 */
function repairParagraph(paragraph: Element, fontOf: (run: Element) => string | null, repairs: RunRepairs): void {
  const texts: { node: Element; font: string }[] = [];
  for (const run of paragraph.children ?? []) {
    if (run.type !== 'run') continue;
    const font = fontOf(run);
    if (font === null || legacyEncodingOfFont(font) === null) continue;
    let any = false;
    for (const child of run.children ?? []) {
      if (child.type === 'text' && typeof child.value === 'string' && child.value !== '') {
        texts.push({ node: child, font });
        any = true;
      }
    }
    if (any) repairs.set(font, (repairs.get(font) ?? 0) + 1);
  }
  if (texts.length === 0) return;
  const fixed = repairLegacyRuns(texts.map((t) => ({ text: t.node.value ?? '', font: t.font })));
  texts.forEach((t, i) => (t.node.value = fixed[i]));
}
