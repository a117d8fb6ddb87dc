import { docTypeByCode, docTypeName, lookupIssuerCode } from '../../data/vi/index.js';
import type { Span } from '../../doc/span.js';
import { looksLikeSymbol, parseSymbol, symbolMatches, symbolPartsOf, type SymbolParts } from '../../grammar/vi/symbol.js';

export interface Anchor {
  readonly written: string;
  readonly parts: SymbolParts;
  readonly span: Span;
  /** The type named by the symbol itself (KH → Kế hoạch), when it has a type part. */
  readonly codeType: string | null;
  readonly codeTypeAbbr: string | null;
}

const known = (c: string): boolean => docTypeByCode(c) !== undefined || lookupIssuerCode(c) !== undefined;

// "473/TTr - NN&PTNT": a symbol cut after its type part, its issuer after a dash spaced on both
// sides (a line break in the PDF). Only a capitalised code continues it ("88/KH-UBND - Sở" does not).
const SPACED_ISSUER = /^[ \t]?\n?[ \t]?-[ \t]?\n?[ \t]?(?<code>[\p{Lu}\p{N}&]{2,16}(?:-[\p{Lu}\p{N}&]{1,16}){0,3})(?![\p{L}\p{N}&])/u;

/** Every số hiệu in the text, in order. */
export function findAnchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of symbolMatches(text)) {
    let written = m[0];
    let parts = symbolPartsOf(m);
    if (parts && !parts.party && parts.components.length === 1 && docTypeByCode(parts.components[0]!)) {
      const more = SPACED_ISSUER.exec(text.slice(m.index + written.length, m.index + written.length + 40));
      const joined = more ? parseSymbol(written + more[0]) : null;
      if (joined && more) [written, parts] = [written + more[0], joined];
    }
    if (parts) [written, parts] = joinSplitCode(text, m.index, written, parts);
    if (!parts || !looksLikeSymbol(parts, known)) continue;
    const { name, abbr } = typeOfParts(parts);
    out.push({ written, parts, span: { start: m.index, end: m.index + written.length }, codeType: name, codeTypeAbbr: abbr });
  }
  return out;
}

// "01/2016/TT-BGD ĐT": a stray space inside the issuer code (a line wrap, a PDF text run).
const SPLIT_CODE = /^[ \t](?<rest>[\p{Lu}][\p{Lu}&]{0,5})(?![\p{L}\p{N}&/-])/u;

/** Joins the code cut by a space when only the joined code is a known issuer ("BGD" + "ĐT" = "BGDĐT"). */
function joinSplitCode(text: string, at: number, written: string, parts: SymbolParts): [string, SymbolParts] {
  const last = parts.components[parts.components.length - 1] ?? '';
  // SPLIT_CODE starts with a blank: most symbols end otherwise, and are not sliced and tried.
  const after = text.charCodeAt(at + written.length);
  if (after !== 0x20 && after !== 0x09) return [written, parts];
  const more = SPLIT_CODE.exec(text.slice(at + written.length, at + written.length + 8));
  if (!more?.groups?.rest || parts.components.length < 2 || lookupIssuerCode(last)) return [written, parts];
  if (!lookupIssuerCode(last + more.groups.rest)) return [written, parts];
  const joined = parseSymbol(written + more[0]);
  return joined ? [written + more[0], joined] : [written, parts];
}

/** The type part of a symbol: the Party form always has one; the state form when its first part is a type code. */
export function typeOfParts(parts: SymbolParts): { name: string | null; abbr: string | null } {
  const first = parts.components[0];
  if (!first) return { name: null, abbr: null };
  if (!parts.party && parts.components.length < 2) return { name: null, abbr: null };
  const t = docTypeByCode(first);
  return t ? { name: docTypeName(t, parts.party), abbr: t.code } : { name: null, abbr: null };
}
