import { expandAgencyAbbreviations } from '../../src/data/vi/index.js';
import type { CalendarDeadline } from './types.js';

// "--agency 'Phòng GDĐT'" should find "Phòng Giáo dục và Đào tạo" and "phòng giáo dục": abbreviations
// spelled out, then case and spacing folded. Diacritics are kept: "Sở" and "số" are different words.
const fold = (s: string): string => expandAgencyAbbreviations(s).toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

/** A predicate: does this deadline concern the named agency (as actor, recipient or issuer)? */
export function agencyMatcher(name: string): (d: CalendarDeadline) => boolean {
  const wanted = fold(name);
  return ({ deadline, document }) =>
    [deadline.actor, deadline.recipient, document.issuer].some((s) => s !== null && fold(s).includes(wanted));
}
