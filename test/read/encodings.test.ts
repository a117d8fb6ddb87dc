import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TCVN3_TABLE, VNI_TABLE } from '../../src/data/vi/encodings/index.js';
import { EncodingTableSchema } from '../../src/data/vi/encodings/schema.js';
import { decodeLegacy, encodeLegacy, type LegacyEncoding } from '../../src/read/encodings/index.js';
import { isVietnameseSyllable } from '../../src/read/encodings/syllable.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

// The 67 lower-case letters with a diacritic, and their capitals.
const VOWELS = 'aăâeêioôơuưy';
const LOWER = [...VOWELS].flatMap((v) => ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((t) => (v + t).normalize('NFC'))).filter((c) => !/^[aeiouy]$/u.test(c)).concat('đ');
const LETTERS = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];

describe('tables', () => {
  it('has 67 lower-case Vietnamese letters with diacritics and 134 with capitals', () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set(LETTERS).size).toBe(134);
  });

  it.each([
    ['tcvn3', TCVN3_TABLE],
    ['vni', VNI_TABLE],
  ] as const)('%s lists every Vietnamese letter and passes its schema', (_name, table) => {
    expect(() => EncodingTableSchema.parse(table)).not.toThrow();
    for (const ch of LETTERS) expect(table.bytes[ch], ch).toBeDefined();
  });

  it('TCVN3 decodes every byte as iconv-lite "tcvn" does', () => {
    expect(decodeLegacy(ALL_BYTES, 'tcvn3')).toBe(iconv.decode(Buffer.from(ALL_BYTES), 'tcvn').normalize('NFC'));
  });

  it('Windows-1258 decodes every byte as iconv-lite does, then NFC', () => {
    const ours = decodeLegacy(ALL_BYTES.subarray(0x20), 'windows-1258');
    const theirs = iconv.decode(Buffer.from(ALL_BYTES.subarray(0x20)), 'windows1258').normalize('NFC');
    // WHATWG maps the five unassigned bytes to C1 controls where iconv-lite writes U+FFFD.
    expect(ours.replace(/[\u0080-\u009F]/gu, '\uFFFD')).toBe(theirs);
  });
});

describe('decodeLegacy', () => {
  it.each([
    // TCVN3 (.VnTime): one byte per letter; "ư" is on the soft-hyphen byte 0xAD.
    ['tcvn3', bytes(0xad), 'ư'],
    ['tcvn3', latin1('\u00ADu ti\u00AAn'), 'ưu tiên'],
    ['tcvn3', latin1('nh\u00F7ng'), 'những'],
    ['tcvn3', latin1('Kinh t\u00D5'), 'Kinh tế'],
    ['tcvn3', latin1('Tr\u00ADêng'), 'Trường'],
    ['tcvn3', bytes(0x61, 0xb3), 'á'], // combining sắc byte after a base letter
    // VNI: base letter + modifier byte, or one byte for đ ơ ư and the toned i.
    ['vni', bytes(0x61, 0xf9), 'á'],
    ['vni', bytes(0x6f, 0xe2), 'ô'],
    ['vni', bytes(0xf4), 'ơ'],
    ['vni', bytes(0xf4, 0xf9), 'ớ'],
    ['vni', bytes(0x61, 0xea), 'ă'],
    ['vni', bytes(0x61, 0xe9), 'ắ'],
    ['vni', bytes(0x41, 0xc1), 'Ấ'],
    ['vni', latin1('ñöôïc'), 'được'],
    ['vni', latin1('nhöõng'), 'những'],
    ['vni', latin1('öu tieân'), 'ưu tiên'],
    ['vni', latin1('tænh'), 'tỉnh'],
    ['vni', latin1('UÛy ban nhaân daân tænh Laâm Ñoàng'), 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['vni', latin1('Tröôøng Ñaïi hoïc Sö phaïm'), 'Trường Đại học Sư phạm'],
    ['vni', bytes(0xf9), 'ù'], // a modifier with no base is its cp1252 character
    ['vni', bytes(0x93, 0x61, 0x94), '\u201Ca\u201D'],
    // Windows-1258: base letter + combining tone byte, handed on as NFC.
    ['windows-1258', bytes(0xea, 0xec), 'ế'],
    ['windows-1258', bytes(0x74, 0x69, 0xd2, 0x6e, 0x68), 'tỉnh'],
    ['windows-1258', bytes(0xf0, 0xfd, 0xf5, 0xf2, 0x63), 'được'],
  ] as const)('%s %j → %j', (enc, input, expected) => {
    const text = decodeLegacy(input, enc);
    expect(text).toBe(expected);
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('encodeLegacy', () => {
  const SENTENCES = [
    'Căn cứ Quyết định số 9745/QĐ-BCA-V05 ngày 28 tháng 12 năm 2022 của Bộ Công an',
    'Ủy ban nhân dân tỉnh Lâm Đồng',
    'Trường Đại học Sư phạm',
    'ưu tiên',
    'những',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  ];
  const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258'];

  it.each(ENCODINGS.flatMap((e) => SENTENCES.map((s) => [e, s] as const)))('%s round trip: %j', (enc, s) => {
    expect(decodeLegacy(encodeLegacy(s, enc), enc)).toBe(s);
  });

  it('round trips NFD input to NFC', () => {
    const nfd = 'Trường Đại học'.normalize('NFD');
    for (const enc of ENCODINGS) expect(decodeLegacy(encodeLegacy(nfd, enc), enc)).toBe('Trường Đại học');
  });

  it.each([
    ['tcvn3', 'Căn cứ', [0x43, 0xa8, 0x6e, 0x20, 0x63, 0xf8]],
    ['vni', 'Căn cứ', [0x43, 0x61, 0xea, 0x6e, 0x20, 0x63, 0xf6, 0xf9]],
    ['windows-1258', 'Căn cứ', [0x43, 0xe3, 0x6e, 0x20, 0x63, 0xfd, 0xec]],
  ] as const)('%s writes %j as the legacy bytes', (enc, s, expected) => {
    expect([...encodeLegacy(s, enc)]).toEqual(expected);
  });

  it('VNI writes other Windows-1252 characters as their bytes', () => {
    expect([...encodeLegacy('\u201C€\u201D', 'vni')]).toEqual([0x93, 0x80, 0x94]);
  });

  it('matches iconv-lite when writing TCVN3', () => {
    const s = SENTENCES.join(' ');
    expect(Buffer.from(encodeLegacy(s, 'tcvn3')).equals(iconv.encode(s, 'tcvn'))).toBe(true);
  });

  it.each([
    ['tcvn3', '“quoted”'],
    ['tcvn3', '漢'],
    ['vni', 'señor'], // ñ is the byte of đ
    ['vni', '漢'],
    ['windows-1258', '漢'],
  ] as const)('%s refuses %j with a RangeError', (enc, s) => {
    expect(() => encodeLegacy(s, enc)).toThrow(RangeError);
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['được', 'người', 'khuyến', 'nghiêng', 'Ủy', 'NĂM', 'quyết', 'giữa', 'oai', 'thuở', 'xoong', 'chuyển', 'ưu', 'yêu', 'Đồng'])('%s is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['vieọt', 'caùc', 'cña', 'nhöõng', 'ăn'.slice(0, 1), 'ng', 'qđ', 'tháá', 'strong', 'aực'])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
