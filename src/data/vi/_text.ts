// Text keys for the lookups in this folder. Private: other stages normalize in `normalize/`.

/**
 * Anything but printable ASCII and the Latin letters of U+00C0–U+024F and U+1E00–U+1EFF other than
 * the eth: a code without one is NFC already (every such character and pair checked), has no eth,
 * dash, slash variant or space, and cleanCode leaves it as it is.
 */
export const NOT_CLEAN = /[^\u0021-\u007E\u00C0-\u00CF\u00D1-\u00EF\u00F1-\u024F\u1E00-\u1EFF]/u;
/** !NOT_CLEAN.test(s), unit by unit: codes are short, and the regex call cost more than the scan. */
export function isCleanCode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x21 && c <= 0x7e) || (c >= 0xc0 && c <= 0x24f && c !== 0xd0 && c !== 0xf0) || (c >= 0x1e00 && c <= 0x1eff))) return false;
  }
  return true;
}

/** NFC, the Icelandic eth (Ð U+00D0, ð U+00F0) that fonts confuse with Đ/đ mapped to Đ/đ, no whitespace. */
export function cleanCode(s: string): string {
  if (isCleanCode(s)) return s;
  return s
    .normalize('NFC')
    .replace(/\u00D0/gu, 'Đ')
    .replace(/\u00F0/gu, 'đ')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[\u2044\u2215\uFF0F]/gu, '/')
    .replace(/\s+/gu, '');
}

/** Vietnamese upper case: "qđ" → "QĐ", "ttg" → "TTG". */
// toUpperCase() equals toLocaleUpperCase('vi') (ICU has no Vietnamese case rules; checked for every code point) and is far cheaper.
export const upperVi = (s: string): string => s.toUpperCase();

const NOT_ASCII = /[^\u0000-\u007F]/u;

/** Strips every diacritic and maps đ → d: "SGDĐT" → "SGDDT", "Hoà Bình" → "Hoa Binh". ASCII is left as it is. */
export function stripMarks(s: string): string {
  if (!NOT_ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');
}

/** The accent- and case-free form of a code: "Sgdđt" → "SGDDT". */
export const foldCode = (s: string): string => upperVi(stripMarks(cleanCode(s)));

/**
 * Builds a lookup from keys to values where a key claimed by two different values is
 * ambiguous and answers nothing (the tests check that the tables avoid that).
 */
export function uniqueIndex<V>(pairs: Iterable<readonly [string, V]>): ReadonlyMap<string, V> {
  const seen = new Map<string, V>();
  const clash = new Set<string>();
  for (const [k, v] of pairs) {
    const prev = seen.get(k);
    if (prev !== undefined && prev !== v) clash.add(k);
    else seen.set(k, v);
  }
  for (const k of clash) seen.delete(k);
  return seen;
}
