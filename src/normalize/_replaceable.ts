/**
 * The code units that the first steps replace: line breaks other than "\n" (unifyNewlines), eth
 * and invisible characters (cleanCharacters), unusual spaces (unifySpaces), dash, quote and slash
 * variants (unifyPunctuation). Most documents hold none, and one table lookup per unit finds that
 * out in one pass: the four steps' patterns are four scans, and irregexp tests a class of scattered
 * non-ASCII characters at several ns a unit. A test checks every unit their patterns match is here.
 */
type Ranges = readonly (readonly [number, number])[];
export const NEWLINE_RANGES: Ranges = [[0x0d, 0x0d], [0x2028, 0x2029]];
/** Eth, invisibles. */
export const CLEAN_RANGES: Ranges = [[0xd0, 0xd0], [0xf0, 0xf0], [0xad, 0xad], [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff]];
export const SPACE_RANGES: Ranges = [[0xa0, 0xa0], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
/** Dashes, quotes, slashes. */
export const PUNCTUATION_RANGES: Ranges = [
  [0x2010, 0x2015], [0x2212, 0x2212], [0xfe58, 0xfe58], [0xfe63, 0xfe63], [0xff0d, 0xff0d],
  [0x201c, 0x201f], [0xab, 0xab], [0xbb, 0xbb], [0x2033, 0x2033], [0x2018, 0x201b], [0x2032, 0x2032],
  [0x2044, 0x2044], [0x2215, 0x2215], [0xff0f, 0xff0f],
];
const RANGES: Ranges = [...NEWLINE_RANGES, ...CLEAN_RANGES, ...SPACE_RANGES, ...PUNCTUATION_RANGES];

const TABLE = new Uint8Array(0x10000);
for (const [from, to] of RANGES) TABLE.fill(1, from, to + 1);

/** Whether `text` holds a unit one of the first steps would replace. */
export function hasReplaceableUnits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TABLE[text.charCodeAt(i)] === 1) return true;
  return false;
}
