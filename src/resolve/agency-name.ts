import { expandAgencyAbbreviations, KNOWN_AGENCY_NAMES } from '../data/vi/index.js';
import { alternation } from '../grammar/vi/re.js';

const LEVEL_WORDS = /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?!và\s|ủy(?![\p{L}]))([\p{L}\s-]+)$/u;
const PARTY_PLACE = /(?<![\p{L}])((?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị)\s+ủy)\s+(?!và\s)([\p{L}\s-]+)$/u;
// One alternation of every known name in lower case, longest first, mapped back to its casing.
const CASING = new Map([...KNOWN_AGENCY_NAMES].map((n) => [n.toLocaleLowerCase('vi'), n]));
const KNOWN = new RegExp(`(?<![\\p{L}])(?:${alternation([...CASING.keys()])})(?![\\p{L}])`, 'u');

const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * Writes an all-caps header line the way the name is written in running text:
 * "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo", "UBND HUYỆN THỦ THỪA" →
 * "Ủy ban nhân dân huyện Thủ Thừa". Known names keep their official casing; a place name after
 * a level word is title-cased; anything else gets only its first letter capitalised.
 */
export function agencyName(line: string): string {
  // toLowerCase() equals toLocaleLowerCase('vi') (ICU has no Vietnamese case rules) and is far cheaper.
  let s = expandAgencyAbbreviations(line.replace(/\s+/gu, ' ').trim()).toLowerCase();
  s = s.replace(KNOWN, (m) => CASING.get(m) ?? m);
  s = s.replace(LEVEL_WORDS, (_all, level: string, place: string) =>
    `${level} ${place.split(/\s+/u).map(upperFirst).join(' ')}`,
  );
  s = s.replace(/(?<![\p{L}])hồ chí minh(?![\p{L}])/gu, 'Hồ Chí Minh');
  // "TỈNH ỦY YÊN BÁI" → "Tỉnh ủy Yên Bái": a Party committee names its place right after "ủy".
  s = s.replace(PARTY_PLACE, (_all, committee: string, place: string) =>
    `${committee} ${place.split(/\s+/u).map(upperFirst).join(' ')}`,
  );
  return upperFirst(s);
}
