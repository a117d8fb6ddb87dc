import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeLegacy, encodeLegacy, LEGACY_ENCODINGS, repairLegacyRuns, type LegacyEncoding } from '../../src/read/encodings/index.js';
import { ReadError } from '../../src/read/errors.js';
import { decodeText } from '../../src/read/text.js';

// Vietnamese syllables: onset + rhyme, the tone on the rhyme's main vowel (index given), in any case.
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES: readonly (readonly [string, number])[] = [
  ['a', 0], ['ai', 0], ['ao', 0], ['au', 0], ['ay', 0], ['an', 0], ['ang', 0], ['anh', 0], ['ac', 0], ['ach', 0], ['am', 0], ['at', 0],
  ['ăn', 0], ['ăng', 0], ['ăm', 0], ['ăc', 0], ['ât', 0], ['ân', 0], ['âu', 0], ['ây', 0], ['âm', 0], ['e', 0], ['em', 0], ['en', 0],
  ['eo', 0], ['ê', 0], ['ên', 0], ['ênh', 0], ['êt', 0], ['êu', 0], ['i', 0], ['in', 0], ['inh', 0], ['ich', 0], ['iu', 0], ['ia', 0],
  ['iên', 1], ['iêt', 1], ['iêu', 1], ['o', 0], ['oa', 1], ['oai', 1], ['oan', 1], ['oanh', 1], ['oc', 0], ['oi', 0], ['ong', 0],
  ['ô', 0], ['ôi', 0], ['ông', 0], ['ôc', 0], ['ơ', 0], ['ơi', 0], ['ơn', 0], ['u', 0], ['ua', 0], ['ui', 0], ['un', 0], ['ung', 0],
  ['uân', 1], ['uyên', 2], ['uyêt', 2], ['uy', 1], ['uôi', 1], ['uông', 1], ['ư', 0], ['ưa', 0], ['ưu', 0], ['ưng', 0], ['ươc', 1],
  ['ương', 1], ['ươi', 1], ['ươn', 1], ['y', 0], ['yêu', 1], ['yên', 1],
];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

const syllable = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RHYMES), fc.constantFrom(...TONES), fc.constantFrom('lower', 'title', 'upper'))
  .map(([onset, [rhyme, at], tone, casing]) => {
    const toned = [...rhyme].map((ch, i) => (i === at ? ch + tone : ch)).join('');
    const s = (onset + toned).normalize('NFC');
    return casing === 'upper' ? s.toUpperCase() : casing === 'title' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  });
const separator = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '. ', '\n', ' - ', ' 2023 ', '/', '; ', ' (', ') ');
const words = (min: number) =>
  fc.array(fc.tuple(syllable, separator), { minLength: min, maxLength: min * 3 }).map((ps) => ps.map(([w, s]) => w + s).join('').trim());

// Every Vietnamese letter with a diacritic and printable ASCII: the alphabet all three encodings hold.
const LETTERS = [...'aăâeêioôơuưy'].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).concat('đ');
const ALPHABET = [...new Set([...LETTERS, ...LETTERS.map((c) => c.toUpperCase())])].concat(
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)),
  '\n',
);
const anyText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 200 }).map((a) => a.join(''));

describe.each(LEGACY_ENCODINGS.map((e) => [e]))('%s', (enc: LegacyEncoding) => {
  test.prop([words(1)])('decode(encode(s)) === s for Vietnamese text', (s) => {
    expect(decodeLegacy(encodeLegacy(s, enc), enc)).toBe(s);
  });

  test.prop([anyText])('decode(encode(s)) === s for any string of Vietnamese letters and ASCII', (s) => {
    expect(decodeLegacy(encodeLegacy(s, enc), enc)).toBe(s);
  });

  test.prop([anyText])('NFD input comes back as NFC', (s) => {
    expect(decodeLegacy(encodeLegacy(s.normalize('NFD'), enc), enc)).toBe(s.normalize('NFC'));
  });

  test.prop([words(40).filter((s) => s.length >= 200)])('decodeText picks it for a paragraph of 200+ characters', (s) => {
    const d = decodeText(encodeLegacy(s, enc), 'old.txt');
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(s);
  });
});

const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('decodeText', () => {
  test.prop([words(40).filter((s) => s.length >= 200), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { minLength: 1, maxLength: 3 })])(
    'UTF-8 with up to three stray bytes stays UTF-8',
    (s, damage) => {
      const bytes = [...Buffer.from(s, 'utf8')];
      for (const [at, b] of damage) bytes.splice(at % bytes.length, 0, b);
      // Two stray bytes can land side by side as one valid character (C2 80): then nothing is damaged.
      fc.pre(!isValidUtf8(Uint8Array.from(bytes)));
      const d = decodeText(Uint8Array.from(bytes), 'a.txt');
      expect(d.encoding).toBe('utf-8');
      expect(d.warnings.some((w) => /invalid UTF-8 byte sequences? (was|were) replaced by U\+FFFD$/u.test(w))).toBe(true);
    },
  );

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 2000 })])('any bytes: decoded or a ReadError, nothing else', (bytes) => {
    try {
      const d = decodeText(bytes, 'a.txt');
      expect(typeof d.text).toBe('string');
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
    }
  });
});

describe.each([
  ['tcvn3', '.VnTime'],
  ['vni', 'VNI-Times'],
] as const)('DOCX runs in %s (%s)', (enc, font) => {
  /** The DOCX form: each legacy byte as its Windows-1252 character (undefined bytes as C1 controls). */
  const asCp1252 = (bytes: Uint8Array): string =>
    [...iconv.decode(Buffer.from(bytes), 'cp1252')].map((ch, i) => (ch === '\uFFFD' ? String.fromCharCode(bytes[i]!) : ch)).join('');

  // TCVN3 capitals come from the …H fonts; its VN1 capitals on Word's quote bytes are kept as quotes.
  const typed = (s: string): string => (enc === 'tcvn3' ? s.toLowerCase() : s);

  test.prop([words(1), fc.array(fc.nat(), { maxLength: 6 })])('however Word splits the runs, the joined repair is the text', (s, cuts) => {
    const docx = asCp1252(encodeLegacy(typed(s), enc));
    const at = [...new Set(cuts.map((c) => c % (docx.length + 1)))].sort((a, b) => a - b);
    const parts = [0, ...at].map((start, k) => docx.slice(start, at[k] ?? docx.length));
    const repaired = repairLegacyRuns(parts.map((text) => ({ text, font })));
    expect(repaired).toHaveLength(parts.length);
    expect(repaired.join('').normalize('NFC')).toBe(typed(s));
  });
});
