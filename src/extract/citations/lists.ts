import { canonicalTypeWord, expandAgencyAbbreviations, issuersOfSymbol } from '../../data/vi/index.js';
import type { Span } from '../../doc/span.js';
import { TYPE_WORD } from '../../grammar/vi/doc-types.js';

/**
 * Citations written as a list share what the list names once:
 *
 *   "các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND ngày …; số 160/NQ-HĐND …; 148/NQ-HĐND …"
 *   "các Quyết định của UBND tỉnh số 12/QĐ-UBND ngày …, số 15/QĐ-UBND ngày …"
 *   "Tờ trình số 910/TTr-STTTT ngày … và văn bản số 1264/STTTT-CN" after "của Sở … tại"
 *
 * A list item is a symbol with no type word of its own, right after the previous item (only a
 * separator, "và" and "số" between). It takes the list's type and issuer when it states none,
 * and only an issuer its own symbol does not contradict ("…/BKHĐT-TH" is never the HĐND's).
 */
export interface ListItem {
  /** Start of what stands before the symbol (the type word, else the symbol). */
  readonly headStart: number;
  readonly symbolStart: number;
  /** End of the item's tail (date, issuer, subject). */
  readonly end: number;
  readonly key: string;
  readonly hasTypeWord: boolean;
  readonly issuerFromBefore: boolean;
}

export interface Shared {
  readonly type: string | null;
  readonly issuer: { readonly text: string; readonly span: Span } | null;
}

// "các Nghị quyết của Hội đồng nhân dân tỉnh: số ", "các Quyết định: ", "những Kế hoạch sau: số ".
export const LIST_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:các|những)\s+(?<type>${TYPE_WORD})(?:\s+(?:sau\s+(?:đây\s+)?)?(?:của|do)\s+(?<issuer>\p{Lu}(?:(?!\ssố\s)[^:;()"\n/]){1,100}?))?(?:\s+sau(?:\s+đây)?)?\s*(?::\s*|\s(?=số))(?:số\s*:?\s*)?$`,
  'diu',
);
// Between two items: the separator, perhaps "và", perhaps "số".
const ITEM_GAP = /^\s*[,;]?\s*(?:và\s+)?(?:số\s*:?\s*)?$/u;
const WINDOW = 160;

/** A necessary condition of LIST_HEAD matching: "các" or "những" in any case (as its 'i' flag; toLowerCase folds alike for these letters). */
export const mayHeadList = (s: string): boolean => {
  const lower = s.toLowerCase();
  return lower.includes('các') || lower.includes('những');
};

/** What a list heading right before `symbolStart` gives its items, or null. */
export function readListHead(text: string, symbolStart: number): (Shared & { start: number }) | null {
  const from = Math.max(0, symbolStart - WINDOW);
  const window = text.slice(from, symbolStart);
  // LIST_HEAD ends with "$" (tried from every position, with indices): only where its words are.
  const m = mayHeadList(window) ? LIST_HEAD.exec(window) : null;
  const g = m?.indices?.groups;
  if (!m || !g?.type) return null;
  const type = canonicalTypeWord(m.groups?.type ?? '') ?? null;
  const issuer = g.issuer ? { text: text.slice(from + g.issuer[0], from + g.issuer[1]).trim(), span: { start: from + g.issuer[0], end: from + g.issuer[1] } } : null;
  return { type, issuer, start: from + m.index };
}

/** Is `next` the next item of the list `prev` belongs to? */
export function continuesList(text: string, prev: ListItem, next: ListItem): boolean {
  if (next.hasTypeWord || next.symbolStart < prev.end) return false;
  return ITEM_GAP.test(text.slice(prev.end, next.symbolStart));
}

const fold = (s: string): string =>
  expandAgencyAbbreviations(s).normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();
const PARTY_BODY = /(?:bo chinh tri|ban bi thu|ban chap hanh|ban thuong vu|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|trung uong)/u;

/** Does the issuer named by the list fit the issuer code of this item's symbol? */
export function issuerFitsSymbol(key: string, issuer: string): boolean {
  const codes = issuersOfSymbol(key);
  if (codes.length === 0) return true;
  const named = fold(issuer);
  return codes.some(({ entry }) => {
    const name = fold(entry.name);
    if (named.includes(name) || name.includes(named)) return true;
    return entry.level === 'party' && PARTY_BODY.test(named);
  });
}
