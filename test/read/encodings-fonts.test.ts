import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeLegacy, legacyEncodingOfFont, repairLegacyRun, repairLegacyRuns } from '../../src/read/encodings/index.js';

/** What Word shows for legacy bytes: each byte as its Windows-1252 character. */
const asCp1252 = (bytes: Uint8Array): string =>
  [...iconv.decode(Buffer.from(bytes), 'cp1252')].map((ch, i) => (ch === '\uFFFD' ? String.fromCharCode(bytes[i]!) : ch)).join('');

describe('legacyEncodingOfFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArialH', 'tcvn3'],
    ['.VnArial NarrowH', 'tcvn3'],
    ['.vntime', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['VNI-Helve-Condense', 'vni'],
    [' VNI-Aptima ', 'vni'],
    ['Times New Roman', null],
    ['Arial', null],
    ['VnTime', null],
    ['', null],
  ] as const)('%j → %s', (font, enc) => {
    expect(legacyEncodingOfFont(font)).toBe(enc);
  });
});

describe('repairLegacyRun', () => {
  it.each([
    ['Kinh tÕ', '.VnTime', 'Kinh tế'],
    ['C¨n cø QuyÕt ®Þnh sè 9745/Q§-BCA-V05 ngµy 28 th¸ng 12 n¨m 2022 cña Bé C«ng an', '.VnTime', 'Căn cứ Quyết định số 9745/QĐ-BCA-V05 ngày 28 tháng 12 năm 2022 của Bộ Công an'],
    // "ư" sits on 0xAD, the soft hyphen: it must survive.
    ['\u00ADu tiªn, nh÷ng tr\u00AD\u00EAng', '.VnTime', 'ưu tiên, những trường'],
    ['céng hoµ x· héi chñ nghÜa viÖt nam', '.VnTimeH', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['ñy ban nh©n d©n', '.VnArialH', 'ỦY BAN NHÂN DÂN'],
    ['Caên cöù Quyeát ñònh soá 9745/QÑ-BCA-V05', 'VNI-Times', 'Căn cứ Quyết định số 9745/QĐ-BCA-V05'],
    ['UÛy ban nhaân daân tænh Laâm Ñoàng', 'VNI-Times', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['Tröôøng Ñaïi hoïc Sö phaïm', 'VNI-Helve', 'Trường Đại học Sư phạm'],
    ['Kinh tÕ', 'Times New Roman', 'Kinh tÕ'],
  ])('%j in %s → %j', (run, font, expected) => {
    expect(repairLegacyRun(run, font)).toBe(expected);
  });

  it('keeps Word’s curly quotes and dashes in a .VnTime run as punctuation', () => {
    expect(repairLegacyRun('vÒ \u201CchuyÓn ®æi sè\u201D \u2013 n¨m 2023\u2026', '.VnTime')).toBe('về \u201Cchuyển đổi số\u201D \u2013 năm 2023\u2026');
  });

  it('keeps characters that are already Unicode', () => {
    expect(repairLegacyRun('Kinh tÕ – hội nhập', '.VnTime')).toBe('Kinh tế – hội nhập');
  });

  it.each([
    ['Căn cứ Quyết định số 9745/QĐ-BCA-V05 ngày 28 tháng 12 năm 2022 của Bộ Công an', 'VNI-Times'],
    ['Ủy ban nhân dân tỉnh Lâm Đồng; Trường Đại học Sư phạm; ưu tiên; những', 'VNI-Times'],
    ['căn cứ quyết định số 9745/qđ-bca-v05 ngày 28 tháng 12 năm 2022 của bộ công an', '.VnTime'],
    ['cộng hòa xã hội chủ nghĩa việt nam', '.VnTime'],
  ])('round trip through the DOCX form: %j in %s', (text, font) => {
    const enc = legacyEncodingOfFont(font);
    if (enc === null) throw new Error('test font must be legacy');
    expect(repairLegacyRun(asCp1252(encodeLegacy(text, enc)), font)).toBe(text);
  });

  it('an upper-case TCVN3 letter between letters comes back (VN1 "Ộ" on the em-dash byte)', () => {
    expect(repairLegacyRun(asCp1252(encodeLegacy('CỘNG', 'tcvn3')), '.VnTime')).toBe('CỘNG');
  });
});

describe('repairLegacyRuns', () => {
  it('joins a VNI letter split across two runs (base in one, tone byte in the next)', () => {
    expect(repairLegacyRuns([
      { text: 'Vie', font: 'VNI-Times' },
      { text: 'ät Nam, ngaø', font: 'VNI-Times' },
      { text: 'y 28', font: 'VNI-Times' },
    ])).toEqual(['Việ', 't Nam, ngà', 'y 28']);
  });

  it('repairs each run by its own font and leaves Unicode runs alone', () => {
    expect(repairLegacyRuns([
      { text: 'céng hoµ x· héi chñ nghÜa viÖt nam', font: '.VnTimeH' },
      { text: ' – ', font: 'Times New Roman' },
      { text: '§éc lËp', font: '.VnTime' },
      { text: 'Tröôøng', font: 'VNI-Times' },
    ])).toEqual(['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', ' – ', 'Độc lập', 'Trường']);
  });

  it('returns one string per run, empty runs included', () => {
    expect(repairLegacyRuns([])).toEqual([]);
    expect(repairLegacyRuns([{ text: '', font: '.VnTime' }, { text: 'n¨m', font: '.VnTime' }])).toEqual(['', 'năm']);
  });
});
