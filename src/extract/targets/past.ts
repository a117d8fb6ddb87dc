import { lineStartWithin } from './clause-end.js';
import { TARGET_WORDS } from './guards.js';
import { headingLinesMatches } from './heading-lines.js';

// "Năm 2023, toàn huyện ghi nhận 1.256 ca ..., tăng 35% so với năm 2022": the situation a plan
// starts from. A paragraph, sentence or clause opening on a year before the document's own reports
// results; one opening on the document's year does when it says so ("Năm 2010, công tác tuyển quân
// đạt kết quả tốt: ... đạt 100% chỉ tiêu" in a directive of October 2010 for the year 2011).
// A clause that strives ("...; phấn đấu năm 2024 đạt 98%") sets a target whatever opened the sentence.
const OPENS_ON_YEAR = /^(?:(?:Trong|Qua|Cả|Đến\s+hết|Kết\s+quả(?:\s+thực\s+hiện)?)\s+)?năm\s+((?:19|20)\d\d)\s*[,:]/iu;
/** "Hiện nay, ...", "Đến nay, ...": the situation now. */
const OPENS_ON_NOW = /^(?:hiện\s+nay|hiện\s+tại|đến\s+nay|tính\s+đến\s+nay)\s*,/iu;
/** "Nhiệm kỳ qua, ...", "Giai đoạn 2016 - 2020, ...", "Những năm qua, ...": a look back. */
const OPENS_ON_PAST = /^(?:(?:Trong|Qua)\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+gian|những\s+năm|các\s+năm|năm\s+học|năm|\d{1,2}\s+năm)\s+(?:qua|vừa\s+qua|trước|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\s*,/iu;
const PAST_MARK = /(?:^|[\s,:])(?:đã|kết\s+quả|vừa\s+qua|ước\s+(?:đạt|tính)|ghi\s+nhận|xảy\s+ra)(?=[\s,:]|$)/iu;
/** Words of a clause that strives; not "chỉ tiêu", which reports name too ("đạt 100% chỉ tiêu huyện giao"). */
const STRIVES = /phấn\s+đấu|mục\s+tiêu|bảo\s+đảm|đảm\s+bảo/iu;
/** Where the clause, the sentence and the paragraph holding `at` open, nearest first. */
function openings(text: string, at: number): number[] {
  const line = lineStartWithin(text, at);
  const before = text.slice(line, at);
  let sentence = 0, clause = 0;
  for (let i = before.length - 2; i >= 0; i--) {
    const c = before[i];
    if (clause === 0 && c === ';') clause = i + 1;
    if (c === '.' && /\s/u.test(before[i + 1] ?? '')) { sentence = i + 1; break; }
  }
  return [...new Set([Math.max(clause, sentence), sentence, 0])].map((o) => line + o);
}

export function aboutThePast(text: string, at: number, refYear: number | null): boolean {
  const opens = openings(text, at);
  if (STRIVES.test(text.slice(opens[0]!, at))) return false;
  for (const start of opens) {
    const head = text.slice(start, Math.min(at, start + 60)).trimStart();
    if (OPENS_ON_NOW.test(head)) return true;
    if (OPENS_ON_PAST.test(head)) {
      const span = /(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)/u.exec(head);
      if (!span || refYear === null || Number(span[1]) <= refYear) return true;
    }
    const m = OPENS_ON_YEAR.exec(head);
    if (!m) continue;
    const year = Number(m[1]);
    if (refYear === null) return !TARGET_WORDS.test(text.slice(start, at));
    if (year !== refYear) return year < refYear;
    return PAST_MARK.test(text.slice(start, at)) || /^kết/iu.test(head);
  }
  return false;
}

// A plan's first part often reviews the last period: "I. KẾT QUẢ THỰC HIỆN NĂM 2023",
// "I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2015 - 2020", "Phần thứ nhất: TÌNH HÌNH ...". Its figures are
// results, whatever verbs they take; the part ends at the next top-level heading.
export const TOP_HEADING = /^[ \t]*(?:[IVX]{1,4}[.)]|PHẦN\s+(?:THỨ\s+)?[\p{Lu}IVX]+|Phần\s+thứ\s+\p{L}+|[A-D]\.)[ \t]*[^\n]{0,160}$/gmu;
// "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", "I. KẾT QUẢ NĂM 2012", "I. KẾT QUẢ HOẠT ĐỘNG": a report's review, as "kết quả thực hiện".
const REPORT_TITLE = /kết\s+quả\s+(?:thực\s+hiện|đạt\s+được|công\s+tác|hoạt\s+động|(?:\d{1,2}|sáu|chín)\s+tháng|năm|quý|nhiệm\s+kỳ|giai\s+đoạn)|đánh\s+giá|tình\s+hình|thực\s+trạng|bối\s+cảnh/iu;
const PLAN_TITLE = /mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|phương\s+hướng|giải\s+pháp|cần\s+đạt|kế\s+hoạch|tổ\s+chức\s+thực\s+hiện/iu;

/** A top-level heading: where it starts and its text (the match of TOP_HEADING). */
export interface TopHeading {
  readonly start: number;
  readonly text: string;
}

/** The text's top-level headings, in order: found once, read by both section tests below. */
export const topHeadings = (text: string): TopHeading[] =>
  headingLinesMatches(TOP_HEADING, text, false).map((m) => ({ start: m.index, text: m[0] }));

/** A test for offsets inside the parts (top-level or numbered) whose heading `kind` accepts. */
function sectionTest(headings: readonly TopHeading[], kind: (heading: string) => boolean): (at: number) => boolean {
  const parts = headings.map((h) => ({ start: h.start, hit: kind(h.text) }));
  if (!parts.some((p) => p.hit)) return () => false;
  return (at: number): boolean => {
    let lo = 0, hi = parts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (parts[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && parts[lo - 1]!.hit;
  };
}

// A numbered part that opens on a review: "1. Kết quả đạt được", "2. Tình hình thực hiện" (a Party
// conclusion's or a short report's parts; the heading may have been joined to the line under it).
// Such a part ends at the next numbered line or top-level heading.
export const NUMBERED = /^[ \t]*(?:\d{1,2}[.)][ \t]|[IVX]{1,4}[.)]|PHẦN\s+(?:THỨ\s+)?[\p{Lu}IVX]+|Phần\s+thứ\s+\p{L}+|[A-D]\.)[^\n]{0,80}/gmu;
const OPENS_REVIEW = /^[ \t]*\d{1,2}[.)][ \t]*(?:kết\s+quả\s+(?:thực\s+hiện|đạt\s+được|công\s+tác)|đánh\s+giá|tình\s+hình|thực\s+trạng)(?![\p{L}])/iu;

const isReportTitle = (h: string): boolean => REPORT_TITLE.test(h) && !PLAN_TITLE.test(h);

/** A test for offsets inside a part that reviews results (a top-level part, or a numbered one that opens on a review). */
export function reportSections(text: string, headings: readonly TopHeading[]): (at: number) => boolean {
  const top = sectionTest(headings, isReportTitle);
  const numbered = headingLinesMatches(NUMBERED, text, true).map((m) => ({ start: m.index, text: m[0] }));
  const sub = sectionTest(numbered, (h) => OPENS_REVIEW.test(h) && isReportTitle(h));
  return (at: number): boolean => top(at) || sub(at);
}

const TARGET_TITLE = /mục\s+tiêu|chỉ\s+tiêu/iu;

/** A test for offsets inside a part headed as targets ("II. MỤC TIÊU, CHỈ TIÊU NĂM 2023", "II. CHỈ TIÊU"). */
export const targetSections = (headings: readonly TopHeading[]): ((at: number) => boolean) =>
  sectionTest(headings, (h) => TARGET_TITLE.test(h) && !REPORT_TITLE.test(h));
