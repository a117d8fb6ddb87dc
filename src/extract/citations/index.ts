import { docTypeByCode } from '../../data/vi/index.js';
import type { Span } from '../../doc/span.js';
import { spansOverlap } from '../../doc/span.js';
import { canonicalKey, writtenKey, type SymbolParts } from '../../grammar/vi/symbol.js';
import { findAnchors } from './anchor.js';
import { findBasisSections } from './basis.js';
import { readHead } from './head.js';
import { findLinks, type LinkFound } from './links.js';
import { continuesList, issuerFitsSymbol, readListHead, type ListItem, type Shared } from './lists.js';
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
  /** Listed under a heading that names the document's basis ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"). */
  readonly inBasis: boolean;
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
  const basis = findBasisSections(text);
  const mentions: CitationMention[] = anchors.map((a, i) => {
    const head = heads[i]!;
    const next = heads[i + 1]?.start ?? text.length;
    const tail = readTail(text, a.span.end, next, a.codeTypeAbbr !== null && docTypeByCode(a.codeTypeAbbr)?.joint === true);
    const word = head.type;
    let type: string | null;
    let typeFrom: CitationMention['typeFrom'];
    // A lower-case type word that the symbol contradicts describes the document: "Thông báo kết
    // luận số 12-TB/TU" is a Thông báo.
    const describing = word !== null && a.codeType !== null && a.codeType !== word && /\p{Ll}/u.test(text.charAt(head.start));
    if (word && !GENERIC_WORDS.has(word) && !describing) [type, typeFrom] = [word, 'word'];
    else if (a.codeType) [type, typeFrom] = [a.codeType, 'symbol'];
    // "Văn bản số 610/SYT-VP": a văn bản whose symbol has no type part is a công văn.
    else if (word && !a.parts.year) [type, typeFrom] = ['Công văn', 'default'];
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
      inBasis: basis.some((b) => a.span.start >= b.start && a.span.end <= b.end),
    };
  });
  shareAcrossLists(text, mentions, heads.map((h, i) => ({
    headStart: h.start,
    symbolStart: anchors[i]!.span.start,
    end: mentions[i]!.fullSpan.end,
    key: mentions[i]!.key,
    hasTypeWord: h.type !== null,
    issuerFromBefore: mentions[i]!.issuerText !== null && mentions[i]!.issuerSpan?.start === h.issuerBefore?.span.start,
  })));
  const links = findLinks(
    text,
    mentions.map((m) => ({ key: m.key, headStart: m.fullSpan.start, symbolEnd: m.symbolSpan.end })),
  );
  return { mentions, links };
}

const AND_GAP = /^\s*[,;]?\s*(?:và\s+)?$/u;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Gives list items the type and issuer their list names once (see lists.ts). */
function shareAcrossLists(text: string, mentions: CitationMention[], items: readonly ListItem[]): void {
  const set = (i: number, patch: Partial<CitationMention>): void => {
    mentions[i] = { ...mentions[i]!, ...patch } as Mutable<CitationMention>;
  };
  let shared = null as Shared | null;
  for (let i = 0; i < mentions.length; i++) {
    const item = items[i]!;
    const listHead = item.hasTypeWord ? null : readListHead(text, item.symbolStart);
    if (listHead) shared = listHead;
    else if (i > 0 && continuesList(text, items[i - 1]!, item)) {
      const prev = mentions[i - 1]!;
      const before = shared;
      shared = {
        type: prev.typeFrom === 'word' ? prev.type : before?.type ?? null,
        issuer: prev.issuerText && prev.issuerSpan ? { text: prev.issuerText, span: prev.issuerSpan } : before?.issuer ?? null,
      };
    } else if (i > 0 && items[i - 1]!.issuerFromBefore && AND_GAP.test(text.slice(items[i - 1]!.end, item.headStart))) {
      // "của Sở … tại Tờ trình số 910/TTr-STTTT … và văn bản số 1264/STTTT-CN": "của … tại" covers both.
      const prev = mentions[i - 1]!;
      shared = { type: null, issuer: { text: prev.issuerText!, span: prev.issuerSpan! } };
    } else shared = null;
    if (!shared) continue;
    const m = mentions[i]!;
    // The list's type, unless the symbol names another ("và 17/KH-SYT" in a list of Quyết định).
    if (shared.type && m.typeFrom !== 'word' && (m.typeFrom !== 'symbol' || m.type === shared.type)) set(i, { type: shared.type, typeFrom: 'word', fullSpan: { start: Math.min(m.fullSpan.start, listHead?.start ?? m.fullSpan.start), end: m.fullSpan.end } });
    if (!m.issuerText && shared.issuer && issuerFitsSymbol(m.key, shared.issuer.text)) set(i, { issuerText: shared.issuer.text, issuerSpan: shared.issuer.span });
  }
  // "số 12/QĐ-UBND ngày …, số 15/QĐ-UBND ngày … của UBND tỉnh": the issuer closes the list.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (m.issuerText || m.subject || !next.issuerText || !next.issuerSpan) continue;
    if (!continuesList(text, items[i]!, items[i + 1]!) || !issuerFitsSymbol(m.key, next.issuerText)) continue;
    set(i, { issuerText: next.issuerText, issuerSpan: next.issuerSpan });
  }
}
