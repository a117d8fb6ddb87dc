import { fromEdits, type Edit, type StepResult } from './edits.js';

/*
 * Some conversions lose the header's line and cell breaks: a PDF text layer that puts both
 * columns on one line with a single space between them, a document-sharing page that prints the
 * whole document as one paragraph:
 *
 *   UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT CỘNG HÒA XÃ HỘI … Hạnh phúc Số: 12/QĐ-BVNT Nghệ An, ngày … QUYẾT ĐỊNH Ban hành …
 *
 * The header's parts have fixed shapes, so a line holding the motto is cut before each part:
 * the motto, "Độc lập …", the number line, the place and date, the type heading, and after the
 * motto and the date. Each cut turns one space into a line break.
 */

/** Lines looked at: the header is among the first lines of a document. */
const HEADER_LINES = 12;
const MOTTO = /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO/u;
// Where a new part starts (its first character) or where one ends (the space after it).
const STARTS = [
  /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/gu,
  /Độc\s+lập\s*-\s*Tự\s+do|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO/gu,
  /Số\s*[:.]?\s*(?=[\d./…_]|\p{Lu}{2,})/gu,
  // A letter's subject, its salutation and its preamble: "… Số: 245/PGDĐT V/v … Kính gửi: … . Căn cứ …".
  /V\/v(?=\s)|Kính\s+gửi\s*:|(?<=[.;:]\s)(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai)(?=\s)/gu,
  // The place: title-case words (or "TP."), then ", ngày".
  /(?:(?:TP\.|Tp\.|\p{Lu}\p{Ll}[\p{L}'-]*)\s+){0,4}(?:\p{Lu}\p{Ll}[\p{L}'-]*|\p{Lu})\s*,\s*ngày(?=[\s.…_\d])/gu,
  /(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|THÔNG\s+BÁO|HƯỚNG\s+DẪN|BÁO\s+CÁO|TỜ\s+TRÌNH|CHƯƠNG\s+TRÌNH|QUY\s+CHẾ|QUY\s+ĐỊNH|KẾT\s+LUẬN|CÔNG\s+ĐIỆN|GIẤY\s+MỜI|PHƯƠNG\s+ÁN|ĐỀ\s+ÁN)(?=\s+(?:\p{Lu}\p{Ll}|V\/v|về|VỀ))/gu,
];
const NUMBER_START = /Số\s*[:.]?\s*(?=[\d./…_]|\p{Lu}{2,})/u;
const ENDS = [
  /Hạnh\s+phúc|HẠNH\s+PHÚC/gu,
  /ngày[\s\d.…_]*tháng[\s\d.…_]*năm\s+(?:19|20)\d\d/gu,
  /VIỆT\s+NAM/gu,
  /(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|THÔNG\s+BÁO|HƯỚNG\s+DẪN|BÁO\s+CÁO|TỜ\s+TRÌNH|CHƯƠNG\s+TRÌNH|QUY\s+CHẾ|QUY\s+ĐỊNH|KẾT\s+LUẬN|CÔNG\s+ĐIỆN|GIẤY\s+MỜI|PHƯƠNG\s+ÁN|ĐỀ\s+ÁN)(?=\s+\p{Lu}\p{Ll})/gu,
];
// Two bodies on one line before the motto: "BỘ Y TẾ BỆNH VIỆN BẠCH MAI", "UBND TỈNH QUẢNG NGÃI SỞ Y TẾ".
const BODY_HEAD = /(?<=\p{Lu}\s)(?<!(?:[ỦU][YỶ]|VĂN|CHI|TỔNG|BỆNH|HỌC)\s)(?:SỞ|BỆNH\s+VIỆN|TRƯỜNG|PHÒNG|BAN|CÔNG\s+AN|TRUNG\s+TÂM|CHI\s+CỤC|CỤC|TỔNG\s+CỤC|VĂN\s+PHÒNG|HỌC\s+VIỆN|VIỆN|(?:HUYỆN|THÀNH|TỈNH|QUẬN|THỊ|ĐẢNG)\s+ỦY)(?=\s\p{Lu})/gu;
/** A whole document on one line: its body's parts are cut too. */
const LONG_RUN = 400;
const BODY_STARTS = [
  /(?:Căn\s+cứ|Thực\s+hiện|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị|Kính\s+gửi|Nơi\s+nhận\s*:|QUYẾT\s+ĐỊNH\s*:|QUYẾT\s+NGHỊ\s*:|Điều\s+\d+\s*\.(?=\s+\p{Lu})|(?:KT|TM|TL|T\/M)\s*\.\s*\p{Lu}|(?<=[;:.,]\s)- (?=\p{L}))/gu,
  // The authority under a title ("… Nghệ An GIÁM ĐỐC BỆNH VIỆN …"): three capital words after a lower-case one.
  /(?<=\p{Ll}[.,;]?\s)\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,}/gu,
  // The signer's position and name closing the run: "… GIÁM ĐỐC Nguyễn Thanh Bình".
  /\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,6}(?=\s+(?:\p{Lu}\p{Ll}+\s+){1,5}\p{Lu}\p{Ll}+\s*$)/gu,
  /(?<=\p{Lu}{2,}\s)(?:\p{Lu}\p{Ll}+\s+){1,5}\p{Lu}\p{Ll}+\s*$/gu,
];
const NUMBER_AND_PLACE = /^\s*Số\s*[:.]?\s*\S+.*,\s*ngày/u;
// A line holding the motto (or "Độc lập - Tự do - Hạnh phúc") and nothing else, as most documents
// have it: every cut cutLine could find there is at its start or its end, so none is made.
const BARE_MOTTO = /^\s*(?:CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc|ĐỘC\s+LẬP\s*-\s*TỰ\s+DO\s*-\s*HẠNH\s+PHÚC)\s*$/u;

/** Breaks header lines that hold several header parts run together. */
export function breakRunOnHeader(input: string): StepResult {
  const edits: Edit[] = [];
  let from = 0;
  for (let n = 0; n < HEADER_LINES && from < input.length; ) {
    const nl = input.indexOf('\n', from);
    const to = nl === -1 ? input.length : nl;
    const line = input.slice(from, to);
    if (line.trim()) n++;
    if ((MOTTO.test(line) || NUMBER_AND_PLACE.test(line)) && !(line.length < LONG_RUN && BARE_MOTTO.test(line))) cutLine(line, from, edits);
    if (nl === -1) break;
    from = nl + 1;
  }
  edits.sort((a, b) => a.start - b.start);
  return fromEdits(input, edits.filter((e, i) => i === 0 || e.start !== edits[i - 1]!.start));
}

function cutLine(line: string, at: number, edits: Edit[]): void {
  const cuts = new Set<number>();
  const first = line.search(/\S/u);
  for (const re of STARTS) for (const m of line.matchAll(re)) cuts.add(m.index);
  for (const re of ENDS) for (const m of line.matchAll(re)) cuts.add(m.index + m[0].length);
  // The bodies lead the line, before the motto or the number line ("UBND HUYỆN X PHÒNG GD&ĐT Số: … V/v …").
  const motto = line.search(MOTTO);
  const num = line.search(NUMBER_START);
  const leadEnd = Math.min(motto > 0 ? motto : Infinity, num > 0 ? num : Infinity);
  const lead = Number.isFinite(leadEnd) ? line.slice(0, leadEnd) : '';
  if (lead.trim() && !/\p{Ll}|\s{2}/u.test(lead)) for (const m of lead.matchAll(BODY_HEAD)) cuts.add(m.index);
  if (line.length >= LONG_RUN) for (const re of BODY_STARTS) for (const m of line.matchAll(re)) cuts.add(m.index);
  for (const c of cuts) {
    if (c <= first || c >= line.trimEnd().length) continue;
    // The space before a part's start, or the space right after a part's end. One space between
    // two parts is a lost break; a wider gap is a lost column: a tab, as a flattened table has.
    const space = line[c - 1] === ' ' ? c - 1 : line[c] === ' ' ? c : -1;
    if (space < 0) continue;
    const wide = line[space - 1] === ' ' || line[space + 1] === ' ';
    edits.push({ start: at + space, end: at + space + 1, insert: wide ? '\t' : '\n' });
  }
}
