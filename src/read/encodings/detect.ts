import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy.js';
import { COMMON_WORDS, isVietnameseSyllable } from './syllable.js';

// Which legacy table were these bytes written in? Decode every word that has a byte ≥ 0x80 with each
// candidate and count the words that come out as Vietnamese syllables; ASCII reads the same in all.

export interface EncodingScore {
  readonly encoding: LegacyEncoding;
  /** Share of the non-ASCII words that decode to a Vietnamese syllable, 0..1. */
  readonly syllables: number;
  /** Non-ASCII words that decode to a frequent word ("của", "được", "năm" …). */
  readonly common: number;
}

export interface LegacyGuess {
  /** The clear winner, or null when none stands out. */
  readonly encoding: LegacyEncoding | null;
  /** Best first. */
  readonly scores: readonly EncodingScore[];
  /** Words with a byte ≥ 0x80 that were looked at. */
  readonly words: number;
}

/** Looking further than this many words changes nothing but the time. */
const MAX_WORDS = 4000;
/** The winner must read at least this share of words as Vietnamese … */
const MIN_SHARE = 0.5;
/** … and beat the runner-up by this much. */
const MIN_MARGIN = 0.15;

const isAsciiLetter = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Runs of bytes between ASCII non-letters (space, digits, punctuation) that hold a byte ≥ 0x80. */
function nonAsciiWords(bytes: Uint8Array): Uint8Array[] {
  const words: Uint8Array[] = [];
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length && words.length < MAX_WORDS; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x20;
    if (b >= 0x80) high = true;
    else if (!isAsciiLetter(b)) {
      if (high && i > start) words.push(bytes.subarray(start, i));
      start = i + 1;
      high = false;
    }
  }
  return words;
}

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

function score(words: readonly Uint8Array[], encoding: LegacyEncoding): EncodingScore {
  let ok = 0;
  let common = 0;
  for (const w of words) {
    const text = decodeLegacy(w, encoding);
    if (LETTERS_ONLY.test(text) && isVietnameseSyllable(text)) ok++;
    if (COMMON_WORDS.has(text.toLowerCase())) common++;
  }
  return { encoding, syllables: words.length === 0 ? 0 : ok / words.length, common };
}

/** Scores Windows-1258, TCVN3 and VNI on the bytes and names the one that clearly reads as Vietnamese. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyGuess {
  const words = nonAsciiWords(bytes);
  const scores = LEGACY_ENCODINGS.map((e) => score(words, e)).sort(
    (a, b) => b.syllables - a.syllables || b.common - a.common,
  );
  const [best, second] = scores as [EncodingScore, EncodingScore];
  const clear = best.syllables >= MIN_SHARE && best.syllables - second.syllables >= MIN_MARGIN;
  return { encoding: words.length > 0 && clear ? best.encoding : null, scores, words: words.length };
}
