import { docTypeByCode, lookupIssuerCode } from '../../data/vi/index.js';
import type { Span } from '../../doc/span.js';
import { looksLikeSymbol, parseSymbol, symbolRegex, type SymbolParts } from '../../grammar/vi/symbol.js';

export interface Anchor {
  readonly written: string;
  readonly parts: SymbolParts;
  readonly span: Span;
  /** The type named by the symbol itself (KH → Kế hoạch), when it has a type part. */
  readonly codeType: string | null;
  readonly codeTypeAbbr: string | null;
}

const known = (c: string): boolean => docTypeByCode(c) !== undefined || lookupIssuerCode(c) !== undefined;

/** Every số hiệu in the text, in order. */
export function findAnchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of text.matchAll(symbolRegex())) {
    const parts = parseSymbol(m[0]);
    if (!parts || !looksLikeSymbol(parts, known)) continue;
    const { name, abbr } = typeOfParts(parts);
    out.push({ written: m[0], parts, span: { start: m.index, end: m.index + m[0].length }, codeType: name, codeTypeAbbr: abbr });
  }
  return out;
}

/** The type part of a symbol: the Party form always has one; the state form when its first part is a type code. */
export function typeOfParts(parts: SymbolParts): { name: string | null; abbr: string | null } {
  const first = parts.components[0];
  if (!first) return { name: null, abbr: null };
  if (!parts.party && parts.components.length < 2) return { name: null, abbr: null };
  const t = docTypeByCode(first);
  return t ? { name: t.name, abbr: t.code } : { name: null, abbr: null };
}
