import { commonSyllableTable } from './_tables.js';

/**
 * Syllables seen at least twice in a sample of administrative documents (common-syllables.json).
 * When a glued word can be cut two ways ("BANHÀNH": "BAN HÀNH" or "BA NHÀNH"), the cut into
 * known syllables wins. Not a dictionary: an unknown syllable is still a syllable.
 */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(commonSyllableTable.syllables);
