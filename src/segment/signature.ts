import { isTypeHeading } from './header.js';
import { isAllCaps, type Cell } from './lines.js';

export interface SignatureBlock {
  readonly authority: Cell | null;
  readonly title: Cell | null;
  readonly name: Cell | null;
}

// "KT. CHỦ TỊCH", "TM.UBND", "T/M BAN THƯỜNG VỤ", "Q. GIÁM ĐỐC": a dot or a space after the
// mark, so "QUYẾT NGHỊ:" and "TLĐ" are no authority.
const AUTHORITY = /^(?:KT|TL|TM|T\/M|K\/T|Q|TUQ)(?:\s*[.:/]\s*|\s+)\p{Lu}/u;
const POSITION = /(?:GIÁM\s+ĐỐC|CHỦ\s+TỊCH|TRƯỞNG|BÍ\s+THƯ|HIỆU\s+TRƯỞNG|THỦ\s+TƯỚNG|CHÁNH|TỔNG\s+BIÊN\s+TẬP|VIỆN\s+TRƯỞNG|CHỦ\s+NHIỆM|THỨ\s+TRƯỞNG|PHÓ\s+\p{Lu}|ỦY\s+VIÊN|KẾ\s+TOÁN|THƯ\s+KÝ|GIÁM\s+ĐỐC\s+SỞ|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG)/u;
const NOISE = /^\(?(?:đã\s+ký|Đã\s+ký|ký|Ký|ký\s+tên|chữ\s+ký|Ký,\s+ghi\s+rõ|\[daky\]|đóng\s+dấu|Đã\s+ký\s+và\s+đóng\s+dấu)[^\n]*\)?$|^[*\s_.-]+$/iu;
// Ranks and degrees written before a signer's name: "Đại tá", "TS.", "PGS.TS.", "BS.CKII", "ThS.BS".
const MILITARY = String.raw`(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)|Đại\s+tướng`;
const DEGREE = String.raw`(?:PGS|GS|TSKH|TS|ThS|Ths|THS|BSCKII|BSCKI|BSNT|CKII|CKI|BS|Bs|DSCKII|DSCKI|DS|KS|CN|LS|NGƯT|NGND|NSƯT|NSND|TTND|TTƯT)`;
const RANK_SOURCE = String.raw`(?:${MILITARY})\s+|${DEGREE}(?:\s*[.,]\s*|\s+)(?:${DEGREE}(?:\s*[.,]\s*|\s+)){0,3}`;
/** A rank or degree written before a signer's name: "Đại tá", "TS.", "PGS.TS.", "BS.CKII". */
export const RANK = new RegExp(`^(?:${RANK_SOURCE})`, 'u');
// A person's name: 2–6 capitalised syllables, letters only, after an optional rank.
const NAME = new RegExp(String.raw`^(?:${RANK_SOURCE})?\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*){1,5}$`, 'u');

// The line under an attached text's title: "(Ban hành kèm theo Quyết định số 24/2019/QĐ-UBND …)".
// The title may have been joined to it. Not "Điều 1. Ban hành kèm theo Quyết định này …".
export const ANNEX = /\(\s*(?:Ban\s+hành\s+)?(?:kèm|Kèm)\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Thông\s+tư|Nghị\s+định|Chỉ\s+thị|Công\s+văn|Kế\s+hoạch)\s+(?:số|liên\s+tịch\s+số)/u;

/** A necessary condition of ANNEX.test(s), with includes: it is tried on every cell below the body's start. */
export const mayBeAnnex = (s: string): boolean => s.includes('(') && (s.includes('kèm') || s.includes('Kèm'));

/**
 * Reads the signature block from the end of the document (its second half, and not before
 * `bodyStart`), or from the end of the part above an attached Quy chế when one follows the signature.
 */
export function readSignature(all: readonly Cell[], bodyStart: number, textLength: number): SignatureBlock | null {
  let end = all.length;
  let length = textLength;
  const annex = all.findLastIndex((c) => c.column === 0 && c.start >= bodyStart && mayBeAnnex(c.text) && ANNEX.test(c.text));
  if (annex > 0 && all.slice(0, annex).some((c) => c.start >= bodyStart && isAllCaps(c.text) && POSITION.test(c.text))) {
    end = annex;
    length = all[annex]!.start;
  }
  const notBefore = Math.max(bodyStart, Math.floor(length * 0.5));
  const tail = all.slice(0, end).filter((c) => c.start >= notBefore).slice(-40);
  let nameIdx = -1;
  for (let i = tail.length - 1; i >= 0; i--) {
    const c = tail[i]!;
    if (NOISE.test(c.text) || c.text.startsWith('-')) continue;
    if (NAME.test(c.text) && !POSITION.test(c.text.toUpperCase() /* equals toLocaleUpperCase('vi'): no Vietnamese case rules in ICU */) && !AUTHORITY.test(c.text) && words(c.text) <= 7 && !isTypeHeading(c.text)) {
      // A name must sit under a position line.
      const above = previousTitle(tail, i);
      if (above !== null) {
        nameIdx = i;
        break;
      }
    }
    if (tail.length - i > 12) break;
  }
  const found = nameIdx >= 0 ? previousTitle(tail, nameIdx) : lastPositionLine(tail);
  if (found === null || found < 0) return null;
  const titleIdx = signingPosition(tail, found);
  const titleCell = tail[titleIdx]!;
  let authority: Cell | null = null;
  const title: Cell = titleCell;
  if (AUTHORITY.test(titleCell.text)) {
    // "KT.GIÁM ĐỐC" alone above the name: it is both.
    authority = titleCell;
  } else {
    const column = titleCell.column;
    const before = tail.slice(0, titleIdx).filter((c) => column === 0 || c.column === column).slice(-3).reverse().find((c) => AUTHORITY.test(c.text));
    authority = before ?? null;
  }
  return { authority, title, name: nameIdx >= 0 ? tail[nameIdx]! : null };
}

/**
 * The position line above the name, at most 6 lines up. When the name sits in a right-hand column
 * (the signature beside "Nơi nhận:"), only that column counts: the two are interleaved line by line.
 */
function previousTitle(tail: readonly Cell[], from: number): number | null {
  const column = tail[from]!.column;
  let seen = 0;
  for (let j = from - 1; j >= 0 && seen < 6; j--) {
    const c = tail[j]!;
    if (column > 0 && c.column !== column) continue;
    seen++;
    if (NOISE.test(c.text)) continue;
    if (isAllCaps(c.text) && (POSITION.test(c.text) || AUTHORITY.test(c.text))) return j;
    // A heading of an attached text between them ("QUY ĐỊNH CHUNG" under "Chương I", under the
    // signature) is no name.
    if (/^(?:Chương|CHƯƠNG|Điều|Phần|PHẦN|QUY\s+CHẾ|QUY\s+ĐỊNH)(?!\p{L})/u.test(c.text)) return null;
  }
  return null;
}

/**
 * "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / GIÁM ĐỐC SỞ Y TẾ / name": the line above the name is the
 * signer's other office; the position signed in is the one right under the authority.
 */
function signingPosition(tail: readonly Cell[], at: number): number {
  if (AUTHORITY.test(tail[at]!.text)) return at;
  const column = tail[at]!.column;
  const above = (from: number): number => {
    for (let j = from - 1; j >= 0 && j >= from - 3; j--) {
      const c = tail[j]!;
      if ((column > 0 && c.column !== column) || NOISE.test(c.text)) continue;
      return j;
    }
    return -1;
  };
  const up = above(at);
  if (up < 0) return at;
  const upper = tail[up]!;
  if (AUTHORITY.test(upper.text) || !isAllCaps(upper.text) || !POSITION.test(upper.text)) return at;
  const top = above(up);
  return top >= 0 && AUTHORITY.test(tail[top]!.text) ? up : at;
}

function lastPositionLine(tail: readonly Cell[]): number | null {
  for (let j = tail.length - 1; j >= 0 && j >= tail.length - 8; j--) {
    const c = tail[j]!;
    if (isAllCaps(c.text) && POSITION.test(c.text)) return j;
  }
  return null;
}

/** s.split(/\s+/u).length: one more than the runs of white space (split runs its pattern at every position). */
const words = (s: string): number => (s.match(/\s+/gu)?.length ?? 0) + 1;

