import { L, R } from '../../grammar/vi/boundaries.js';
import { DAY, MONTH, YEAR } from '../../grammar/vi/dates.js';

// Deadline-local fragments (the shared ones come from grammar/vi/dates.ts). Named groups carry
// a suffix so that two dates can sit in one pattern (a range).

/** A date after a cue: "05/12/2023", "5-12-2023", "15 tháng 6 năm 2022", "01/10", "15 tháng 12", "20" (day only). */
export const dateAt = (s: string): string =>
  String.raw`(?:(?<d${s}>${DAY})\s{0,2}(?<sep${s}>[/.-])\s{0,2}(?<m${s}>${MONTH})(?:\s{0,2}\k<sep${s}>\s{0,2}(?<y${s}>${YEAR}))?` +
  String.raw`|(?<e${s}>${DAY})\s{1,3}tháng\s{1,3}(?<n${s}>${MONTH})(?:\s{0,3},?\s{0,3}năm\s{1,3}(?<z${s}>${YEAR}))?` +
  String.raw`|(?<o${s}>${DAY}))(?![\p{L}\p{N}]|[/.-]\d|\s{1,3}(?:của\s{1,3})?tháng)`;

/** Reads the groups of `dateAt(s)`: day, month (null for a day only), year (null when not written). */
export function readDate(
  g: Readonly<Record<string, string | undefined>>,
  s: string,
): { d: number; m: number | null; y: number | null } | null {
  const d = g[`d${s}`] ?? g[`e${s}`] ?? g[`o${s}`];
  if (d === undefined) return null;
  const m = g[`m${s}`] ?? g[`n${s}`];
  const y = g[`y${s}`] ?? g[`z${s}`];
  // "15.6" without a year reads as a decimal more often than as a date.
  if (g[`sep${s}`] && g[`sep${s}`] !== '/' && y === undefined) return null;
  return { d: Number(d), m: m === undefined ? null : Number(m), y: y === undefined ? null : Number(y) };
}

/** "tháng 12/2023", "tháng 12 năm 2023", "tháng 10" (group y absent). */
export const MONTH_AT = String.raw`tháng\s{1,3}(?<m>${MONTH})(?:\s{0,2}/\s{0,2}(?<y>${YEAR})|\s{1,3}năm\s{1,3}(?<y2>${YEAR}))?(?![\p{L}\p{N}]|[/.-]\d)`;

/** "quý III/2024", "quý III năm 2024", "quý I" (group qy absent). */
export const QUARTER_AT = String.raw`quý\s{1,3}(?<q>IV|III|II|I|[1-4])(?:\s{0,2}/\s{0,2}(?<qy>${YEAR})|\s{1,3}năm\s{1,3}(?<qy2>${YEAR}))?${R}`;

/** "6 tháng đầu năm 2024", "6 tháng cuối năm", "sáu tháng đầu năm/2024" (group hy absent without a year). */
export const HALF_AT = String.raw`(?:6|sáu)\s{1,3}tháng\s{1,3}(?<half>đầu|cuối)\s{1,3}năm(?:\s{0,2}/\s{0,2}(?<hy>${YEAR})|\s{1,3}(?<hy2>${YEAR}))?(?![\p{L}\p{N}])`;

/** Cues that make a following date a due date by themselves. */
// "trước" also as OCR misreads its vowel ("trưóc", "truớc").
export const STRONG_CUE = String.raw`tr[ưu][ớóơoờ]c|chậm\s{1,3}nhất(?:\s{1,3}là)?(?:\s{1,3}(?:vào|trong))?|muộn\s{1,3}nhất(?:\s{1,3}là)?(?:\s{1,3}vào)?|không\s{1,3}(?:muộn|chậm)\s{1,3}hơn|hạn\s{1,3}(?:chót|cuối)(?:\s{1,3}[^\d:;.\n]{1,40}?)?(?:\s{1,3}là|\s{0,2}:)?|thời\s{1,3}hạn[^:;.\n]{0,50}?:|hạn\s{1,3}(?:nộp|gửi|báo\s{1,3}cáo|hoàn\s{1,3}thành)[^\d:;.\n]{0,40}?(?:\s{1,3}là|\s{0,2}:)|thời\s{1,3}gian\s{1,3}(?:hoàn\s{1,3}thành|nộp|gửi|báo\s{1,3}cáo)[^\d:;.\n]{0,40}?(?:\s{1,3}là|\s{0,2}:)`;
/** Cues that need an obligation verb nearby: "gửi ... trong ngày 20/10", "nộp hồ sơ đến hết ngày ...". "vào ngày" dates an event. */
export const WEAK_CUE = String.raw`đến\s{1,3}hết|đến|trong`;

/**
 * Obligation verbs: a duty is due. "trình" only before whom/what it goes to (not "chương trình").
 */
// Whom a document is submitted to ("trình UBND tỉnh", "trình Sở …"). Named, not taken as any capital:
// the patterns are compiled with 'i', under which \p{Lu} matches "bày" in "trình bày" too.
const SUBMIT_TO = String.raw`UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Thường\s+trực|Ban|Bộ|Bộ\s+trưởng|Sở|Thủ\s+tướng|Chính\s+phủ|Văn\s+phòng|Quốc\s+hội|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Huyện\s+ủy|Đảng\s+ủy|Ban\s+Thường\s+vụ|Bí\s+thư|Giám\s+đốc|Hiệu\s+trưởng|Thủ\s+trưởng|Phòng|Cục|Tổng\s+cục|Hội\s+nghị|Kỳ\s+họp|Đại\s+hội`;
export const OBLIGATION = String.raw`${L}(?:báo\s+cáo|gửi|nộp|tổng\s+hợp|hoàn\s+thành|hoàn\s+tất|hoàn\s+chỉnh|tổ\s+chức|kiểm\s+tra|rà\s+soát|đăng\s+k[ýí]|khen\s+thưởng|sơ\s+kết|tổng\s+kết|cập\s+nhật|ban\s+hành|xây\s+dựng|thực\s+hiện|triển\s+khai|chuẩn\s+bị|cung\s+cấp|lập|chuyển|đánh\s+giá|phê\s+duyệt|thống\s+kê|đề\s+xuất|tham\s+mưu|bàn\s+giao|công\s+khai|quyết\s+toán|kiện\s+toàn|phúc\s+đáp|tập\s+huấn|thanh\s+tra|giám\s+sát|kê\s+khai|điều\s+chỉnh|khắc\s+phục|sửa\s+chữa|giao\s+nộp|(?<!(?:chương|quá|công|lộ|tờ|quy|hành)\s)trình(?=\s+(?:${SUBMIT_TO}|cấp|phê|duyệt|ký|lãnh)(?![\p{L}\p{N}])))${R}`;

/** Words just before a cue that make the date a fact, not a duty: "có hiệu lực từ/trước ngày", "ban hành trước ngày". */
export const NOT_DUTY_BEFORE = /(?<![\p{L}\p{N}])(?:hiệu\s+lực(?:\s+thi\s+hành)?|ban\s+hành|đã|được\s+cấp|tuyển\s+dụng|phát\s+sinh|xảy\s+ra|(?<!đăng\s)ký|kết\s+thúc|(?<!(?:tuyển|học|thí)\s)sinh)\s*$/iu;

export { L, R };
