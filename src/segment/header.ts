import { BLANK_SYMBOL, SYMBOL } from '../grammar/vi/symbol.js';
import { DAY, MONTH, YEAR } from '../grammar/vi/dates.js';
import type { Span } from '../doc/span.js';
import { isAllCaps, type Cell } from './lines.js';
import { TYPE_WORDS } from '../data/vi/index.js';
import { alternation } from '../grammar/vi/re.js';

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

// The motto, whole or as the pieces a web page wraps it into ("CỘNG HOÀ XÃ HỘI / CHỦ NGHĨA VIỆT NAM").
export const MOTTO = /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|^CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc|^Độc\s+lập\s*-?$|^Tự\s+do\s*-\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu;
/**
 * A necessary condition of MOTTO.test(s) (in any case, as MOTTO): its unanchored alternatives all
 * hold "cộn" (CỘNG) or "độc" (Độc lập), its anchored ones start with "ch" or "tự". MOTTO is tried
 * on the first 80 cells (most of the text); "ộ" alone is in every other word ("một", "động").
 */
export const mayBeMotto = (s: string): boolean => {
  const c = s.charCodeAt(0);
  const d = s.charCodeAt(1);
  if (((c === 0x43 || c === 0x63) && (d === 0x48 || d === 0x68)) || ((c === 0x54 || c === 0x74) && (d === 0x1ef1 || d === 0x1ef0))) return true;
  return hasMottoSyllable(s, 'ộ') || hasMottoSyllable(s, 'Ộ');
};
function hasMottoSyllable(s: string, o: string): boolean {
  for (let i = s.indexOf(o, 1); i >= 0; i = s.indexOf(o, i + 1)) {
    const before = s.charCodeAt(i - 1) | 0x20; // ASCII lower case; đ/Đ differ in their last bit
    const after = s.charCodeAt(i + 1) | 0x20;
    if ((before === 0x63 && after === 0x6e) || ((before | 1) === 0x131 && after === 0x63)) return true;
  }
  return false;
}
const isMotto = (s: string): boolean => mayBeMotto(s) && MOTTO.test(s);
// "Số: 12/KH-UBND", "Số 45-KH/TU", and with the type before it, alone on its line: "Nghị quyết
// số: 653/2019/UBTVQH14" (a sentence "Quyết định số 9745/QĐ-BCA ngày … ban hành …" is no number line).
export const NUMBER_LINE = new RegExp(String.raw`^Số\s*(?:hiệu)?\s*[:.]?\s*(?:(?<full>${SYMBOL})|${BLANK_SYMBOL})`, 'diu');
export const TYPED_NUMBER_LINE = new RegExp(String.raw`^(?:${alternation(TYPE_WORDS)})\s+số\s*[:.]?\s*(?:(?<full>${SYMBOL})|${BLANK_SYMBOL})\s*$`, 'diu');
// "Số:" alone, its symbol on the next line (a page that put each in a cell of its own).
const NUMBER_ALONE = /^Số\s*[:.]?$/u;
const SYMBOL_ALONE = new RegExp(String.raw`^(?:(?<full>${SYMBOL})|${BLANK_SYMBOL})`, 'du');
// "ngày" with its tone misread by OCR ("Quảng Trị, ngảy 08 tháng 6 năm 2015"): the rest of the line is the proof.
const PLACE_DATE = new RegExp(
  String.raw`^(?:(?<place>[\p{L}][\p{L}\p{N}\s.'-]{1,40}?)\s*,\s*|[.…_]{2,}\s*,?\s*)?ng[àảáạãaă]y\s*(?:(?<d>${DAY})?[\s.…_]*tháng\s*(?<m>${MONTH})?[\s.…_]*năm\s*(?<y>${YEAR})|(?<d2>${DAY})\s*(?<sep>[/.-])\s*(?<m2>${MONTH})\s*\k<sep>\s*(?<y2>${YEAR}))`,
  'diu',
);
const VV = /^(?:V\/v|V\/V|v\/v|Về\s+việc)\s*[:.]?\s*/u;
// Necessary conditions of the patterns above, with their flags (so their case folding): the big
// patterns compile to hundreds of kilobytes of machine code and most cells fail these at once.
const MAY_BE_NUMBER_LINE = /^Số/iu;
const MAY_BE_TYPED_NUMBER_LINE = /\ssố/iu;
const MAY_BE_PLACE_DATE = /ng[àảáạãaă]y/iu;
const HEADER_SCAN = 14;
const NOT_A_BODY = /^(?:[*\-–_=\s]+|DỰ\s+THẢO|MẬT|TỐI\s+MẬT|KHẨN|HỎA\s+TỐC|THƯỢNG\s+KHẨN|(?:KT|TL|TM|T\/M|Q|TUQ)\s*\.\s*.*)$/u;
// The header is over once the preamble, a section or the letter's salutation starts.
const PREAMBLE_OR_SECTION = /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Kính\s+gửi|[IVX]{1,4}\s*\.\s|\d{1,2}\s*[.)]\s|Điều\s+1)/u;

/** Reads the header block from the first cells; works when parts of it are missing. */
/** The cell under cell i, in its column, on the next line ("Số 45-KH/TU<TAB>2022" under the date). */
function cellBelow(cells: readonly Cell[], i: number): number {
  const c = cells[i]!;
  for (let j = i + 1; j < cells.length && cells[j]!.line <= c.line + 1; j++) {
    const n = cells[j]!;
    if (n.line === c.line + 1 && (n.column === c.column || cells.filter((x) => x.line === n.line).length === 1)) return j;
  }
  return -1;
}

export const OPEN_YEAR = /ngày[\s\d.…_]*tháng[\s\d.…_]*năm\s*$/u;
const YEAR_ALONE = /^\s*((?:19|20)\d\d)(?!\d)/u;

/**
 * A document pasted without its header may keep the place and date over its signature ("Tân Lập,
 * ngày 10 tháng 01 năm 2019" / "TM. ỦY BAN NHÂN DÂN"): the place-date line among the two lines
 * just above `at` (where the signature block starts). A place is required: a bare "ngày …" there
 * is the body's.
 */
export function placeDateAbove(all: readonly Cell[], at: number): PlaceDate | null {
  let k = all.length - 1;
  while (k >= 0 && all[k]!.start >= at) k--;
  for (let seen = 0; k >= 0 && seen < 2; k--, seen++) {
    const c = all[k]!;
    const p = MAY_BE_PLACE_DATE.test(c.text) ? PLACE_DATE.exec(c.text) : null;
    const y = p?.groups?.y ?? p?.groups?.y2;
    const place = p?.indices?.groups?.place;
    if (!p?.groups || !y || !place) continue;
    const d = p.groups.d ?? p.groups.d2;
    const m = p.groups.m ?? p.groups.m2;
    return {
      span: { start: c.start, end: c.start + p[0].length },
      place: { start: c.start + place[0], end: c.start + place[1] },
      day: d ? Number(d) : null,
      month: m ? Number(m) : null,
      year: Number(y),
    };
  }
  return null;
}

export function readHeader(all: readonly Cell[]): Header {
  const from = headerStart(all);
  const top = all[from]?.line ?? 0;
  // The first cells of the 40 lines from the header's start (cells come in line order).
  const first: Cell[] = [];
  for (let k = from; k < all.length && first.length < HEADER_SCAN * 2 && all[k]!.line < top + 40; k++) first.push(all[k]!);
  const bodies: Cell[] = [];
  let motto: Span | null = null;
  let numberLine: NumberLine | null = null;
  let placeDate: PlaceDate | null = null;
  let vv: Span | null = null;
  let end = 0;
  const firstLine = first[0]?.line ?? 0;
  let yearBelow = -1; // the cell holding a date's wrapped year
  for (let i = 0; i < first.length; i++) {
    const c = first[i]!;
    // The symbol of a "Số:" read with the line above; a year wrapped below its date.
    if (numberLine && c.start > numberLine.span.start && c.start < numberLine.span.end) continue;
    if (yearBelow === i) continue;
    if (isMotto(c.text) && !PREAMBLE_OR_SECTION.test(c.text)) {
      motto = motto ? { start: motto.start, end: c.end } : { start: c.start, end: c.end };
      end = Math.max(end, c.end);
      continue;
    }
    const alone: NumberLine | null = numberLine ? null : numberOnNextLine(first, i);
    if (alone) {
      numberLine = alone;
      end = Math.max(end, alone.span.end);
      continue;
    }
    // Both number-line patterns hold a "/" (in the symbol, or before a blank number's code).
    const n: RegExpExecArray | null = numberLine || !c.text.includes('/')
      ? null
      : (MAY_BE_NUMBER_LINE.test(c.text) ? NUMBER_LINE.exec(c.text) : null) ?? (MAY_BE_TYPED_NUMBER_LINE.test(c.text) ? TYPED_NUMBER_LINE.exec(c.text) : null);
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
    // A narrow date cell wraps its year onto the next line: "Quảng Nam, ngày 12 tháng 3 năm" / "2024".
    // (OPEN_YEAR is end-anchored, so tried from every position: only on a cell ending in "năm".)
    const below: number = placeDate || !c.text.trimEnd().endsWith('năm') || !OPEN_YEAR.test(c.text) ? -1 : cellBelow(first, i);
    const wrapped: RegExpExecArray | null = below < 0 ? null : YEAR_ALONE.exec(first[below]!.text);
    const p: RegExpExecArray | null = placeDate || !MAY_BE_PLACE_DATE.test(c.text) ? null : PLACE_DATE.exec(wrapped ? `${c.text} ${wrapped[1]}` : c.text);
    const y: string | undefined = p?.groups?.y ?? p?.groups?.y2;
    if (p?.groups && y) {
      const place: [number, number] | undefined = p.indices?.groups?.place;
      const d: string | undefined = p.groups.d ?? p.groups.d2;
      const m: string | undefined = p.groups.m ?? p.groups.m2;
      const yearCell: Cell | null = wrapped ? first[below]! : null;
      if (yearCell) yearBelow = below;
      placeDate = {
        span: { start: c.start, end: yearCell ? yearCell.start + wrapped![0].length : c.start + p[0].length },
        place: place ? { start: c.start + place[0], end: c.start + place[1] } : null,
        day: d ? Number(d) : null,
        month: m ? Number(m) : null,
        year: Number(y),
      };
      end = Math.max(end, yearCell?.end ?? c.end);
      continue;
    }
    // The type heading under the number and date ends the header: a "V/v" under "QUYẾT ĐỊNH CỦA UỶ
    // BAN NHÂN DÂN THÀNH PHỐ …" (a 2000s title) is the title's subject, not a letter's.
    if ((numberLine || placeDate) && c.column === 0 && isAllCaps(c.text) && (isTypeHeading(c.text) || typeHeadingPrefix(c.text) > 0)) break;
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

/** Cells a header is made of: bodies, rules, the number, the date, the V/v, the motto. */
const inHeader = (c: Cell): boolean =>
  (isAllCaps(c.text) && c.text.length <= 90) || /^[*\-–_=\s.]+$/u.test(c.text) || NUMBER_ALONE.test(c.text) || (MAY_BE_NUMBER_LINE.test(c.text) && c.text.includes('/') && NUMBER_LINE.test(c.text)) || (MAY_BE_PLACE_DATE.test(c.text) && PLACE_DATE.test(c.text)) || VV.test(c.text) || isMotto(c.text);

/**
 * Where the header starts. A web page puts its own title and summary above the document
 * ("Quyết định 119/QĐ-UBND năm 2009 bổ sung …", "Nội dung toàn văn …"): the header is the run of
 * header cells that holds the motto.
 */
function headerStart(all: readonly Cell[]): number {
  let motto = -1;
  for (let i = 0; i < all.length && i < 80 && motto < 0; i++) if (isMotto(all[i]!.text) && !PREAMBLE_OR_SECTION.test(all[i]!.text)) motto = i;
  if (motto <= 0) return 0;
  let k = motto;
  while (k > 0 && inHeader(all[k - 1]!) && all[k]!.line - all[k - 1]!.line <= 3) k--;
  // Nothing but header cells above the motto: the document starts at its first line.
  return k <= 0 || all.slice(0, k).every(inHeader) ? 0 : k;
}

/** "Số:" on a line of its own and the symbol on one of the next two lines. */
function numberOnNextLine(cells: readonly Cell[], i: number): NumberLine | null {
  const c = cells[i]!;
  if (!NUMBER_ALONE.test(c.text)) return null;
  for (const next of cells.slice(i + 1, i + 3)) {
    if (next.line > c.line + 3) break;
    const n = SYMBOL_ALONE.exec(next.text);
    const g = n?.indices?.groups;
    if (!n || !g) continue;
    const full = g.full;
    const code = g.blank;
    return {
      span: { start: c.start, end: next.start + n[0].length },
      symbol: full ? { start: next.start + full[0], end: next.start + full[1] } : null,
      code: code ? { start: next.start + code[0], end: next.start + code[1] } : full ? codeOf(next, full) : null,
    };
  }
  return null;
}

/** The code part of "3560/KH-SGDĐT": after the number and the optional year. */
function codeOf(c: Cell, full: [number, number]): Span | null {
  const s = c.text.slice(full[0], full[1]);
  const m = /^\d+(?:\/(?:19|20)\d\d)?[/-]/u.exec(s);
  return m ? { start: c.start + full[0] + m[0].length, end: c.start + full[1] } : null;
}

const HEADING_WORDS = String.raw`KẾ\s+HOẠCH(?:\s+LIÊN\s+TỊCH|\s+PHỐI\s+HỢP)?|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|THÔNG\s+TƯ(?:\s+LIÊN\s+TỊCH)?|THÔNG\s+TRI|NGHỊ\s+ĐỊNH|NGHỊ\s+QUYẾT(?:\s+LIÊN\s+TỊCH)?|THÔNG\s+BÁO|HƯỚNG\s+DẪN|BÁO\s+CÁO|TỜ\s+TRÌNH|CÔNG\s+VĂN|ĐỀ\s+ÁN|CHƯƠNG\s+TRÌNH(?:\s+HÀNH\s+ĐỘNG|\s+CÔNG\s+TÁC|\s+PHỐI\s+HỢP|\s+LIÊN\s+TỊCH)?|QUY\s+CHẾ|QUY\s+ĐỊNH|CÔNG\s+ĐIỆN|GIẤY\s+MỜI|PHƯƠNG\s+ÁN|KẾT\s+LUẬN|LUẬT|PHÁP\s+LỆNH|BIÊN\s+BẢN|ĐIỀU\s+LỆ|DỰ\s+ÁN|LỆNH|NGHỊ\s+QUYẾT`;
const TYPE_HEADINGS = new RegExp(String.raw`^(?:${HEADING_WORDS})\s*:?\s*$`, 'u');
// "K Ế  H O Ạ C H": a heading spaced out letter by letter.
const SPACED_OUT = /^(?:\p{Lu}\s+){3,}\p{Lu}$/u;
export const isTypeHeading = (s: string): boolean => {
  const t = s.trim();
  return TYPE_HEADINGS.test(t) || (SPACED_OUT.test(t) && TYPE_HEADINGS.test(respace(t)));
};
const NO_SPACE = new Map(
  ['KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'THÔNG TƯ', 'NGHỊ ĐỊNH', 'NGHỊ QUYẾT', 'THÔNG BÁO', 'HƯỚNG DẪN', 'BÁO CÁO', 'TỜ TRÌNH', 'CÔNG VĂN', 'ĐỀ ÁN', 'CHƯƠNG TRÌNH', 'QUY CHẾ', 'QUY ĐỊNH', 'CÔNG ĐIỆN', 'GIẤY MỜI', 'PHƯƠNG ÁN', 'KẾT LUẬN', 'BIÊN BẢN'].map((w) => [w.replace(/ /gu, ''), w]),
);
const respace = (t: string): string => NO_SPACE.get(t.replace(/\s+/gu, '')) ?? t;

// A heading that shares its line with the subject: "QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP …".
const HEADING_PREFIX = new RegExp(String.raw`^(?:${HEADING_WORDS})(?=\s+\p{Lu})`, 'u');
/** The length of the type heading that opens `s` ("QUYẾT ĐỊNH VỀ VIỆC …" → 10), or 0. */
export const typeHeadingPrefix = (s: string): number => HEADING_PREFIX.exec(s)?.[0].length ?? 0;
