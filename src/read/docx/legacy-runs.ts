import { legacyEncodingOfFont, repairLegacyRun } from '../encodings/index.js';
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
        walk(el.children, el.styleId ?? fonts.defaultParagraphStyle);
      } else if (el.type === 'run') {
        const font = el.font ?? styleFont(el.styleId) ?? styleFont(paragraphStyle) ?? fonts.defaultFont;
        if (font !== null && legacyEncodingOfFont(font) !== null && repairRun(el, font)) {
          repairs.set(font, (repairs.get(font) ?? 0) + 1);
        }
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

/** Decodes the run's text children in place; true when there was text. */
function repairRun(run: Element, font: string): boolean {
  let any = false;
  for (const child of run.children ?? []) {
    if (child.type === 'text' && typeof child.value === 'string' && child.value !== '') {
      child.value = repairLegacyRun(child.value, font);
      any = true;
    }
  }
  return any;
}
