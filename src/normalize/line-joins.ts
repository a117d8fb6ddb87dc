import { endsWithAny } from '../grammar/vi/boundaries.js';
import { fromEdits, type Edit, type StepResult } from './edits.js';

/** A wrapped paragraph line is at least this long; a shorter line before a capital is a line of its own. */
export const MIN_WRAPPED_LINE = 50;
/** PDF extraction may put blank lines between every line; more than this many is a real gap. */
export const MAX_BLANKS_IN_JOIN = 2;

/** Ends in ".", ":", ";", "!" or "?" (as /[.:;!?]$/u, without a scan of the whole line). */
const endsSentence = (s: string): boolean => {
  const c = s.charCodeAt(s.length - 1);
  return c === 0x2e || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f;
};
// List numbers have one to three digits: "2005." opening a line ends a wrapped date, it is no item.
const LIST_ITEM = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][).]|[IVXLC]+\.|[-+•·*–])(?:\s|$)/u;
const CONTINUES = /^(?:\p{Ll}|(?:19|20)\d\d(?=[.,;:)\s]|$)|\d+(?:[.,]\d+)*(?![\d.)])|[("'“‘«])/u;
const STARTS_UPPER = /^\p{Lu}/u;

// Whether a BMP unit is a lower-case letter (\p{Ll}), learned once per unit: 0 not yet known, 1 yes, 2 no.
const LOWER_UNIT = new Uint8Array(0x10000);
const LOWER = /^\p{Ll}$/u;

/**
 * /\p{Ll}/u.test(s) by a loop that stops at the first lower-case letter, a few units in on most
 * lines: irregexp tests \p{Ll} (a u-flag property) slowly.
 */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LOWER.test(s.slice(i, i + 2))) return true;
        i++;
      }
      continue;
    }
    let known = LOWER_UNIT[c]!;
    if (known === 0) known = LOWER_UNIT[c] = LOWER.test(String.fromCharCode(c)) ? 1 : 2;
    if (known === 1) return true;
  }
  return false;
}
const TWO_UPPER = /\p{Lu}.*?\p{Lu}/u;
// Lines of the header and the closing that stand alone even when long and unpunctuated.
const OWN_LINE = /^(?:Số\s*:|Kính\s+gửi|Nơi\s+nhận|V\/v\s|Độc\s+lập\s*-|Cộng\s+hòa\s+xã\s+hội|Đảng\s+Cộng\s+sản\s+Việt)/iu;
// A line ending on the motto's parts ends there: joined to the number or place line under it, the
// header would be cut apart again by a second pass (run-on-header cuts lines that hold the motto).
// Its last words, tested first: an end-anchored pattern is tried from every position of the line.
const MOTTO_LAST_WORDS = ['do', 'Do', 'DO', 'phúc', 'Phúc', 'PHÚC', 'Nam', 'NAM'];
const MOTTO_LAST_UNITS = new Set(MOTTO_LAST_WORDS.map((w) => w.charCodeAt(w.length - 1)));
/**
 * endsWithAny(s, MOTTO_LAST_WORDS), skipped when the last unit is neither the last letter of one
 * of the words nor a blank (which trimming would take off): most lines end otherwise.
 */
export function endsOnMottoWord(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  if (!MOTTO_LAST_UNITS.has(c) && c > 0x20 && c < 0x80) return false;
  return endsWithAny(s, MOTTO_LAST_WORDS);
}
const ENDS_ON_MOTTO = /(?:Độc\s+lập\s*-\s*Tự\s+do(?:\s*-\s*Hạnh\s+phúc)?|Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)\s*$/iu;
// A preamble or a new paragraph of the body starts with these even after an unpunctuated title.
const OPENS_PARAGRAPH = /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)(?![\p{L}\p{N}])/u;
const PLACE_DATE = /^\p{Lu}[^,\n]{0,40},\s*ngày(?:\s|$)/u;
/**
 * PLACE_DATE.test(s), tried only when the first comma is where it can stand: after a capital and
 * at most 40 code points (two units at most each).
 */
export const isPlaceDate = (s: string): boolean => {
  const comma = s.indexOf(',');
  return comma >= 1 && comma <= 82 && PLACE_DATE.test(s);
};
// A line ending in a word no sentence ends with ("... của Ban", "... ngày", "... số") runs on,
// whatever case the next line starts with: "của Ban\nThường vụ Huyện ủy", "Công văn số\n586/UBND".
// "do" is "by/because", not the motto's "Tự do".
export const DANGLING = /(?<![\p{L}\p{N}])(?:của|và|về|với|cho|các|những|số|ngày|tháng|tại|theo|trong|đến|từ|được|là|để|(?<!Tự\s)do|hoặc|thuộc|nhằm|Ban|Bộ|Sở|Phòng|Cục|Ủy|Uỷ|Hội|Tổng|Văn|Trung|Thường|Ban\s+Chấp|Chấp\s+hành|tỉnh|huyện|thành|quận|xã|phường|thị)$/u;
// A flattened two-column line: a tab or a wide gap between two pieces of text.
const TWO_COLUMNS = /\S(?:\t|[ ]{4,})\S/u;
/** TWO_COLUMNS.test(s), after literal searches for what it must hold (a tab or four spaces). */
// Without the u flag (irregexp's quicker mode): \S and the blanks are the same units either way,
// so it finds a match exactly when TWO_COLUMNS does.
const TWO_COLUMNS_UNITS = new RegExp(TWO_COLUMNS.source);
// The line tested as `next` is tested again as the logical line's last one under the next break.
let twoColumnsOf = '';
let twoColumnsWas = false;
export const twoColumns = (s: string): boolean => {
  if (s !== twoColumnsOf) {
    twoColumnsWas = TWO_COLUMNS_UNITS.test(s);
    twoColumnsOf = s;
  }
  return twoColumnsWas;
};

/*
 * DANGLING and CAPS_DANGLING end in "$" and match at most the last two words of a line, but
 * irregexp tries them from every position of it. Their global copies start at the second-to-last
 * word instead (a lookbehind still sees what stands before it).
 */
const DANGLING_AT_END = new RegExp(DANGLING.source, 'gu');
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Where the last two words of `s` start (blanks being spaces, tabs and line breaks). */
function lastTwoWords(s: string): number {
  let i = s.length;
  while (i > 0 && !isBlank(s.charCodeAt(i - 1))) i--;
  while (i > 0 && isBlank(s.charCodeAt(i - 1))) i--;
  while (i > 0 && !isBlank(s.charCodeAt(i - 1))) i--;
  return i;
}
const endsDangling = (re: RegExp, s: string): boolean => {
  re.lastIndex = lastTwoWords(s);
  return re.test(s);
};

interface Line {
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly text: string;
}

/** The logical line built so far: the physical lines already joined into it. */
export interface Logical {
  readonly first: string;
  last: string;
  text: string;
  /** Starts right after an all-caps line: the subject under "KẾ HOẠCH", "THÔNG BÁO". */
  readonly afterHeading: boolean;
  caps?: boolean;
}

/** An all-caps line: a heading ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "KT.GIÁM ĐỐC"). */
const isCapsText = (s: string): boolean => !hasLower(s) && TWO_UPPER.test(s);
const isCaps = (l: Logical): boolean => (l.caps ??= isCapsText(l.text));
const logicalOf = (text: string, afterHeading: boolean): Logical => ({ first: text, last: text, text, afterHeading });
const standsAlone = (s: string): boolean => OWN_LINE.test(s) || isPlaceDate(s);

/*
 * Header cells of a web page wrap where the page's source wrapped, not where the document does:
 * "ỦY / BAN NHÂN DÂN", "CỘNG / HÒA XÃ HỘI …", "Hưng / Yên, ngày 18 tháng 02 năm 2022", "… CỦA
 * CHÍNH PHỦ VỀ / CHƯƠNG TRÌNH …". A lone all-caps word, a place cut before its date line and an
 * all-caps line ending on a word no heading ends with (or on a comma: "BAN CHỈ ĐẠO PHÒNG, / CHỐNG
 * DỊCH BỆNH") are parts of the next line.
 */
const LONE_CAPS_WORD = /^\p{Lu}{2,}$/u;
// Words that stand alone on a line of their own: a law's heading, urgency and secrecy marks, Roman numbers.
const STANDS_ALONE_WORD = /^(?:LUẬT|LỆNH|MẬT|KHẨN|[IVXLC]+)$/u;
const PLACE_PART = /^\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*){0,3}\s*-?$/u;
const LEVEL_WORD = /^(?:Tỉnh|Huyện|Quận|Xã|Phường|Số|Kính|Nơi)(?![\p{L}])/u;
const CAPS_DANGLING = /(?:(?<![\p{L}\p{N}])(?:CỦA|VÀ|VỀ|VỚI|CHO|TẠI|TRONG|ĐỐI\s+VỚI|NHẰM|THEO|ĐẾN|TỪ|SỐ|NGÀY)|\p{Lu},|\p{Lu}\s+-)$/gu;
const CAPS_CONTINUES = /^(?:\p{Lu}|\d)/u;

function headerFragment(prev: Logical, next: string, blanks: number): boolean {
  if (blanks > 1) return false;
  // The tests are pure: cheap ones first. ("nextCaps || no lower case" is "no lower case".)
  // A joined line holds a space, so only a line joined to nothing can be one word (its text is
  // then its first line, and testing that spares flattening the joined string).
  const lone = prev.text.length === prev.first.length && LONE_CAPS_WORD.test(prev.first);
  if (lone && !STANDS_ALONE_WORD.test(prev.text) && isCapsText(next) && !OWN_LINE.test(next)) return true;
  if (prev.text.length <= 30 && isPlaceDate(next) && PLACE_PART.test(prev.text) && !LEVEL_WORD.test(prev.text)) return true;
  return isCaps(prev) && CAPS_CONTINUES.test(next) && !hasLower(next) && endsDangling(CAPS_DANGLING, prev.last);
}

/** Whether the break between `prev` and `next` (with `blanks` blank lines between) is inside a sentence. */
export function continuesSentence(prev: Logical, next: string, blanks: number): boolean {
  if (endsOnMottoWord(prev.last) && ENDS_ON_MOTTO.test(prev.last)) return false;
  if (headerFragment(prev, next, blanks)) return true;
  if (blanks > MAX_BLANKS_IN_JOIN || endsSentence(prev.last)) return false;
  const continues = CONTINUES.test(next);
  // After two blank lines a capital starts a new paragraph; one blank line is common in PDF text.
  if (!continues && (blanks > 1 || !STARTS_UPPER.test(next))) return false;
  if (isCaps(prev) || isCapsText(next)) return false;
  if (LIST_ITEM.test(next) || standsAlone(next)) return false;
  if (twoColumns(prev.last) || twoColumns(next)) return false;
  if (continues) return true;
  if (OPENS_PARAGRAPH.test(next)) return false;
  if (endsDangling(DANGLING_AT_END, prev.last)) return true;
  // A title under a heading and a preamble item ("Căn cứ ...") keep their own line before a capital.
  if (prev.afterHeading || OPENS_PARAGRAPH.test(prev.first)) return false;
  return prev.text.length >= MIN_WRAPPED_LINE && !standsAlone(prev.first);
}

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from <= input.length) {
    const nl = input.indexOf('\n', from);
    const to = nl === -1 ? input.length : nl;
    let a = from;
    let b = to;
    while (a < b && (input[a] === ' ' || input[a] === '\t')) a++;
    while (b > a && (input[b - 1] === ' ' || input[b - 1] === '\t')) b--;
    lines.push({ contentStart: a, contentEnd: b, text: input.slice(a, b) });
    if (nl === -1) break;
    from = nl + 1;
  }
  return lines;
}

/**
 * Joins hard line breaks inside a sentence (PDF extraction) into one space. The decision looks at
 * the logical line built so far, not the last physical line, so running it twice changes nothing.
 */
export function joinLines(input: string): StepResult {
  if (!input.includes('\n')) return { text: input, edits: [] };
  const lines = splitLines(input);
  const edits: Edit[] = [];
  let cur: Logical | null = null;
  let curLine: Line | null = null;
  let blanks = 0;
  for (const line of lines) {
    if (line.text.length === 0) {
      blanks++;
      continue;
    }
    if (cur && curLine && continuesSentence(cur, line.text, blanks)) {
      edits.push({ start: curLine.contentEnd, end: line.contentStart, insert: ' ' });
      cur.last = line.text;
      cur.text += ' ' + line.text;
      // Not in capitals stays so when the line joined has a lower-case letter: no need to test
      // (and flatten) the whole joined text again.
      if (cur.caps !== false || !hasLower(line.text)) cur.caps = undefined;
    } else {
      cur = logicalOf(line.text, cur !== null && isCaps(cur) && !LIST_ITEM.test(line.text));
    }
    curLine = line;
    blanks = 0;
  }
  return fromEdits(input, edits);
}
