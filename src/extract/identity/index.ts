import { canonicalTypeWord, docTypeByCode, docTypeName, TYPE_WORDS } from '../../data/vi/index.js';
import type { Span } from '../../doc/span.js';
import { alternation } from '../../grammar/vi/re.js';
import { parseSymbol, writtenKey } from '../../grammar/vi/symbol.js';
import type { Segmented } from '../../segment/index.js';
import { isoDate, isoMonth } from '../../grammar/vi/dates.js';
import { collapseBlanks } from '../../grammar/vi/blanks.js';

/** A value with the span it was read from (null span: derived, see `from`). */
export interface Read<T> {
  readonly value: T;
  readonly span: Span | null;
  readonly from?: 'title' | 'symbol' | 'body' | 'header';
}

export interface IdentityFound {
  readonly type: Read<string> | null;
  readonly typeCode: string | null;
  readonly number: Read<string> | null;
  readonly symbol: Read<string> | null;
  readonly date: Read<string> | null;
  readonly place: Read<string> | null;
  readonly subject: Read<string> | null;
  /** The issuer as the body names it ("Sở Giáo dục và Đào tạo … ban hành Kế hoạch"). */
  readonly issuerInBody: Read<string> | null;
}

const TYPE_WORD = alternation(TYPE_WORDS);
// "Phòng Giáo dục và Đào tạo xây dựng kế hoạch", "Sở GDĐT ban hành Kế hoạch", "UBND tỉnh … chỉ thị".
export const SELF_STATEMENT = new RegExp(
  String.raw`(?:^|(?<=[,;.:]\s{0,3}|\n))(?<issuer>(?:Sở|Phòng|Ủy\s+ban\s+nhân\s+dân|UBND|Bộ|Ban|Trường|Bệnh\s+viện|Công\s+an|Cục|Tổng\s+cục|Văn\s+phòng|Hội\s+đồng|Đảng\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Trung\s+tâm|Viện)(?:\s+(?!về|của|ngày|số|đã|được|và\s+các)[\p{L}&]+){0,10}?)\s*(?:\([^)\n]{1,20}\)\s*)?(?:ban\s+hành|xây\s+dựng|triển\s+khai|yêu\s+cầu|đề\s+nghị|hướng\s+dẫn|thông\s+báo)(?:\s+(?<type>${TYPE_WORD}))?`,
  'giu',
);
// The same, sticky with group indices: run again only at the match taken, which it finds unchanged
// (the 'd' flag made every match of the scan, most of them skipped, 2-3x dearer).
const SELF_STATEMENT_AT = new RegExp(SELF_STATEMENT.source, 'diuy');
const SELF_STATEMENT_Y = new RegExp(SELF_STATEMENT.source, 'iuy');
// What a SELF_STATEMENT match follows: the start, a line break, or a mark of [,;.:] and up to 3 blanks.
const AFTER_MARK = /[,;.:\n]/g;
const BLANK = /\s/u;
// The first letters of SELF_STATEMENT's bodies (Sở, Phòng, Ủy ban, UBND, Bộ, Ban, Trường, Bệnh viện,
// Công an, Cục, Tổng cục, Văn phòng, Hội đồng, Đảng ủy, Tỉnh ủy, Huyện ủy, Thành ủy, Trung tâm, Viện)
// in both cases, and "ſ", which its 'i' flag folds to "s": a match starts with one of them.
const SELF_FIRST = new Set([...'SsſPpỦủUuBbTtCcVvHhĐđ'].map((c) => c.charCodeAt(0)));

/**
 * What `s.matchAll(SELF_STATEMENT)` gives, with the pattern tried, sticky, only where a match can
 * start (see AFTER_MARK): the scan tried its lookbehind, case-insensitively, at every position.
 * Each try starts past the last match, as matchAll goes on.
 */
export function* selfStatements(s: string): Generator<RegExpExecArray> {
  let next = 0;
  const tryAt = (at: number): RegExpExecArray | null => {
    if (at < next || at > s.length || !SELF_FIRST.has(s.charCodeAt(at))) return null;
    SELF_STATEMENT_Y.lastIndex = at;
    const m = SELF_STATEMENT_Y.exec(s);
    if (m) next = at + m[0].length;
    return m;
  };
  const first = tryAt(0);
  if (first) yield first;
  let last = 0; // the last offset tried
  AFTER_MARK.lastIndex = 0;
  for (let k = AFTER_MARK.exec(s); k; k = AFTER_MARK.exec(s)) {
    // The offsets right after the mark and after each of up to 3 blanks following it, in order.
    for (let at = k.index + 1, w = 0; w <= 3; at++, w++) {
      if (at > last) {
        last = at;
        const m = tryAt(at);
        if (m) yield m;
      }
      if (at >= s.length || !BLANK.test(s[at]!)) break;
    }
  }
}

/** The document's own identity: type, số hiệu, date, place, subject. */
export function readIdentity(seg: Segmented): IdentityFound {
  const { text, header, title } = seg;
  const nl = header.numberLine;
  const number = nl?.symbol ? { value: writtenKey(text.slice(nl.symbol.start, nl.symbol.end)), span: nl.symbol } : null;
  const symbol = nl?.code ? { value: writtenKey(text.slice(nl.code.start, nl.code.end)), span: nl.code } : null;
  const parts = number ? parseSymbol(number.value) : null;
  const codes = parts?.components ?? (symbol ? symbol.value.split('-') : []);
  const code = codes.length >= 2 || parts?.party ? docTypeByCode(codes[0] ?? '') : undefined;

  let type: Read<string> | null = null;
  if (title) type = { value: typeName(title.type.text), span: title.type, from: 'title' };
  else if (header.vv) type = { value: 'Công văn', span: header.vv, from: 'header' };
  else if (code) type = { value: docTypeName(code, parts?.party === true), span: symbol?.span ?? null, from: 'symbol' };
  else if (symbol && codes.length >= 1) type = { value: 'Công văn', span: symbol.span, from: 'symbol' };
  else if (seg.recipients.kinhGui && seg.recipients.kinhGui.start < seg.body.start + 400) {
    type = { value: 'Công văn', span: seg.recipients.kinhGui, from: 'header' };
  }

  const bodyStatement = findSelfStatement(seg);
  if (!type && bodyStatement?.type) type = bodyStatement.type;

  const pd = header.placeDate;
  let date: Read<string> | null = null;
  if (pd) {
    const v = pd.day && pd.month ? isoDate(pd.year, pd.month, pd.day) : pd.month ? isoMonth(pd.year, pd.month) : String(pd.year);
    if (v) date = { value: v, span: pd.span };
  }
  const place = pd?.place ? { value: text.slice(pd.place.start, pd.place.end).trim(), span: pd.place } : null;
  const subjSpan = title?.subject ?? header.vv;
  // A page flattened to one line runs the V/v on into the salutation: "V/v báo cáo … Kính gửi: - Ủy ban …".
  const cut = subjSpan ? RUNS_INTO.exec(text.slice(subjSpan.start, subjSpan.end)) : null;
  const subjEnd = subjSpan ? (cut ? subjSpan.start + cut.index : subjSpan.end) : 0;
  const subjectText = subjSpan ? oneLine(text.slice(subjSpan.start, subjEnd)).replace(ABOUT, '').replace(/[\s.;,]+$/u, '') : '';
  const subject = subjSpan && subjectText ? { value: subjectText, span: { start: subjSpan.start, end: subjEnd } } : null;
  return {
    type,
    typeCode: code?.code ?? null,
    number,
    symbol,
    date,
    place,
    subject,
    issuerInBody: bodyStatement?.issuer ?? null,
  };
}

function findSelfStatement(seg: Segmented): { issuer: Read<string>; type: Read<string> | null } | null {
  const { text } = seg;
  const regions = [...seg.preamble, { start: seg.body.start, end: Math.min(seg.body.end, seg.body.start + 600) }];
  for (const r of regions) {
    const slice = text.slice(r.start, r.end);
    // The regex is case-insensitive for "kế hoạch"; the issuer itself must start upper case.
    // The first match whose issuer starts upper case: later matches are not computed.
    let m: RegExpExecArray | null = null;
    for (const x of selfStatements(slice)) {
      if (/^\p{Lu}/u.test(x.groups?.issuer ?? '')) {
        SELF_STATEMENT_AT.lastIndex = x.index;
        m = SELF_STATEMENT_AT.exec(slice);
        break;
      }
    }
    const g = m?.indices?.groups;
    if (!m || !g?.issuer) continue;
    const issuer = { value: oneLine(text.slice(r.start + g.issuer[0], r.start + g.issuer[1])), span: { start: r.start + g.issuer[0], end: r.start + g.issuer[1] }, from: 'body' as const };
    const t = g.type ? canonicalTypeWord(text.slice(r.start + g.type[0], r.start + g.type[1])) : undefined;
    return { issuer, type: t && g.type ? { value: t, span: { start: r.start + g.type[0], end: r.start + g.type[1] }, from: 'body' } : null };
  }
  return null;
}

const oneLine = (s: string): string => collapseBlanks(s).trim();
/** What ends a subject that a flattened page ran on: the salutation or the preamble. */
const RUNS_INTO = /[\s.;,]+(?:Kính\s+gửi|KÍNH\s+GỬI|Căn\s+cứ|Thực\s+hiện)(?![\p{L}])/u;

// "V/v", "Về việc", "VỀ VIỆC" before a subject: the subject is what follows.
const ABOUT = /^(?:V\/v|V\/V|v\/v|Về\s+việc|VỀ\s+VIỆC|về\s+việc)\s*[:.]?\s*/u;
const TYPE_PREFIX = new RegExp(`^(?:${alternation(TYPE_WORDS)})(?![\\p{L}])`, 'iu');

/**
 * The type a heading names: "KẾ HOẠCH" → "Kế hoạch", "K Ế H O Ạ C H" → "Kế hoạch", "CHƯƠNG TRÌNH
 * HÀNH ĐỘNG" → "Chương trình" (the type; "hành động" is part of its name).
 */
function typeName(heading: string): string {
  const h = heading.replace(/\s*:\s*$/u, '').trim();
  const spaced = /^(?:\p{Lu}\s+){3,}\p{Lu}$/u.test(h) ? h.replace(/\s+/gu, '') : null;
  const direct = canonicalTypeWord(h) ?? (spaced ? TYPE_WORDS.find((w) => w.replace(/\s+/gu, '').toLocaleUpperCase('vi') === spaced) : undefined);
  if (direct) return direct;
  const prefix = TYPE_PREFIX.exec(h)?.[0];
  return (prefix && canonicalTypeWord(prefix)) ?? h;
}
