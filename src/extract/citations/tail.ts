import { CITED_DATE, citedDateFromGroups } from '../../grammar/vi/dates.js';
import type { Span } from '../../doc/span.js';
import { MAIN_CLAUSE } from '../../grammar/vi/main-clause.js';

/** What follows a symbol: ", ngày 04/01/2021 của Ban Thường vụ Huyện ủy về tăng cường ...". */
export interface Tail {
  readonly date: string | null;
  readonly dateSpan: Span | null;
  readonly issuer: string | null;
  readonly issuerSpan: Span | null;
  readonly subject: string | null;
  /** Offset where the tail ends (after the last part read). */
  readonly end: number;
}

const WINDOW = 400;
const DATE = new RegExp(String.raw`^[\s,]{0,3}(?:(?:ký|ban\s+hành)\s+)?${CITED_DATE}`, 'u');
// Words that end an issuer phrase: the subject, or a verb of the citing sentence or of the cited
// document's own title, which often follows with no "về": "của UBND tỉnh công bố hiện trạng rừng".
// Capitalised, as title-cased subjects have them: "của Chính phủ Quy định về quản lý …".
const ISSUER_STOP = String.raw`về|Về|V/v|v/v|V/V|thi\s+hành|quy\s+định|Quy\s+định|ban\s+hành|Ban\s+hành|hướng\s+dẫn|Hướng\s+dẫn|triển\s+khai|thực\s+hiện|tổ\s+chức|phê\s+duyệt|Phê\s+duyệt|công\s+bố|Công\s+bố|thành\s+lập|kiện\s+toàn|bãi\s+bỏ|phê\s+chuẩn|chấp\s+thuận|sửa\s+đổi|bổ\s+sung|kèm\s+theo|cũng\s+như|cùng\s+với|đã|được|nhằm|để|tại|trong|theo|thông\s+qua|ngày|và\s+(?:các\s+)?văn\s+bản|đến|cho|giao|gửi|với|là|năm\s+\d`;
// A comma inside an official name: "Bộ Lao động, Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch".
const NAME_COMMA = String.raw`,\s(?=Thương\s+binh|Thể\s+thao)`;
const ISSUER_CHAR = String.raw`(?:TP\.\s?|Tp\.\s?|${NAME_COMMA}|[^,;:()"“”\n.!?])`;
// The closing mark "./." ends an issuer as a full stop does: "… của Ủy ban nhân dân tỉnh./.".
// "giữa Bộ Tài chính và Bộ Nông nghiệp …" names the parties to a joint circular. "và" before a
// lower-case word ends the issuer: "của Thủ tướng Chính phủ và hướng dẫn của Bộ …".
export const ISSUER = new RegExp(
  String.raw`^[\s,]{0,3}(?:của|do|giữa)\s+(?<issuer>${ISSUER_CHAR}${ISSUER_CHAR}{0,110}?)(?=\s*(?:$|,(?!\s(?:Thương\s+binh|Thể\s+thao))|[;:()"“”\n!?]|\.(?:\s|$|\/\.)|\s(?:${ISSUER_STOP})(?![\p{L}\p{N}])|\svà\s+\p{Ll}))`,
  'u',
);
// ISSUER and SUBJECT end with their group (only a lookahead follows it), so the group's offsets are
// the match's last ones; no 'd' flag, whose indices made every match 2-3x dearer.
export const lastGroup = (m: RegExpExecArray, group: string | undefined): [number, number] | undefined =>
  group === undefined ? undefined : [m.index + m[0].length - group.length, m.index + m[0].length];
// Boards named for a field: "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Ban Chỉ đạo Trung ương
// về phòng, chống tham nhũng", "Ủy ban Quốc gia về người cao tuổi". Their field follows "về" (not
// "về việc") and runs to a comma, a stop or the date; "phòng, chống" keeps its comma.
const BOARD = /(?:Ban\s+Chỉ\s+đạo|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng)(?:\s+(?:quốc\s+gia|Quốc\s+gia|Trung\s+ương|tỉnh|thành\s+phố|huyện|[\p{Lu}][\p{L}]*)){0,3}$/u;
// Words that end a body's name inside a citation: the subject, the date or the citing verb.
const NAME_STOP = String.raw`về|ngày|quy\s+định|hướng\s+dẫn|ban\s+hành|đã`;
const BOARD_FIELD = new RegExp(String.raw`^\s+về\s+(?!việc(?![\p{L}]))(?:phòng,?\s+chống\s+)?[\p{L}\d-]+(?:\s+(?!(?:${NAME_STOP}|và|hoặc)(?![\p{L}]))[\p{L}\d-]+){0,5}(?=\s*(?:$|[,;:()\n]|\.(?:\s|$)|\s(?:${NAME_STOP}|và|hoặc)(?![\p{L}])))`, 'u');
const PARTY_AFTER_COMMA = new RegExp(String.raw`^,\s(?:Bộ|Chính\s+phủ|Ủy\s+ban|Uỷ\s+ban|Đoàn\s+Chủ\s+tịch|Ban|Hội|Tổng|Văn\s+phòng|Tòa\s+án|Toà\s+án|Viện|Kiểm\s+toán|Mặt\s+trận|Trung\s+ương|Ngân\s+hàng|Thanh\s+tra)(?:\s+(?!(?:${NAME_STOP})(?![\p{L}]))[^\s,;:()"“”\n.!?]+){0,12}?(?=\s*(?:$|[,;:()"“”\n!?]|\.(?:\s|$|\/\.)|\s(?:${NAME_STOP})(?![\p{L}])))`, 'u');
// The subject ends where the citing sentence's own clause starts: "… về việc báo cáo số liệu, Phòng
// Giáo dục và Đào tạo đề nghị …" (see grammar/vi/main-clause.ts).
export const SUBJECT = new RegExp(
  String.raw`^[\s,]{0,3}(?:["“]\s*)?(?<kw>về\s+việc|Về\s+việc|về|Về|V\/v|v\/v|V\/V)\s+(?<subject>[^;\n]{2,240}?)(?=["”]|;|\n|$|\.\s|\.$|,\s(?:ngày|của)\s|\s*\((?:sau\s+đây|dưới\s+đây|gọi\s+tắt)\s|${MAIN_CLAUSE})`,
  'u',
);

/**
 * What SUBJECT needs at its start: blanks, commas and quotes, then the "v" of "về"/"V/v". Sticky on
 * the whole text: a tail without it (most) is neither copied nor scanned.
 */
export const SUBJECT_START = /[\s,"“]*[vV]/uy;
/** Whether `rest` has "Ngày" where DATE's "Ngày" fix can find it: after at most 3 units. */
export const hasNgayAtStart = (rest: string): boolean =>
  rest.startsWith('Ngày') || rest.startsWith('Ngày', 1) || rest.startsWith('Ngày', 2) || rest.startsWith('Ngày', 3);
/** Words BOARD cannot match without: "Ban Chỉ đạo", "Ủy ban", "Uỷ ban", "Hội đồng". */
export const mayNameBoard = (s: string): boolean => s.includes('Ban') || s.includes('ban') || s.includes('Hội');

/** Reads date, issuer and subject after a symbol. `limit` stops the tail at the next citation. */
export function readTail(text: string, symbolEnd: number, limit: number, joint = false): Tail {
  const stop = Math.min(limit, symbolEnd + WINDOW, lineEnd(text, symbolEnd));
  let at = symbolEnd;
  let date: string | null = null;
  let dateSpan: Span | null = null;
  let issuer: string | null = null;
  let issuerSpan: Span | null = null;
  let subject: string | null = null;

  // Date and issuer come in either order ("ngày … của …" or "của … ngày …").
  for (let round = 0; round < 2; round++) {
    const rest = text.slice(at, stop);
    // "Ngày 22 tháng 7 năm 2021" opens a line in converted text: read it as "ngày" (same length).
    // (Only a rest holding "Ngày" in its first 7 units is copied.)
    const d: RegExpExecArray | null = date === null ? DATE.exec(hasNgayAtStart(rest) ? rest.replace(/^([\s,]{0,3})Ngày/u, '$1ngày') : rest) : null;
    if (d) {
      date = citedDateFromGroups(d, 1);
      dateSpan = { start: at + d.index, end: at + d[0].length };
      at += d[0].length;
      continue;
    }
    const i: RegExpExecArray | null = issuer === null ? ISSUER.exec(rest) : null;
    const g: [number, number] | undefined = i ? lastGroup(i, i.groups?.issuer) : undefined;
    if (i && g) {
      // "của Ban Bí thư và " right before the next citation's type word: the "và" joins the citations.
      issuer = rest.slice(g[0], g[1]).trim();
      // The end-anchored patterns below are tried from every position: only when the words they need are there.
      if (issuer.endsWith('và') || issuer.endsWith('hoặc')) issuer = issuer.replace(/\s+(?:và|hoặc)$/u, '');
      // "Ban Chỉ đạo quốc gia về phòng, chống thiên tai": a board's name goes on over "về".
      const field: RegExpExecArray | null = mayNameBoard(issuer) && BOARD.test(issuer) ? BOARD_FIELD.exec(rest.slice(g[1])) : null;
      let end = g[1] + (field ? field[0].length : 0);
      if (field) issuer = `${issuer}${field[0]}`;
      // A joint document's parties listed with commas: "của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn
      // Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".
      for (let k = 0; joint && k < 4; k++) {
        const more: RegExpExecArray | null = PARTY_AFTER_COMMA.exec(rest.slice(end));
        if (!more) break;
        issuer = `${issuer}${more[0]}`;
        end += more[0].length;
      }
      issuerSpan = { start: at + g[0], end: at + end };
      at += end;
      continue;
    }
    break;
  }
  SUBJECT_START.lastIndex = at;
  const s = SUBJECT_START.test(text) ? SUBJECT.exec(text.slice(at, stop)) : null;
  const sg = s ? lastGroup(s, s.groups?.subject) : undefined;
  if (s && sg) {
    subject = text.slice(at + sg[0], at + sg[1]).trim();
    if (subject.endsWith('và')) subject = subject.replace(/\s+và$/u, '');
    if (subject.startsWith('"') || subject.startsWith('“')) subject = subject.replace(/^["“]\s*/u, '');
    at += sg[1];
  }
  return { date, dateSpan, issuer: issuer || null, issuerSpan, subject, end: at };
}

// A symbol ending its line in converted text, its date or issuer opening the next: "…số: 59/QĐ-UBND
// ⏎ Ngày 22 tháng 7 năm 2021 của …". The tail then reads on to the end of that next line.
const NEXT_LINE_TAIL = /^[\s,]*\n[ \t]*(?:[Nn]gày\s*\d|của\s|do\s)/u;

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  if (nl === -1) return text.length;
  if (!NEXT_LINE_TAIL.test(text.slice(from, nl + 40))) return nl;
  const next = text.indexOf('\n', nl + 1);
  return next === -1 ? text.length : next;
}
