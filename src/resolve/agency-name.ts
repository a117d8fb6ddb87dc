import { expandAgencyAbbreviations, KNOWN_AGENCY_NAMES } from '../data/vi/index.js';
import { escapeRe } from '../grammar/vi/re.js';

const LEVEL_WORDS = /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?!và\s)([\p{L}\s-]+)$/u;
let known: { re: RegExp; name: string }[] | null = null;

const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * Writes an all-caps header line the way the name is written in running text:
 * "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo", "UBND HUYỆN THỦ THỪA" →
 * "Ủy ban nhân dân huyện Thủ Thừa". Known names keep their official casing; a place name after
 * a level word is title-cased; anything else gets only its first letter capitalised.
 */
export function agencyName(line: string): string {
  let s = expandAgencyAbbreviations(line.replace(/\s+/gu, ' ').trim()).toLocaleLowerCase('vi');
  known ??= [...KNOWN_AGENCY_NAMES]
    .sort((a, b) => b.length - a.length)
    .map((name) => ({ re: new RegExp(`(?<![\\p{L}])${escapeRe(name.toLocaleLowerCase('vi'))}(?![\\p{L}])`, 'u'), name }));
  for (const { re, name } of known) {
    if (re.test(s)) {
      s = s.replace(re, name);
      break;
    }
  }
  s = s.replace(LEVEL_WORDS, (_all, level: string, place: string) =>
    `${level} ${place.split(/\s+/u).map(upperFirst).join(' ')}`,
  );
  return upperFirst(s);
}
