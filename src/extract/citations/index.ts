import type { Span } from '../../doc/span.js';
import { spansOverlap } from '../../doc/span.js';
import { canonicalKey, writtenKey, type SymbolParts } from '../../grammar/vi/symbol.js';
import { findAnchors } from './anchor.js';
import { readHead } from './head.js';
import { findLinks, type LinkFound } from './links.js';
import { readTail } from './tail.js';

export type { LinkFound } from './links.js';

/** One mention of a cited document, before repeats are merged. */
export interface CitationMention {
  readonly key: string;
  readonly canonicalKey: string;
  readonly parts: SymbolParts;
  readonly type: string | null;
  readonly typeFrom: 'word' | 'symbol' | 'default';
  readonly date: string | null;
  readonly issuerText: string | null;
  readonly subject: string | null;
  readonly pinpoint: string | null;
  readonly symbolSpan: Span;
  readonly fullSpan: Span;
  readonly dateSpan: Span | null;
  readonly issuerSpan: Span | null;
}

export interface CitationContext {
  /** Spans holding no citation: the document's own "Số:" line. */
  readonly exclude: readonly Span[];
  /** Canonical keys that are the document itself. */
  readonly selfKeys: readonly string[];
}

const GENERIC_WORDS = new Set(['Văn bản']);

/** Finds every citation by its số hiệu (anchor), then reads its head and tail. */
export function findCitations(text: string, ctx: CitationContext): { mentions: CitationMention[]; links: LinkFound[] } {
  const anchors = findAnchors(text).filter(
    (a) => !ctx.exclude.some((x) => spansOverlap(x, a.span)) && !ctx.selfKeys.includes(canonicalKey(a.written)),
  );
  const heads = anchors.map((a) => readHead(text, a.span.start));
  const mentions: CitationMention[] = anchors.map((a, i) => {
    const head = heads[i]!;
    const next = heads[i + 1]?.start ?? text.length;
    const tail = readTail(text, a.span.end, next);
    const word = head.type;
    let type: string | null;
    let typeFrom: CitationMention['typeFrom'];
    if (word && !(GENERIC_WORDS.has(word) && a.codeType)) [type, typeFrom] = [word, 'word'];
    else if (a.codeType) [type, typeFrom] = [a.codeType, 'symbol'];
    else if (word) [type, typeFrom] = [word, 'word'];
    else [type, typeFrom] = [a.parts.year ? null : 'Công văn', 'default'];
    const key = writtenKey(a.written);
    return {
      key,
      canonicalKey: canonicalKey(key),
      parts: a.parts,
      type,
      typeFrom,
      date: tail.date,
      issuerText: tail.issuer ?? head.issuerBefore?.text ?? null,
      subject: tail.subject,
      pinpoint: head.pinpoint,
      symbolSpan: a.span,
      fullSpan: { start: head.start, end: Math.max(a.span.end, tail.end) },
      dateSpan: tail.dateSpan,
      issuerSpan: tail.issuerSpan ?? head.issuerBefore?.span ?? null,
    };
  });
  const links = findLinks(
    text,
    mentions.map((m) => ({ key: m.key, headStart: m.fullSpan.start, symbolEnd: m.symbolSpan.end })),
  );
  return { mentions, links };
}
