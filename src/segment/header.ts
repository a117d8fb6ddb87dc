import { BLANK_SYMBOL, SYMBOL } from '../grammar/vi/symbol.js';
import { DAY, MONTH, YEAR } from '../grammar/vi/dates.js';
import type { Span } from '../doc/span.js';
import { isAllCaps, type Cell } from './lines.js';

export interface NumberLine {
  readonly span: Span;
  /** The full symbol with its number ("3560/KH-SGDĐT"), or null when the number is blank. */
  readonly symbol: Span | null;
  /** The ký hiệu part ("KH-SGDĐT"), present in drafts too. */
  readonly code: Span | null;
}

export interface PlaceDate {
  readonly span: Span;
  readonly place: Span | null;
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number;
}

export interface Header {
  /** Left-column all-caps lines above the number line: governing body, then issuing body. */
  readonly bodies: readonly Cell[];
  readonly motto: Span | null;
  readonly numberLine: NumberLine | null;
  readonly placeDate: PlaceDate | null;
  readonly vv: Span | null;
  /** Offset where the header ends (after its last recognised cell). */
  readonly end: number;
}

const MOTTO = /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu;
const NUMBER_LINE = new RegExp(String.raw`^Số\s*[:.]?\s*(?:(?<full>${SYMBOL})|${BLANK_SYMBOL})`, 'diu');
const PLACE_DATE = new RegExp(
  String.raw`^(?:(?<place>[\p{L}][\p{L}\s.'-]{1,40}?)\s*,\s*)?ngày\s*(?<d>${DAY})?[\s.…_]*tháng\s*(?<m>${MONTH})?[\s.…_]*năm\s*(?<y>${YEAR})`,
  'diu',
);
const VV = /^(?:V\/v|V\/V|v\/v|Về\s+việc)\s*[:.]?\s*/u;
const HEADER_SCAN = 14;
const NOT_A_BODY = /^(?:[*\-–_=\s]+|DỰ\s+THẢO|MẬT|TỐI\s+MẬT|KHẨN|HỎA\s+TỐC|THƯỢNG\s+KHẨN|(?:KT|TL|TM|T\/M|Q|TUQ)\s*\.\s*.*)$/u;
// The header is over once the preamble, a section or the letter's salutation starts.
const PREAMBLE_OR_SECTION = /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Kính\s+gửi|[IVX]{1,4}\s*\.\s|\d{1,2}\s*[.)]\s|Điều\s+1)/u;

/** Reads the header block from the first cells; works when parts of it are missing. */
export function readHeader(all: readonly Cell[]): Header {
  const first = all.filter((c) => c.line < (all[0]?.line ?? 0) + 40).slice(0, HEADER_SCAN * 2);
  const bodies: Cell[] = [];
  let motto: Span | null = null;
  let numberLine: NumberLine | null = null;
  let placeDate: PlaceDate | null = null;
  let vv: Span | null = null;
  let end = 0;
  const firstLine = first[0]?.line ?? 0;
  for (const c of first) {
    if (MOTTO.test(c.text)) {
      motto = motto ? { start: motto.start, end: c.end } : { start: c.start, end: c.end };
      end = Math.max(end, c.end);
      continue;
    }
    const n: RegExpExecArray | null = numberLine ? null : NUMBER_LINE.exec(c.text);
    if (n?.indices) {
      const g: Record<string, [number, number] | undefined> = n.indices.groups ?? {};
      const full: [number, number] | undefined = g.full;
      const code: [number, number] | undefined = g.blank;
      numberLine = {
        span: { start: c.start, end: c.start + n[0].length },
        symbol: full ? { start: c.start + full[0], end: c.start + full[1] } : null,
        code: code ? { start: c.start + code[0], end: c.start + code[1] } : full ? codeOf(c, full) : null,
      };
      end = Math.max(end, c.end);
      continue;
    }
    const p: RegExpExecArray | null = placeDate ? null : PLACE_DATE.exec(c.text);
    if (p?.groups?.y) {
      const place: [number, number] | undefined = p.indices?.groups?.place;
      placeDate = {
        span: { start: c.start, end: c.start + p[0].length },
        place: place ? { start: c.start + place[0], end: c.start + place[1] } : null,
        day: p.groups.d ? Number(p.groups.d) : null,
        month: p.groups.m ? Number(p.groups.m) : null,
        year: Number(p.groups.y),
      };
      end = Math.max(end, c.end);
      continue;
    }
    const v: RegExpExecArray | null = vv ? null : VV.exec(c.text);
    if (v) {
      vv = { start: c.start + v[0].length, end: c.end };
      end = Math.max(end, c.end);
      continue;
    }
    // Issuing bodies: all-caps left-column lines before the number line, not a type heading.
    if (c.line > firstLine + 12 || PREAMBLE_OR_SECTION.test(c.text)) break;
    if (!numberLine && c.column === 0 && isAllCaps(c.text) && !NOT_A_BODY.test(c.text) && c.text.length <= 90) {
      if (bodies.length < 3 && !isTypeHeading(c.text)) {
        bodies.push(c);
        end = Math.max(end, c.end);
        continue;
      }
    }
  }
  return { bodies, motto, numberLine, placeDate, vv, end };
}

/** The code part of "3560/KH-SGDĐT": after the number and the optional year. */
function codeOf(c: Cell, full: [number, number]): Span | null {
  const s = c.text.slice(full[0], full[1]);
  const m = /^\d+(?:\/(?:19|20)\d\d)?[/-]/u.exec(s);
  return m ? { start: c.start + full[0] + m[0].length, end: c.start + full[1] } : null;
}

const TYPE_HEADINGS = /^(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|THÔNG\s+TƯ(?:\s+LIÊN\s+TỊCH)?|NGHỊ\s+ĐỊNH|NGHỊ\s+QUYẾT|THÔNG\s+BÁO|HƯỚNG\s+DẪN|BÁO\s+CÁO|TỜ\s+TRÌNH|CÔNG\s+VĂN|ĐỀ\s+ÁN|CHƯƠNG\s+TRÌNH|QUY\s+CHẾ|QUY\s+ĐỊNH|CÔNG\s+ĐIỆN|GIẤY\s+MỜI|PHƯƠNG\s+ÁN|KẾT\s+LUẬN|LUẬT|PHÁP\s+LỆNH|BIÊN\s+BẢN|ĐIỀU\s+LỆ|CHƯƠNG\s+TRÌNH\s+HÀNH\s+ĐỘNG)\s*:?\s*$/u;
export const isTypeHeading = (s: string): boolean => TYPE_HEADINGS.test(s.trim());
