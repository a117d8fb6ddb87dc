import type { Span } from '../../doc/span.js';
import { hasRareFold, leadScan, nextMatch } from '../../grammar/vi/deadlines-targets-caseless.js';
import { L, OBLIGATION } from './fragments.js';

/** Who, what and to whom, read from the clause around a deadline. Null when the text does not say. */
export interface Roles {
  readonly action: string | null;
  readonly actor: string | null;
  readonly recipient: string | null;
}

const AGENT = String.raw`(?:Sở|Phòng|Bộ|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội\s+đồng|Thủ\s+tướng|Chính\s+phủ|Văn\s+phòng|Cục|Tổng\s+cục|Vụ|Chi\s+cục|Thanh\s+tra|Công\s+an|Trung\s+tâm|Trường|Viện|Đoàn|Hội|Liên\s+đoàn|Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|Giám\s+đốc|Chủ\s+tịch|Hiệu\s+trưởng|Thủ\s+trưởng|Trưởng|Lãnh\s+đạo|Người\s+đứng\s+đầu|(?:[Cc]ác|[Mm]ỗi|[Tt]ừng)\s+\p{L}+|đơn\s+vị|[Cc]ơ\s+quan|[Hh]iệu\s+trưởng|[Tt]hủ\s+trưởng|[Tt]rưởng)`;
const VERB = leadScan(new RegExp(OBLIGATION, 'iu'));
// The actor ends where a run of spaces starts, never inside one: what follows it (":" or a verb) is
// the same from any point of the run, so the first point decides. Without this guard a lazy actor
// tried every split of a long run (a blanked-out deadline phrase) and failed in ~1 ms, not ~1 µs.
const NOT_IN_SPACES = String.raw`(?<!\s)`;
// "Đề nghị/Yêu cầu/Giao <actor> <verb>": the actor ends where the duty starts.
export const REQUEST = new RegExp(String.raw`${L}(?:đề\s+nghị|yêu\s+cầu|giao(?!\s+nộp)|đôn\s+đốc)\s+(?<actor>${AGENT}[^;:()\n]{0,100}?)${NOT_IN_SPACES}\s+(?=(?:theo|có\s+trách\s+nhiệm|chủ\s+động|nghiêm\s+túc|khẩn\s+trương|tiếp\s+tục|phối\s+hợp|quan\s+tâm|căn\s+cứ|định\s+k)|${OBLIGATION})`, 'iu');
// "<Actor> <verb>" opening the clause, or "<Actor>: <duty>" heading a list item.
export const LEADING = new RegExp(String.raw`^(?:[-+·•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?(?<actor>${AGENT}[^;:()\n]{0,90}?)${NOT_IN_SPACES}(?:\s*:\s*|\s+(?=(?:có\s+trách\s+nhiệm|chủ\s+trì|phối\s+hợp|chủ\s+động|khẩn\s+trương|tiếp\s+tục|định\s+k|hằng|hàng|theo\s+dõi|chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc)|${OBLIGATION}))`, 'u');
// "gửi ... về Sở Giáo dục và Đào tạo", "báo cáo Thủ tướng Chính phủ", "nộp cho Phòng ...".
export const RECIPIENT = new RegExp(String.raw`${L}(?:(?:gửi|nộp|chuyển|báo\s+cáo)(?:[^;()\n]|\([^()\n]{0,60}\)){0,120}?\s(?:về|cho|đến|tới)|(?<!để\s(?:tổng\s+hợp,?\s+)?)báo\s+cáo|trình)\s+(?<to>${AGENT.replace('(?:[Cc]ác|[Mm]ỗi|[Tt]ừng)\\s+\\p{L}+|đơn\\s+vị|', '')}[^;:,()\n]{0,70}?)(?=\s*(?:\(|,|;|\.|$|\s(?:trước|chậm|trong|để|qua|theo|định|hằng|hàng|trên|tại|về|kết\s+quả|tình\s+hình|số\s+liệu|danh\s+sách|hồ\s+sơ|phê\s+duyệt|xem\s+xét|và\s+(?:báo|gửi))\s))`, 'iu');
const REQUEST_SCAN = leadScan(REQUEST);
const RECIPIENT_SCAN = leadScan(RECIPIENT);
const STOP = /\s(?:về\s+(?=\p{Lu})|trước\s|chậm\s+nhất|trong\s+(?:tháng|quý|ngày)|để\s|theo\s|hằng\s|hàng\s|định\s+k)|\(|;/u;

/** A space, comma, dot, colon, semicolon or hyphen: what clean() trims (spaces are single " " by then). */
const trimmed = (c: number): boolean => c === 0x20 || c === 0x2c || c === 0x2e || c === 0x3a || c === 0x3b || c === 0x2d;

/** Spaces collapsed, and `^[\s,.:;-]+|[\s,.:;-]+$` dropped by hand (irregexp tries the `$` branch at every position). */
/** What `\s+` → " " changes: a space other than " " (\s written out), or " " and another space (most strings have neither). */
const UNEVEN_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/u;

export const clean = (s: string | undefined): string | null => {
  const u = UNEVEN_SPACE.test(s ?? '') ? (s ?? '').replace(/\s+/gu, ' ') : s ?? '';
  let a = 0, b = u.length;
  while (a < b && trimmed(u.charCodeAt(a))) a++;
  while (b > a && trimmed(u.charCodeAt(b - 1))) b--;
  return b - a > 1 ? u.slice(a, b) : null;
};

/** The verb phrase from the first obligation verb in `region` to a stop word. */
function actionIn(region: string, rare: boolean): string | null {
  const v = nextMatch(VERB, region, 0, rare);
  if (!v) return null;
  const rest = region.slice(v.index, v.index + 160);
  const stop = STOP.exec(rest.slice(v[0].length));
  return clean(stop ? rest.slice(0, v[0].length + stop.index) : rest);
}

/**
 * Reads the roles from the clause, with the deadline phrase (and a comma after it) blanked out so
 * that "Trước ngày 15/10/2023, các đơn vị gửi ..." reads like "các đơn vị gửi ...". `others` are the
 * clause's other deadline phrases: the action of "A trước ngày X và B trước ngày Y" at Y is B.
 */
export function readRoles(text: string, clause: Span, phrase: Span, others: readonly Span[] = []): Roles {
  const raw = text.slice(clause.start, clause.end);
  const s0 = Math.max(0, phrase.start - clause.start);
  let e0 = Math.min(raw.length, phrase.end - clause.start);
  e0 += /^\s*,?/u.exec(raw.slice(e0))?.[0].length ?? 0;
  const c = raw.slice(0, s0) + ' '.repeat(Math.max(0, e0 - s0)) + raw.slice(e0);
  const body = c.replace(/^[\s\-+·•*]+/u, '');
  const rare = hasRareFold(c);
  const actor = clean(nextMatch(REQUEST_SCAN, c, 0, rare)?.groups?.actor ?? LEADING.exec(body)?.groups?.actor);
  const recipient = clean(nextMatch(RECIPIENT_SCAN, c, 0, rare)?.groups?.to);
  let from = 0;
  if (actor) {
    const at = c.indexOf(actor);
    if (at >= 0 && at + actor.length <= s0) from = at + actor.length;
  }
  for (const o of others) if (o.end <= phrase.start && o.end - clause.start > from) from = o.end - clause.start;
  let action = actionIn(c.slice(from, s0), rare);
  if (action === null) {
    const after = c.slice(e0, e0 + 200);
    // A purpose after the date ("để tổng hợp báo cáo ...") is not the duty.
    if (!/^\s*(?:để|nhằm)\s/iu.test(after)) action = actionIn(after, rare);
  }
  return { action, actor, recipient };
}
