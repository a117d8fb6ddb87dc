import { expandAgencyAbbreviations, KNOWN_AGENCY_NAMES } from '../data/vi/index.js';
import { alternation } from '../grammar/vi/re.js';
import { collapseBlanks } from '../grammar/vi/blanks.js';

const LEVEL_WORDS = /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã(?! hội(?: việt nam)?$)|phường|thị trấn)\s+(?!và\s|ủy(?![\p{L}]))([\p{L}\s-]+)$/u;
const PARTY_PLACE = /(?<![\p{L}])((?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị)\s+(?:ủy|đoàn))\s+(?!và\s)([\p{L}\s-]+)$/u;
// One alternation of every known name in lower case, longest first, mapped back to its casing.
const CASING = new Map([...KNOWN_AGENCY_NAMES].map((n) => [n.toLocaleLowerCase('vi'), n]));
const KNOWN = new RegExp(`(?<![\\p{L}])(?:${alternation([...CASING.keys()])})(?![\\p{L}])`, 'gu');

const JOINT_DASH = /\s+[-–]\s+(?=(?:SỞ|BỘ|BAN|ỦY\s+BAN|UỶ\s+BAN|UBND|HĐND|HỘI|ĐOÀN|CÔNG\s+AN|PHÒNG|TRƯỜNG|MẶT\s+TRẬN|LIÊN\s+ĐOÀN|TỈNH\s+ĐOÀN|HUYỆN\s+ĐOÀN|THÀNH\s+ĐOÀN|BỘ\s+CHỈ\s+HUY|VIỆN|TÒA\s+ÁN|CHÍNH\s+PHỦ|BẢO\s+HIỂM|NGÂN\s+HÀNG|KHO\s+BẠC|CỤC|TRUNG\s+TÂM)\s)/u;

// toUpperCase() equals toLocaleUpperCase('vi') (ICU has no Vietnamese case rules) and is far cheaper.
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Writes an all-caps header line the way the name is written in running text:
 * "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo", "UBND HUYỆN THỦ THỪA" →
 * "Ủy ban nhân dân huyện Thủ Thừa". Known names keep their official casing; a place name after
 * a level word is title-cased; anything else gets only its first letter capitalised.
 */
export function agencyName(line: string): string {
  // Joint issuers: "BAN TUYÊN GIÁO TỈNH ỦY - SỞ GIÁO DỤC VÀ ĐÀO TẠO", each named on its own (not
  // "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", one name with a dash).
  const parts = line.split(JOINT_DASH);
  if (parts.length > 1) return parts.map((p) => agencyName(p)).join(' - ');
  const tidy = expandAgencyAbbreviations(collapseBlanks(line).trim().replace(SCHOOL_LEVEL, (_all, kind: string, level: string) => `${kind} ${SCHOOL_LEVELS.get(level.toUpperCase()) ?? level}`));
  // Running text already writes the name as it is written: "Ban Chấp hành Thành đoàn Hà Nội".
  if (/^\p{Lu}/u.test(tidy) && /\p{Ll}{2}/u.test(line) && /\s\p{Lu}/u.test(tidy)) return tidy;
  // toLowerCase() equals toLocaleLowerCase('vi') (ICU has no Vietnamese case rules) and is far cheaper.
  let s = tidy.toLowerCase();
  s = s.replace(KNOWN, (m) => CASING.get(m) ?? m);
  s = s.replace(LEVEL_WORDS, (_all, level: string, place: string) =>
    `${level} ${place.split(/\s+/u).map(upperFirst).join(' ')}`,
  );
  s = s.replace(/(?<![\p{L}])hồ chí minh(?![\p{L}])/gu, 'Hồ Chí Minh').replace(/(?<![\p{L}])việt nam(?![\p{L}])/gu, 'Việt Nam');
  // "TỈNH ỦY YÊN BÁI" → "Tỉnh ủy Yên Bái": a Party committee names its place right after "ủy",
  // the Đoàn's after "đoàn" ("HUYỆN ĐOÀN LẤP VÒ" → "Huyện đoàn Lấp Vò").
  s = s.replace(PARTY_PLACE, (_all, committee: string, place: string) =>
    `${committee} ${place.split(/\s+/u).map(upperFirst).join(' ')}`,
  );
  // A department's own name after its kind: "CỤC THUẾ TỈNH …" → "Cục Thuế tỉnh …", "TRUNG TÂM Y TẾ" → "Trung tâm Y tế".
  s = s.replace(UNIT_KIND, (_all, kind: string, first: string) => `${kind} ${upperFirst(first)}`);
  // A school's own name after its kind: "TRƯỜNG THPT NGUYỄN TRÃI" → "Trường Trung học phổ thông Nguyễn Trãi".
  s = s.replace(SCHOOL, (_all, kind: string, name: string) => `${kind} ${name.split(/\s+/u).map(upperFirst).join(' ')}`);
  return upperFirst(s);
}

// A school's level abbreviated in its own header, only right after "TRƯỜNG": "TRƯỜNG TH TÂN MỸ",
// "TRƯỜNG MN HOA SEN" (elsewhere "TH" and "MN" are too short to expand safely).
const SCHOOL_LEVEL = /^(TRƯỜNG)\s+(TH|MN|MG)(?=\s+\p{Lu})/u;
const SCHOOL_LEVELS = new Map([['TH', 'TIỂU HỌC'], ['MN', 'MẦM NON'], ['MG', 'MẪU GIÁO']]);
const UNIT_KIND = /^((?:tổng\s+cục|chi\s+cục|cục|vụ|viện|trung\s+tâm))\s+(?!(?:tỉnh|thành|huyện|quận|thị|xã|phường)(?![\p{L}]))(\p{Ll}[\p{L}]*)/u;
const SCHOOL = /^(trường\s+(?:trung\s+học\s+cơ\s+sở\s+và\s+trung\s+học\s+phổ\s+thông|tiểu\s+học\s+và\s+trung\s+học\s+cơ\s+sở|trung\s+học\s+phổ\s+thông|trung\s+học\s+cơ\s+sở|tiểu\s+học|mầm\s+non|mẫu\s+giáo|phổ\s+thông\s+dân\s+tộc\s+(?:nội|bán)\s+trú(?:\s+trung\s+học\s+(?:cơ\s+sở|phổ\s+thông))?))\s+(?!và\s)([\p{L}\s-]+)$/iu;
