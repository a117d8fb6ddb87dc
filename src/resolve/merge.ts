import type { Span } from '../doc/span.js';
import { spanWithin } from '../doc/span.js';
import type { CitationMention } from '../extract/citations/index.js';

/** All mentions of one cited document, merged by canonical key. */
export interface MergedCitation {
  readonly key: string;
  readonly canonicalKey: string;
  readonly mentions: readonly CitationMention[];
  readonly type: string | null;
  readonly date: string | null;
  readonly dateFrom: CitationMention | null;
  readonly issuerText: string | null;
  readonly issuerFrom: CitationMention | null;
  readonly subject: string | null;
  readonly pinpoints: readonly string[];
  readonly implementsBy: CitationMention | null;
  /** The fullest mention. */
  readonly best: CitationMention;
}

const TYPE_RANK = { word: 2, symbol: 1, default: 0 } as const;

/**
 * Merge rule: mentions with the same canonical key are one document. Each field takes the first
 * mention that states it; the type prefers a type word over what the symbol implies; the relation
 * is "implements" when any mention lies in the preamble, the title or a basis section.
 */
export function mergeMentions(mentions: readonly CitationMention[], implementsRegions: readonly Span[]): MergedCitation[] {
  const groups = new Map<string, CitationMention[]>();
  for (const m of mentions) {
    const g = groups.get(m.canonicalKey);
    if (g) g.push(m);
    else groups.set(m.canonicalKey, [m]);
  }
  return [...groups.values()].map((ms) => {
    const first = ms[0]!;
    const typed = [...ms].sort((a, b) => TYPE_RANK[b.typeFrom] - TYPE_RANK[a.typeFrom])[0]!;
    const dateFrom = ms.find((m) => m.date !== null) ?? null;
    const issuerFrom = ms.find((m) => m.issuerText !== null) ?? null;
    const best = [...ms].sort((a, b) => b.fullSpan.end - b.fullSpan.start - (a.fullSpan.end - a.fullSpan.start))[0]!;
    // A title in capitals writes "17-CTR/TU", "34/2014/QĐ-TTG"; running text keeps the symbol's own case.
    const written = /\p{Ll}/u.test(first.key) ? first : ms.find((m) => /\p{Ll}/u.test(m.key)) ?? first;
    return {
      key: written.key,
      canonicalKey: first.canonicalKey,
      mentions: ms,
      type: typed.type,
      date: dateFrom?.date ?? null,
      dateFrom,
      issuerText: issuerFrom?.issuerText ?? null,
      issuerFrom,
      subject: ms.find((m) => m.subject !== null)?.subject ?? null,
      pinpoints: [...new Set(ms.flatMap((m) => (m.pinpoint ? [m.pinpoint] : [])))],
      implementsBy: ms.find((m) => m.inBasis || implementsRegions.some((r) => spanWithin(r, m.symbolSpan))) ?? null,
      best,
    };
  });
}
