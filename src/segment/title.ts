import type { Span } from '../doc/span.js';
import { isTypeHeading, typeHeadingPrefix } from './header.js';
import { isAllCaps, type Cell } from './lines.js';

export interface Title {
  /** The type heading: "KẾ HOẠCH", "QUYẾT ĐỊNH". */
  readonly type: Span & { readonly text: string };
  /** The trích yếu under it, possibly over several lines. */
  readonly subject: Span | null;
  readonly end: number;
}

// A school's or a commune's preamble is often bulleted: "- Căn cứ Luật Giáo dục …,".
const PREAMBLE_START = /^(?:[-+•*]\s*(?=Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Xét))?(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Thi\s+hành|Xét|Tiếp\s+theo|Trên\s+cơ\s+sở|Kính\s+gửi|KÍNH\s+GỬI|I\.|1\.|Điều\s+1|Phần\s+|PHẦN\s+|Chương\s+|CHƯƠNG\s+)/u;

const HARD_START = /^(?:[-+•*]\s*(?=Căn\s+cứ))?(?:Căn\s+cứ|Kính\s+gửi|KÍNH\s+GỬI|I\.|1\.|Điều\s+1)/u;
const CONTINUES = /^[\p{Ll}(]/u;
// All-caps lines under a title that are not its subject: the authority that issues a decision
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), a council's session ("KHÓA VIII - KỲ HỌP THỨ 3").
const AUTHORITY_LINE = /^(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|THỦ\s+TƯỚNG|[ỦU][YỶ]\s+BAN|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|BAN\s+BÍ\s+THƯ|BỘ\s+CHÍNH\s+TRỊ|HỘI\s+ĐỒNG|HIỆU\s+TRƯỞNG|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|VIỆN\s+TRƯỞNG|VỤ\s+TRƯỞNG|CHÁNH\s+|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|THƯỜNG\s+TRỰC|KHÓA\s|KHOÁ\s|KỲ\s+HỌP|CHÍNH\s+PHỦ$|QUỐC\s+HỘI$|(?:TỈNH|HUYỆN|THÀNH|QUẬN|THỊ|ĐẢNG)\s+[ỦU][YỶ](?!\p{L}))/u;
const OF_ISSUER = /^(?:CỦA|Của)\s+\p{Lu}/u;
// A line saying what a body does is a sentence of the preamble, not the end of a title.
const SELF_VERB = /\s(?:ban\s+hành|xây\s+dựng|đề\s+nghị|yêu\s+cầu|thông\s+báo|hướng\s+dẫn|triển\s+khai|như\s+sau)(?![\p{L}])/u;
// A line whose words run on into the next one.
const RUNS_ON = /(?:,|-|và|của|về|cho|tại|VÀ|CỦA|VỀ|CHO|TẠI|TRONG|VỚI|ĐỐI)\s*$/u;

/**
 * Finds the type heading among the first cells and the subject lines below it. `headerEnd`: where
 * the number and date lines end; below them a heading may share its line with the subject
 * ("QUYẾT ĐỊNH VỀ VIỆC …", a web page's one-line title).
 */
export function readTitle(all: readonly Cell[], from: number, headerEnd = from): Title | null {
  // A heading further down than the 60th cell counts as none (below): the search stops there.
  let idx = -1;
  for (let i = 0; i < all.length && i <= 60 && idx < 0; i++) if (all[i]!.start >= from && all[i]!.column === 0 && isTypeHeading(all[i]!.text)) idx = i;
  let type: Title['type'] | undefined = all[idx];
  let subjectFrom: Span | null = null;
  let at = idx;
  // A one-line title above the first heading line found (which may be the operative "QUYẾT ĐỊNH:").
  const p = findPrefixHeading(all, headerEnd);
  if (p && (!type || idx > 60 || p.at < idx)) ({ type, subjectFrom, at } = p);
  else if (!type || idx > 60) return null;
  let subject: Span | null = subjectFrom;
  let end = subjectFrom?.end ?? type.end;
  for (let i = at + 1; i < all.length && i <= at + 6; i++) {
    const c = all[i]!;
    // The line right under the heading is the subject even when it opens with "Triển khai …".
    const opensPreamble = subject ? PREAMBLE_START.test(c.text) : HARD_START.test(c.text);
    if (opensPreamble || /^[-_*=]{3,}$/u.test(c.text)) break;
    if (AUTHORITY_LINE.test(c.text) && isAllCaps(c.text)) break;
    // "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ / về …": the line naming the issuer is not the subject.
    if (!subject && OF_ISSUER.test(c.text)) continue;
    const prev = all[i - 1]!.text;
    if (subject) {
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under a decision's title is its authority, not its subject;
      // an all-caps title goes on over its all-caps lines.
      const capsTitle = isAllCaps(text(all, subject)) && isAllCaps(c.text);
      if (isAllCaps(c.text) && !capsTitle) break;
      // A title goes on over a line only when the line continues it ("… năm 2023 / của ngành …").
      // A short line that itself runs on is a title broken before a name: "… tiến tới Đại hội đại biểu /
      // Đoàn TNCS Hồ Chí Minh thành phố Đà Nẵng lần thứ VIII, / nhiệm kỳ 2012 - 2017".
      // Or a short last line of the title block, the preamble or a blank line right under it.
      const next = all[i + 1];
      const closesBlock = !next || next.line > c.line + 1 || PREAMBLE_START.test(next.text) || /^[-_*=]{3,}$/u.test(next.text);
      const brokenBeforeName = c.text.length <= 110 && !/[.:;]\s*$/u.test(prev) && !/[.:;!?]\s*$/u.test(c.text) && !SELF_VERB.test(c.text)
        && (RUNS_ON.test(c.text) || closesBlock);
      if (!capsTitle && !CONTINUES.test(c.text) && !RUNS_ON.test(prev) && !brokenBeforeName) break;
    }
    subject = subject ? { start: subject.start, end: c.end } : { start: c.start, end: c.end };
    end = c.end;
  }
  return { type, subject, end };
}

const text = (all: readonly Cell[], s: Span): string => all.filter((c) => c.start >= s.start && c.end <= s.end).map((c) => c.text).join(' ');

/** "QUYẾT ĐỊNH VỀ VIỆC …" on one line, under the header: the heading and the start of the subject. */
function findPrefixHeading(all: readonly Cell[], headerEnd: number): { type: Title['type']; subjectFrom: Span | null; at: number } | null {
  for (let i = 0; i < all.length && i <= 60; i++) {
    const c = all[i]!;
    if (c.start < headerEnd || c.column !== 0) continue;
    if (PREAMBLE_START.test(c.text)) return null;
    const n = typeHeadingPrefix(c.text);
    if (!n || !isAllCaps(c.text)) continue;
    const rest = c.text.slice(n).trimStart();
    const restAt = c.start + c.text.length - rest.length;
    // "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG / V/v …" (2000s): the rest names the issuer, the subject is below.
    const subjectFrom = OF_ISSUER.test(rest) ? null : { start: restAt, end: c.end };
    return { type: { start: c.start, end: c.start + n, text: c.text.slice(0, n) }, subjectFrom, at: i };
  }
  return null;
}
