import { findProvince } from '../data/vi/index.js';

/** Where the issuing body sits: read from the header ("UBND HUYỆN THỦ THỪA") or the place line. */
export interface Locality {
  readonly province: string | null;
  /** "thành phố" when the province-level unit is a centrally-run city. */
  readonly provinceKind: 'tỉnh' | 'thành phố' | null;
  readonly district: { readonly level: string; readonly name: string } | null;
  readonly commune: { readonly level: string; readonly name: string } | null;
}

export const NO_LOCALITY: Locality = { province: null, provinceKind: null, district: null, commune: null };

const LEVELS = String.raw`TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN`;
const UNIT = new RegExp(String.raw`(?<![\p{L}])(?<level>${LEVELS})\s+(?<name>[\p{L}\s.-]{2,40}?)\s*$`, 'iu');

// toLowerCase() equals toLocaleLowerCase('vi') (ICU has no Vietnamese case rules) and is far cheaper.
const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1)) // toUpperCase() equals toLocaleUpperCase('vi'), as above
    .join(' ');

const levelOf = (raw: string): string => {
  const l = raw.toLowerCase().replace(/\s+/gu, ' ');
  return l.startsWith('tp') ? 'thành phố' : l;
};

// A provincial department or office naming its province without "TỈNH": "SỞ GD&ĐT NINH THUẬN",
// "SỞ Y TẾ QUẢNG TRỊ", "CÔNG AN HÀ NỘI" (the province is the line's last words).
const DEPARTMENT = /^(?:SỞ|CÔNG\s+AN|BẢO\s+HIỂM\s+XÃ\s+HỘI|KHO\s+BẠC\s+NHÀ\s+NƯỚC|CỤC\s+THUẾ)\s+\S/u;

function departmentProvince(line: string): { province: string; provinceKind: Locality['provinceKind'] } | undefined {
  if (!DEPARTMENT.test(line)) return undefined;
  const words = line.split(/\s+/u);
  for (const n of [3, 2]) {
    if (words.length <= n + 1) continue;
    const p = findProvince(titleCase(words.slice(-n).join(' ')));
    if (p) return { province: p.name, provinceKind: p.kind === 'thành phố' ? 'thành phố' : 'tỉnh' };
  }
  return undefined;
}

/** Reads the administrative units named in header lines (governing body first). */
export function localityFromHeader(lines: readonly string[], provinceNames: (name: string) => boolean): Locality {
  let province: string | null = null;
  let provinceKind: Locality['provinceKind'] = null;
  let district: Locality['district'] = null;
  let commune: Locality['commune'] = null;
  // A joint header names each issuer between dashes: "BAN TUYÊN GIÁO TỈNH ỦY - SỞ GIÁO DỤC VÀ ĐÀO TẠO".
  for (const raw of lines.flatMap((l) => l.split(/\s[-–]\s/u))) {
    // Party committees name their place after "ỦY": "HUYỆN ỦY CHÂU THÀNH" is huyện Châu Thành.
    const line = raw.trim().replace(/^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ỦY\s+/iu, (_a, l: string) => (/^THÀNH$/iu.test(l) ? 'THÀNH PHỐ ' : /^THỊ$/iu.test(l) ? 'THỊ XÃ ' : `${l} `));
    const m = UNIT.exec(line);
    if (!m?.groups?.level || !m.groups.name) {
      const p: ReturnType<typeof departmentProvince> = province === null ? departmentProvince(line) : undefined;
      if (p) ({ province, provinceKind } = p);
      continue;
    }
    // "BAN TUYÊN GIÁO TỈNH ỦY": the Party committee of an unnamed province, no province named "Ủy".
    if (/^(?:[ỦU][YỶ]|ĐOÀN)$/iu.test(m.groups.name.trim())) continue;
    const level = levelOf(m.groups.level);
    const name = titleCase(m.groups.name);
    if (level === 'tỉnh' || (level === 'thành phố' && provinceNames(name))) {
      province ??= name;
      provinceKind ??= level === 'tỉnh' ? 'tỉnh' : 'thành phố';
    } else if (level === 'huyện' || level === 'quận' || level === 'thị xã' || level === 'thành phố') {
      district ??= { level, name };
    } else {
      commune ??= { level, name };
    }
  }
  return { province, provinceKind, district, commune };
}

/**
 * Fills what the header did not say from places the document names itself ("UBND huyện Đức Hòa"),
 * when it names exactly one of that level.
 */
const NAME = String.raw`((?:\p{Lu}[\p{Ll}]*\s?){1,4})`;
const NAMED_DISTRICT = new RegExp(String.raw`(?<![\p{L}])huyện\s+${NAME}`, 'gu');
const NAMED_PROVINCE = new RegExp(String.raw`(?<![\p{L}])tỉnh\s+${NAME}`, 'gu');

export const NAMED_CITY = new RegExp(String.raw`(?<![\p{L}])(?:thành\s+phố|Thành\s+phố|TP\.?)\s*${NAME}`, 'gu');
const CITY_BODY = /^(?:Sở|Công\s+an|Bảo\s+hiểm\s+xã\s+hội|Kho\s+bạc\s+Nhà\s+nước)\s/u;

/** A necessary condition of NAMED_CITY matching in `t`. */
export const mayNameCity = (t: string): boolean => t.includes('hành') || t.includes('TP');

/** Centrally-run cities a name mentions: "UBND thành phố Hà Nội", "Sở Y tế Hà Nội" (its last words). */
function citiesNamed(t: string): string[] {
  // NAMED_CITY's words are "thành phố", "Thành phố" or "TP": without them, no scan.
  const names = mayNameCity(t) ? [...t.matchAll(NAMED_CITY)].map((m) => (m[1] ?? '').trim()) : [];
  if (CITY_BODY.test(t)) {
    const words = t.trim().split(/\s+/u);
    for (const n of [2, 3]) if (words.length > n + 1) names.push(words.slice(-n).join(' '));
  }
  return names.flatMap((n) => {
    const p = n ? findProvince(n) : undefined;
    return p?.kind === 'thành phố' ? [p.name] : [];
  });
}

export function localityFromMentions(loc: Locality, texts: readonly string[]): Locality {
  const one = (re: RegExp, word: string): string | null => {
    const names = new Set<string>();
    // The pattern's level word is in every match: a text without it is not scanned.
    for (const t of texts) if (t.includes(word)) for (const m of t.matchAll(re)) if (m[1]) names.add(titleCase(m[1]));
    return names.size === 1 ? [...names][0]! : null;
  };
  const district = loc.district ?? (() => {
    const n = one(NAMED_DISTRICT, 'huyện');
    return n ? { level: 'huyện', name: n.trim() } : null;
  })();
  const named = loc.province ?? one(NAMED_PROVINCE, 'tỉnh')?.trim() ?? null;
  if (named) return { ...loc, district, province: named, provinceKind: loc.provinceKind ?? 'tỉnh' };
  // A district of a centrally-run city names the city after a body: "Sở Y tế Hà Nội", "thành phố Hà Nội".
  const cities = new Set(texts.flatMap(citiesNamed));
  const city = cities.size === 1 ? [...cities][0]! : null;
  return { ...loc, district, province: city, provinceKind: loc.provinceKind ?? (city ? 'thành phố' : null) };
}
