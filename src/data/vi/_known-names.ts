import { AGENCY_ABBREVIATIONS } from './_agencies.js';
import { ISSUER_CODES } from './_issuers.js';

const startsUpper = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLocaleLowerCase('vi');

/**
 * Agency names in their official casing ("Phòng Giáo dục và Đào tạo", "Bộ Lao động - Thương binh
 * và Xã hội", "Thành ủy"): every issuer name, and the capitalized expansions of abbreviations
 * ("Giáo dục và Đào tạo"). Longest first. Some contain " - ": escape them for a u-flag regex.
 */
export const KNOWN_AGENCY_NAMES: readonly string[] = Object.freeze(
  [
    ...new Set([
      ...ISSUER_CODES.flatMap((i) => (i.nameInCity === undefined ? [i.name] : [i.name, i.nameInCity])),
      ...AGENCY_ABBREVIATIONS.map((a) => a.expansion).filter(startsUpper),
    ]),
  ].sort((a, b) => b.length - a.length || a.localeCompare(b, 'vi')),
);
