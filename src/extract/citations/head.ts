import { MAX_TYPE_WORD_LENGTH, SHORT_TYPE_NAMES, SHORT_TYPE_WORD, TYPE_WORD } from '../../grammar/vi/doc-types.js';
import { canonicalTypeWord } from '../../data/vi/index.js';
import type { Span } from '../../doc/span.js';
import { endsWithAny } from '../../grammar/vi/boundaries.js';
import { unitTest } from '../../grammar/vi/unit-class.js';

/** What stands before a symbol: "Điều 9 Thông tư số ", "Kế hoạch ", "Công văn số ". */
export interface Head {
  readonly type: string | null;
  /** Offset where the citation starts (the type word, or the symbol when there is none). */
  readonly start: number;
  readonly pinpoint: string | null;
  /** An issuer named before the citation: "theo đề nghị của Sở Y tế tại Tờ trình số …". */
  readonly issuerBefore: { readonly text: string; readonly span: Span } | null;
}

const WINDOW = 90;
// Type word, optional "số"/"số:", then the symbol; a quote or "(" may sit in between. Global: it is
// tried from headFrom(window) on (see there). No 'd' flag: only the match's start is used.
export const HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<type>${TYPE_WORD})|(?<short>${SHORT_TYPE_WORD}))(?:\s+(?:liên\s+tịch))?[\s"(]*(?:(?:số|Số|SỐ)\s*[:.]?\s*)?["(]?\s*$`,
  'gu',
);
export const HEAD_I = new RegExp(HEAD.source, 'giu');
/** What a HEAD match is made of after its type word ("liên tịch", "số:", quotes, blanks), in any case. */
const HEAD_TAIL_UNIT = /[\s"(:.]|[liêntịchsố]/iu;
const isHeadTailUnit = unitTest(HEAD_TAIL_UNIT);

/**
 * The earliest offset a HEAD or HEAD_I match can start at in `window`: what follows its type word
 * is made of HEAD_TAIL_UNITs to the window's end, so the type word ends inside the window's last
 * run of them and starts at most MAX_TYPE_WORD_LENGTH before. Tried from there, the patterns are
 * not tried (lookbehind first, then ~40 type words) at every position of the window.
 */
export function headFrom(window: string): number {
  let run = window.length;
  while (run > 0 && isHeadTailUnit(window.charCodeAt(run - 1))) run--;
  return Math.max(0, run - MAX_TYPE_WORD_LENGTH);
}
// "khoản 2 Điều 5 " / "điểm a khoản 1 Điều 3 của " before the type word.
export const PINPOINT = /(?<![\p{L}\p{N}])(?<pin>(?:[Đđ]iểm\s+[a-zđ]\s*,?\s*)?(?:[Kk]hoản\s+\d{1,3}\s*,?\s*)?(?:Điều|điều|ĐIỀU)\s+\d{1,3}[a-zđ]?)\s*,?\s*(?:của\s+|tại\s+)?$/u;

export const NAMED_ACT = /(?<![\p{L}])(?<type>Bộ\s+luật|Luật|Pháp\s+lệnh)\s+\p{Lu}(?:[^;()\n]{0,70}?\s+số\s*:?\s*|[^;,()\n]{0,70}?\s+)$/u;
// The last "của" before "tại": "hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số …"; a
// parenthesis may follow the name: "của Sở Kế hoạch và Đầu tư (Thường trực Ban …) tại Tờ trình số".
export const ISSUER_BEFORE = /(?<![\p{L}])(?:của|do)\s+(?<issuer>\p{Lu}(?:(?!\s(?:của|do)\s)[^,;:()"\n.]){2,120}?)(?:\s*\([^()\n]{0,100}\))?\s+(?:tại|theo)\s*$/du;

// A body that issued the document, as the subject of the sentence: "ngày 13/5/2011, Ủy ban nhân dân
// huyện ban hành Kế hoạch số 42/KH-UBND", "Thủ tướng Chính phủ đã có Công văn số 73/TTg-CN".
export const ISSUER_SUBJECT = /(?<![\p{L}])(?<issuer>(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Thường\s+vụ|Bộ|Sở|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy)(?:\s+(?!ban\s+hành|đã|có)[\p{L}\p{N}&-]+){0,10}?)\s+(?:đã\s+)?(?:ban\s+hành|có)\s*$/du;

// The body that set what the document holds, as the subject of a verb before "tại": "15/18 chỉ tiêu
// Nghị quyết Hội đồng nhân dân huyện đề ra tại Nghị quyết số 42/NQ-HĐND", "nhiệm vụ Ủy ban nhân dân
// tỉnh giao tại Quyết định số …".
export const ISSUER_VERB_AT = /(?<![\p{L}])(?<issuer>(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Bộ|Sở|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy)(?:\s+(?!đã|đề|giao|quy|xác|nêu|đặt)[\p{L}\p{N}&-]+){0,8}?)\s+(?:đã\s+)?(?:đề\s+ra|giao|quy\s+định|xác\s+định|nêu|đặt\s+ra)\s+(?:tại|theo)\s*$/du;

/** The words ISSUER_BEFORE and ISSUER_SUBJECT end with (before `\s*$`). */
export const ISSUER_BEFORE_ENDS = ['tại', 'theo'];
export const ISSUER_SUBJECT_ENDS = ['hành', 'có'];

const OF_ISSUER = new RegExp(String.raw`(?<![\p{L}])(?<type>${TYPE_WORD})\s+của\s+(?<issuer>\p{Lu}[^,;:()"\n.]{2,80}?)\s+số\s*:?\s*$`, 'du');
const OF_ISSUER_TAIL = /\s(?:số|Số)\s*:?\s*$/u;

const CARRIER = /^(?:Thông\s+báo|Công\s+văn|Văn\s+bản|Tờ\s+trình|Báo\s+cáo)$/u;
const OUTER_TYPE = new RegExp(String.raw`(?<![\p{L}])(?<outer>${TYPE_WORD})\s+$`, 'u');

// PINPOINT and NAMED_ACT end with "$" and start with a lookbehind: irregexp tries them from every
// position of their window. These are the words each needs, checked with includes first.
/** A necessary condition of PINPOINT matching: "Điều", "điều" or "ĐIỀU". */
export const mayHavePinpoint = (s: string): boolean => s.includes('iều') || s.includes('IỀU');
/** A necessary condition of NAMED_ACT matching: "Bộ luật", "Luật" or "Pháp lệnh". */
export const mayNameAct = (s: string): boolean => s.includes('uật') || s.includes('Pháp');

/** Reads the type word and pinpoint that end right before `symbolStart`. */
export function readHead(text: string, symbolStart: number): Head {
  const from = Math.max(0, symbolStart - WINDOW);
  const window = text.slice(from, symbolStart);
  const at = headFrom(window);
  HEAD.lastIndex = at;
  let m = HEAD.exec(window);
  if (!m) {
    HEAD_I.lastIndex = at;
    m = HEAD_I.exec(window);
  }
  if (!m && OF_ISSUER_TAIL.test(window)) {
    // "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 08-NQ/TU": the issuer between the type word and the number.
    const o = OF_ISSUER.exec(window);
    const oi = o?.indices?.groups?.issuer;
    const t = o?.groups?.type ? canonicalTypeWord(o.groups.type) ?? null : null;
    if (o && oi && t) {
      return { type: t, start: from + o.index, pinpoint: null, issuerBefore: { text: window.slice(oi[0], oi[1]), span: { start: from + oi[0], end: from + oi[1] } } };
    }
  }
  if (!m) {
    // "Luật Thủy lợi số 08/2017/QH14": the type word is followed by the law's name.
    const named = mayNameAct(window) ? NAMED_ACT.exec(window) : null;
    const t = named?.groups?.type ? canonicalTypeWord(named.groups.type) ?? null : null;
    return { type: t, start: named ? from + named.index : symbolStart, pinpoint: null, issuerBefore: null };
  }
  let start = from + m.index;
  let word = m.groups?.type ?? null;
  // "Công văn hướng dẫn số …", "Thông báo kết luận số …": a lower-case type word after a capitalised
  // one says what the document does; the first names what it is.
  const outerTry = word ? OUTER_TYPE.exec(text.slice(Math.max(0, start - 30), start)) : null;
  // "Thông báo Kết luận số 45-TB/HU", "Công văn Hướng dẫn số …": a carrier type names what the document is even before a capitalised word.
  const outer = outerTry && (/^\p{Ll}/u.test(word!) || CARRIER.test(outerTry.groups?.outer ?? '')) ? outerTry : null;
  if (outer?.groups?.outer) {
    word = outer.groups.outer;
    start -= outer[0].length;
  }
  const short = m.groups?.short ?? null;
  const type = word ? canonicalTypeWord(word) ?? null : short ? SHORT_TYPE_NAMES[short] ?? null : null;
  const pinWindow = text.slice(Math.max(0, start - 60), start);
  const pin = mayHavePinpoint(pinWindow) ? PINPOINT.exec(pinWindow) : null;
  const beforeFrom = Math.max(0, start - 140);
  const before = text.slice(beforeFrom, start);
  // The two patterns end in "tại|theo" and "ban hành|có": most windows end otherwise, so test that first.
  const b = endsWithAny(before, ISSUER_BEFORE_ENDS) ? ISSUER_BEFORE.exec(before) : null;
  const b2 = b || !endsWithAny(before, ISSUER_SUBJECT_ENDS) ? null : ISSUER_SUBJECT.exec(before);
  const b3 = b || b2 || !endsWithAny(before, ISSUER_BEFORE_ENDS) ? null : ISSUER_VERB_AT.exec(before);
  const bg = (b ?? b2 ?? b3)?.indices?.groups?.issuer;
  const issuerBefore = bg ? { text: text.slice(beforeFrom + bg[0], beforeFrom + bg[1]), span: { start: beforeFrom + bg[0], end: beforeFrom + bg[1] } } : null;
  return { type, start, pinpoint: pin?.groups?.pin?.replace(/\s+/gu, ' ') ?? null, issuerBefore };
}
