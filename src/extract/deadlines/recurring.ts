import type { Span } from '../../doc/span.js';
import { matchesAt, stickyOf } from './cue-index.js';
import { R } from './fragments.js';

/** One period of a recurring phrase: "6 tháng" → MONTHLY every 6; "năm" → YEARLY. */
export interface Period {
  readonly freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  readonly interval: number;
  /** Where the period is written, with its own bracketed by-date: "6 tháng (trước ngày 15/6)". */
  readonly span: Span;
}

export interface RecurringPhrase {
  readonly span: Span;
  readonly periods: readonly Period[];
  readonly rule: string;
}

const WORDS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, 'mười hai': 12 };
const N = String.raw`(?:\d{1,2}|một|hai|ba|bốn|sáu|mười\s{1,3}hai)`;
// A period word not followed by what makes it a date or a span of time: "năm 2024", "6 tháng đầu năm".
const UNIT = String.raw`(?:tuần|tháng|quý|năm)(?![\p{L}\p{N}]|\s{1,3}(?:\d|học|nay|tới|đầu|cuối|sau|trước|này|qua|[IVX]+${R}))`;
const ITEM = String.raw`(?:${N}\s{1,3})?${UNIT}(?:\s{0,3}\([^()\n]{0,60}\))?`;
const SEP = String.raw`\s{0,3}(?:,|và|hoặc|/)\s{0,3}`;

// "hằng năm", "hàng quý"; "định kỳ 6 tháng", "định kì 6 tháng, 1 năm", "định kỳ hằng năm",
// "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)"; "báo cáo 6 tháng, năm" (a list);
// "báo cáo tuần/tháng/quý" not followed by a number ("báo cáo tháng 12/2023" is one report);
// "6 tháng một lần", "mỗi quý một lần"; "báo cáo 6 tháng", "báo cáo năm" not followed by a number.
export const PATTERN = new RegExp(
  String.raw`(?:(?<hang>(?:hằng|hàng)\s{1,3}(?:ngày|tuần|tháng|quý|năm))${R}` +
    String.raw`|định\s{1,3}k[ỳì]\s{1,3}(?:(?:hằng|hàng)\s{1,3})?(?<list>${ITEM}(?:${SEP}${ITEM}){0,3})` +
    String.raw`|báo\s{1,3}cáo\s{1,3}(?<list2>${ITEM}(?:${SEP}${ITEM}){1,3})` +
    String.raw`|(?:mỗi\s{1,3})?(?<list3>${ITEM})\s{1,3}một\s{1,3}lần(?![\p{L}\p{N}])` +
    String.raw`|báo\s{1,3}cáo\s{1,3}(?<single>tuần|tháng|quý|(?:6|sáu)\s{1,3}tháng|năm)(?![\p{L}\p{N}]|\s{0,3}(?:\d|(?:I|II|III|IV)(?![\p{L}\p{N}])|này|trước|sau|đầu|cuối|tới|năm|qua|học|nay|tài\s+chính)))`,
  'gdiu',
);
const STICKY = stickyOf(PATTERN);
const ITEM_RE = new RegExp(ITEM, 'giu');
const PARTS = /^(?:(\d{1,2}|một|hai|ba|bốn|sáu|mười\s{1,3}hai)\s{1,3})?(ngày|tuần|tháng|quý|năm)/iu;

function period(word: string, n: number, span: Span): Period | null {
  if (!Number.isFinite(n) || n < 1 || n > 24) return null;
  switch (word.toLowerCase()) {
    case 'ngày': return { freq: 'DAILY', interval: n, span };
    case 'tuần': return { freq: 'WEEKLY', interval: n, span };
    case 'tháng': return n % 12 === 0 ? { freq: 'YEARLY', interval: n / 12, span } : { freq: 'MONTHLY', interval: n, span };
    case 'quý': return { freq: 'MONTHLY', interval: 3 * n, span };
    case 'năm': return { freq: 'YEARLY', interval: n, span };
    default: return null;
  }
}

function readItem(raw: string, at: number): Period | null {
  const p = PARTS.exec(raw);
  if (!p?.[2]) return null;
  const n = p[1] === undefined ? 1 : /\d/u.test(p[1]) ? Number(p[1]) : WORDS[p[1].toLowerCase().replace(/\s+/gu, ' ')] ?? NaN;
  return period(p[2], n, { start: at, end: at + raw.length });
}

/** Every recurring phrase with its periods (a list gives several: "6 tháng, 1 năm"). */
/** `starts`: where the recurring phrase's first words start a word (cueIndex(text).recurring); `rare`: cueIndex(text).rare. */
export function recurringPhrases(text: string, starts: readonly number[], rare: boolean): RecurringPhrase[] {
  const out: RecurringPhrase[] = [];
  for (const m of matchesAt(STICKY, text, starts, rare)) {
    const g = m.groups ?? {};
    const gi = m.indices?.groups;
    const span = { start: m.index, end: m.index + m[0].length };
    const periods: Period[] = [];
    const list = g.list ?? g.list2 ?? g.list3;
    const listAt = (gi?.list ?? gi?.list2 ?? gi?.list3)?.[0];
    if (list !== undefined && listAt !== undefined) {
      ITEM_RE.lastIndex = 0;
      for (let it = ITEM_RE.exec(list); it; it = ITEM_RE.exec(list)) {
        const p = readItem(it[0], listAt + it.index);
        if (p) periods.push(p);
      }
    } else {
      const word = (g.hang ?? '').split(/\s+/u).pop() ?? g.single ?? '';
      // "báo cáo 6 tháng gửi trước ngày 15/6", "báo cáo năm gửi trước ngày 15/11" (a standing rule's reports).
      const item = g.hang ? null : readItem(g.single ?? '', span.start);
      const p = g.hang ? period(word, 1, span) : item ? { ...item, span } : null;
      if (p) periods.push(p);
    }
    const distinct = periods.filter((p, i) => periods.findIndex((q) => q.freq === p.freq && q.interval === p.interval) === i);
    if (distinct.length > 0) out.push({ span, periods: distinct, rule: g.hang ? 'deadline/hang-nam' : g.list ? 'deadline/dinh-ky' : 'deadline/bao-cao-dinh-ky' });
  }
  return out;
}
