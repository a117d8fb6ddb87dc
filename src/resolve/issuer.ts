import { expandAgencyAbbreviations, issuerOfSymbol, KNOWN_AGENCY_NAMES } from '../data/vi/index.js';

const BARE = new Set([...KNOWN_AGENCY_NAMES].map((n) => n.toLocaleLowerCase('vi')));
/** "Sở Y tế" is a bare name; "Sở Y tế Hà Tĩnh" already says where. */
// toLowerCase() equals toLocaleLowerCase('vi') (ICU has no Vietnamese case rules) and is far cheaper.
const isBareAgency = (s: string): boolean => BARE.has(s.toLowerCase());
import type { Locality } from './locality.js';
import { collapseBlanks } from '../grammar/vi/blanks.js';

/**
 * Resolves a relative issuer to its locality: "UBND huyện" in a district office's letter is
 * that district's People's Committee. Returns the expanded name and whether it was resolved.
 */
export function resolveIssuerText(written: string, loc: Locality): { name: string; resolved: boolean } {
  const tidied = tidy(expandAgencyAbbreviations(written));
  // OFFICIAL (global, a lookbehind tried at every position) only where one of its titles is.
  const expanded = mayNameOfficial(tidied) ? tidied.replace(OFFICIAL, '') : tidied;
  // A level word with no name after it: "Ủy ban nhân dân huyện", "UBND tỉnh", "Công an thành phố".
  // A Party committee or a department named without its place: "Ban Tuyên giáo Tỉnh ủy", "Sở Y tế".
  const party = /(?:^|\s)(?<kind>Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn)$/u.exec(expanded);
  if (party?.groups?.kind) {
    const place = /^(?:Tỉnh|Thành)/u.test(party.groups.kind) ? loc.province : loc.district?.name ?? null;
    return place ? { name: `${expanded} ${place}`, resolved: true } : { name: expanded, resolved: false };
  }
  if (/^Sở\s/u.test(expanded) && isBareAgency(expanded) && loc.province) {
    return { name: `${expanded} ${loc.province}`, resolved: true };
  }
  const m = /^(?<body>.*?)\s+(?<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)$/iu.exec(expanded);
  if (!m?.groups?.body || !m.groups.level) return { name: expanded, resolved: false };
  const level = m.groups.level.toLowerCase().replace(/\s+/gu, ' ');
  let place: string | null = null;
  if (level === 'tỉnh' && loc.province && loc.provinceKind !== 'thành phố') place = loc.province;
  else if (level === 'thành phố' && loc.province && loc.provinceKind === 'thành phố') place = loc.province;
  else if (level === 'thành phố' && loc.district?.level === 'thành phố') place = loc.district.name;
  else if (loc.district && loc.district.level === level) place = loc.district.name;
  else if (loc.commune && loc.commune.level === level) place = loc.commune.name;
  return place ? { name: `${m.groups.body} ${level} ${place}`, resolved: true } : { name: expanded, resolved: false };
}

/**
 * The issuer a symbol implies: BCA → Bộ Công an. A body named without its place (SYT, TU, HU,
 * PGDĐT) is placed in the citing document's locality when it has one of that level ("567/SYT-NVY"
 * in a Hà Tĩnh hospital's plan → Sở Y tế Hà Tĩnh); bodies of any level (UBND, HĐND, BCĐ) stay unknown.
 */
export function issuerFromSymbol(symbol: string, loc?: Locality): { name: string; code: string; placed: boolean } | null {
  const hit = issuerOfSymbol(symbol);
  if (!hit) return null;
  const e = hit.entry;
  if (!e.relative) return { name: e.name, code: hit.code, placed: false };
  if (!loc) return null;
  const inProvince = e.level === 'province' || (e.level === 'party' && /Tỉnh ủy$/u.test(e.name));
  const inDistrict = e.level === 'district' || (e.level === 'party' && /(?:Huyện|Quận) ủy$/u.test(e.name));
  if (inProvince && loc.province) {
    const city = loc.provinceKind === 'thành phố';
    const name = city && e.nameInCity ? e.nameInCity : e.name;
    // "Sở Y tế Hà Tĩnh", "Tỉnh ủy Bình Định", "Công an tỉnh Quảng Ninh", "Bộ Chỉ huy Quân sự tỉnh Nghệ An".
    // "Tỉnh đoàn Đồng Tháp", "Thành đoàn Hà Nội": the Đoàn's committees name their place bare too.
    const bare = e.level === 'party' || /^Sở\s/u.test(name) || /\s(?:tỉnh|thành phố)$/u.test(name) || /^(?:Tỉnh|Thành) đoàn$/u.test(name);
    return { name: bare ? `${name} ${loc.province}` : `${name} ${city ? 'thành phố' : 'tỉnh'} ${loc.province}`, code: hit.code, placed: true };
  }
  if (inDistrict && loc.district) {
    const { level, name: place } = loc.district;
    if (e.level === 'party') {
      const fits = (level === 'quận') === /Quận ủy$/u.test(e.name);
      return fits ? { name: `${e.name} ${place}`, code: hit.code, placed: true } : null;
    }
    if (e.name === 'Huyện đoàn') return level === 'huyện' ? { name: `${e.name} ${place}`, code: hit.code, placed: true } : null;
    return { name: `${e.name} ${level} ${place}`, code: hit.code, placed: true };
  }
  return null;
}

// The official who signs for a body, before the body: "Bộ trưởng Bộ Y tế", "Giám đốc Sở Y tế".
// Each party of a joint document too: "Bộ trưởng Bộ Y tế và Bộ trưởng Bộ Nội vụ" → "Bộ Y tế và Bộ Nội vụ".
/** A necessary condition of OFFICIAL matching: its titles all hold "trưởng", "Giám" or "Chánh". */
export const mayNameOfficial = (s: string): boolean => s.includes('trưởng') || s.includes('Giám') || s.includes('Chánh');
export const OFFICIAL = /(?<=^|\svà\s|,\s)(?:Bộ\s+trưởng|Giám\s+đốc|Thủ\s+trưởng|Chánh\s+Văn\s+phòng|Hiệu\s+trưởng|Viện\s+trưởng|Cục\s+trưởng|Tổng\s+cục\s+trưởng)\s+(?=(?:Bộ|Sở|Văn\s+phòng|Trường|Viện|Bệnh\s+viện|Trung\s+tâm|Cục|Tổng\s+cục|Đại\s+học|Học\s+viện)\s)/gu;
/**
 * s.replace(/\s+/gu, ' ').replace(/^[\s,]+|[\s,]+$/gu, ''): blanks made one space, then spaces and
 * commas cut at both ends by hand (the end-anchored alternative was tried from every position).
 */
export const tidy = (s: string): string => {
  const one = collapseBlanks(s);
  let a = 0;
  let b = one.length;
  while (a < b && isSpaceOrComma(one.charCodeAt(a))) a++;
  while (b > a && isSpaceOrComma(one.charCodeAt(b - 1))) b--;
  return a === 0 && b === one.length ? one : one.slice(a, b);
};
// After the blanks are made spaces, [\s,] is a space or a comma.
const isSpaceOrComma = (c: number): boolean => c === 0x20 || c === 0x2c;
