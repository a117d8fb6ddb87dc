import { expandAgencyAbbreviations, issuerOfSymbol, KNOWN_AGENCY_NAMES } from '../data/vi/index.js';

const BARE = new Set([...KNOWN_AGENCY_NAMES].map((n) => n.toLocaleLowerCase('vi')));
/** "Sở Y tế" is a bare name; "Sở Y tế Hà Tĩnh" already says where. */
const isBareAgency = (s: string): boolean => BARE.has(s.toLocaleLowerCase('vi'));
import type { Locality } from './locality.js';

/**
 * Resolves a relative issuer to its locality: "UBND huyện" in a district office's letter is
 * that district's People's Committee. Returns the expanded name and whether it was resolved.
 */
export function resolveIssuerText(written: string, loc: Locality): { name: string; resolved: boolean } {
  const expanded = tidy(expandAgencyAbbreviations(written)).replace(OFFICIAL, '');
  // A level word with no name after it: "Ủy ban nhân dân huyện", "UBND tỉnh", "Công an thành phố".
  // A Party committee or a department named without its place: "Ban Tuyên giáo Tỉnh ủy", "Sở Y tế".
  const party = /(?:^|\s)(?<kind>Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy)$/u.exec(expanded);
  if (party?.groups?.kind) {
    const place = /^(?:Tỉnh|Thành)/u.test(party.groups.kind) ? loc.province : loc.district?.name ?? null;
    return place ? { name: `${expanded} ${place}`, resolved: true } : { name: expanded, resolved: false };
  }
  if (/^Sở\s/u.test(expanded) && isBareAgency(expanded) && loc.province) {
    return { name: `${expanded} ${loc.province}`, resolved: true };
  }
  const m = /^(?<body>.*?)\s+(?<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã)$/iu.exec(expanded);
  if (!m?.groups?.body || !m.groups.level) return { name: expanded, resolved: false };
  const level = m.groups.level.toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
  let place: string | null = null;
  if (level === 'tỉnh' && loc.province && loc.provinceKind !== 'thành phố') place = loc.province;
  else if (level === 'thành phố' && loc.province && loc.provinceKind === 'thành phố') place = loc.province;
  else if (level === 'thành phố' && loc.district?.level === 'thành phố') place = loc.district.name;
  else if (loc.district && loc.district.level === level) place = loc.district.name;
  return place ? { name: `${m.groups.body} ${level} ${place}`, resolved: true } : { name: expanded, resolved: false };
}

/** The issuer a symbol implies (BCA → Bộ Công an), only for bodies that need no locality. */
export function issuerFromSymbol(symbol: string): { name: string; code: string } | null {
  const hit = issuerOfSymbol(symbol);
  if (!hit || hit.entry.relative) return null;
  return { name: hit.entry.name, code: hit.code };
}

// The official who signs for a body, before the body: "Bộ trưởng Bộ Y tế", "Giám đốc Sở Y tế".
const OFFICIAL = /^(?:Bộ\s+trưởng|Giám\s+đốc|Thủ\s+trưởng|Chánh\s+Văn\s+phòng|Hiệu\s+trưởng|Viện\s+trưởng|Cục\s+trưởng|Tổng\s+cục\s+trưởng)\s+(?=(?:Bộ|Sở|Văn\s+phòng|Trường|Viện|Bệnh\s+viện|Trung\s+tâm|Cục|Tổng\s+cục|Đại\s+học|Học\s+viện)\s)/u;
const tidy = (s: string): string => s.replace(/\s+/gu, ' ').replace(/^[\s,]+|[\s,]+$/gu, '');
