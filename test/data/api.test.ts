import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_AGENCY_NAMES,
  TYPE_WORDS,
  canonicalTypeWord,
  docTypeByCode,
  docTypeOfSymbol,
  expandAgencyAbbreviations,
  findProvince,
  issuerOfSymbol,
  issuersOfSymbol,
  lookupIssuerCode,
  typeCodeOfWord,
} from '../../src/data/vi/index.js';

describe('issuerOfSymbol / docTypeOfSymbol', () => {
  it.each([
    ['124/2021/TT-BCA', 'BCA', 'TT'],
    ['51-NQ/TW', 'TW', 'NQ'],
    ['586/UBND-NCTCD', 'UBND', undefined],
    ['586 /UBND-NCTCD', 'UBND', undefined],
    ['9745/QĐ-BCA-V05', 'BCA', 'QĐ'],
    ['03/CT-BCA-V28', 'BCA', 'CT'],
    ['07/CT-BCA- V28', 'BCA', 'CT'],
    ['43/2019/QH14', 'QH', undefined],
    ['06/2008/CT-TTg', 'TTg', 'CT'],
    ['123/qđ-ttg', 'TTg', 'QĐ'],
    ['qđ-ttg', 'TTg', 'QĐ'],
    ['12/Qđ-UBND', 'UBND', 'QĐ'],
    ['118-KH/ĐUCA', 'ĐUCA', 'KH'],
    ['04-CT/TU', 'TU', 'CT'],
    ['291/SGDDĐT-HCQT', 'SGDĐT', undefined],
    ['3560/KH-SGDĐT', 'SGDĐT', 'KH'],
    ['Số:    /KH-SGDĐT', 'SGDĐT', 'KH'],
    ['/PGDDĐT', 'PGDĐT', undefined],
    ['103/KH-BCĐ', 'BCĐ', 'KH'],
    ['06/BC-BCĐ', 'BCĐ', 'BC'],
    ['01/2015/TTLT-BTC-BNV', 'BTC', 'TTLT'],
    ['32/2018/TT-BGDĐT', 'BGDĐT', 'TT'],
    ['12/2018/TT-BGDDT', 'BGDĐT', 'TT'],
    ['30/2020/NĐ-CP', 'CP', 'NĐ'],
    ['30/2020/ND-CP', 'CP', 'NĐ'],
    ['30/2020/NÐ-CP', 'CP', 'NĐ'], // Icelandic eth Ð (U+00D0) typed for Đ
    ['23/2025/TT-BNNMT', 'BNNMT', 'TT'],
    ['1777/LĐTBXH-QĐ', 'BLĐTBXH', undefined],
    ['08-QĐi/TW', 'TW', 'QĐi'],
    ['12/KH-XYZW', undefined, 'KH'], // an unknown issuer is not guessed
  ])('"%s" → %s, %s', (symbol, issuer, type) => {
    expect(issuerOfSymbol(symbol)?.code).toBe(issuer);
    expect(docTypeOfSymbol(symbol)?.code).toBe(type);
  });

  it.each([
    ['01/2015/TTLT-BTC-BNV', ['BTC', 'BNV']],
    ['01/2017/TTLT-BCA-VKSNDTC-TANDTC', ['BCA', 'VKSNDTC', 'TANDTC']],
    ['403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', ['UBTVQH', 'CP', 'MTTW']],
    ['9745/QĐ-BCA-V05', ['BCA']],
    ['123/UBND-VP', ['UBND']], // a unit suffix that is also a code is not a second issuer
  ])('issuersOfSymbol("%s") → %j', (symbol, codes) => {
    expect(issuersOfSymbol(symbol).map((i) => i.code)).toEqual(codes);
  });
});

describe('lookupIssuerCode', () => {
  it.each([
    ['BCA', 'Bộ Công an'],
    ['TTg', 'Thủ tướng Chính phủ'],
    ['TTG', 'Thủ tướng Chính phủ'],
    ['ttg', 'Thủ tướng Chính phủ'],
    ['QH14', 'Quốc hội'],
    ['QH15', 'Quốc hội'],
    ['UBTVQH15', 'Ủy ban Thường vụ Quốc hội'],
    ['BCĐ138', 'Ban Chỉ đạo'],
    ['SGDDĐT', 'Sở Giáo dục và Đào tạo'],
    ['SGD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['SGD-ĐT', 'Sở Giáo dục và Đào tạo'],
    ['sgdđt', 'Sở Giáo dục và Đào tạo'],
    ['Sgddt', 'Sở Giáo dục và Đào tạo'],
    ['PGD&ĐT', 'Phòng Giáo dục và Đào tạo'],
    ['BGDDT', 'Bộ Giáo dục và Đào tạo'],
    ['SGDĐT'.normalize('NFD'), 'Sở Giáo dục và Đào tạo'],
    ['ĐUCA', 'Đảng ủy Công an Trung ương'],
    ['TU', 'Tỉnh ủy'],
    ['TƯ', 'Trung ương Đảng'],
  ])('"%s" → %s', (code, name) => {
    expect(lookupIssuerCode(code)?.name).toBe(name);
  });

  it.each(['BCA14', 'UBND2', 'V05', 'NCTCD', '', 'KH', 'TT'])('"%s" → nothing', (code) => {
    expect(lookupIssuerCode(code)).toBeUndefined();
  });

  it('marks relative issuers and gives Thành ủy for cities', () => {
    expect(lookupIssuerCode('UBND')?.relative).toBe(true);
    expect(lookupIssuerCode('BCA')?.relative).toBe(false);
    expect(lookupIssuerCode('TU')?.nameInCity).toBe('Thành ủy');
    expect(lookupIssuerCode('BKHĐT')?.successor).toBe('BTC');
  });
});

describe('docTypeByCode / type words', () => {
  it.each([
    ['KH', 'Kế hoạch'], ['QĐ', 'Quyết định'], ['QD', 'Quyết định'], ['Qđ', 'Quyết định'], ['qđ', 'Quyết định'],
    ['HD', 'Hướng dẫn'], ['HĐ', 'Hợp đồng'], ['ĐA', 'Đề án'], ['DA', 'Dự án'], ['TTr', 'Tờ trình'],
    ['CTr', 'Chương trình'], ['QyĐ', 'Quy định'], ['CĐ', 'Công điện'], ['TTLT', 'Thông tư liên tịch'],
  ])('"%s" → %s', (code, name) => {
    expect(docTypeByCode(code)?.name).toBe(name);
  });
  it.each(['TTg', 'UBND', 'BCA', '', 'X'])('"%s" is not a type', (code) => {
    expect(docTypeByCode(code)).toBeUndefined();
  });

  it('lists type words longest first', () => {
    expect(TYPE_WORDS.indexOf('Thông tư liên tịch')).toBeLessThan(TYPE_WORDS.indexOf('Thông tư'));
    expect(TYPE_WORDS.indexOf('Nghị quyết liên tịch')).toBeLessThan(TYPE_WORDS.indexOf('Nghị quyết'));
    for (let i = 1; i < TYPE_WORDS.length; i++) {
      expect((TYPE_WORDS[i - 1] ?? '').length).toBeGreaterThanOrEqual((TYPE_WORDS[i] ?? '').length);
    }
  });
  it.each([
    ['thông tư', 'Thông tư'], ['THÔNG TƯ', 'Thông tư'], ['Công văn', 'Công văn'], ['văn bản', 'Văn bản'],
    ['nghị  quyết', 'Nghị quyết'], ['Kế hoạch'.normalize('NFD'), 'Kế hoạch'], ['Thôngtư', undefined],
  ])('canonicalTypeWord("%s") → %s', (word, canonical) => {
    expect(canonicalTypeWord(word)).toBe(canonical);
  });
  it('maps a type word to its code', () => {
    expect(typeCodeOfWord('Nghị định')).toBe('NĐ');
    expect(typeCodeOfWord('Công văn')).toBeUndefined();
  });
});

describe('expandAgencyAbbreviations', () => {
  it.each([
    ['UBND tỉnh Long An', 'Ủy ban nhân dân tỉnh Long An'],
    ['Sở GD&ĐT Long An', 'Sở Giáo dục và Đào tạo Long An'],
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Phòng LĐ-TB&XH huyện', 'Phòng Lao động - Thương binh và Xã hội huyện'],
    ['Ban Thường vụ Huyện ủy, BCĐ 138', 'Ban Thường vụ Huyện ủy, Ban Chỉ đạo 138'],
    ['BCH TW Đảng', 'Ban Chấp hành Trung ương Đảng'],
    ['UBND TP. Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Trường THPT Thủ Thừa', 'Trường Trung học phổ thông Thủ Thừa'],
    ['Chỉ thị số 51-NQ/TW; Công văn 586/UBND-NCTCD', 'Chỉ thị số 51-NQ/TW; Công văn 586/UBND-NCTCD'],
    ['UBNDs, CUBND, TTW', 'UBNDs, CUBND, TTW'],
    ['Căn cứ', 'Căn cứ'],
  ])('"%s" → "%s"', (text, expanded) => {
    expect(expandAgencyAbbreviations(text)).toBe(expanded);
  });
});

describe('findProvince', () => {
  it.each([
    ['Long An', 'Long An', '2025-06-30'],
    ['tỉnh long an', 'Long An', '2025-06-30'],
    ['LONG AN', 'Long An', '2025-06-30'],
    ['Hoà Bình', 'Hòa Bình', '2025-06-30'],
    ['Thanh Hoá', 'Thanh Hóa', undefined],
    ['TP.HCM', 'Hồ Chí Minh', undefined],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', undefined],
    ['Đắc Lắc', 'Đắk Lắk', undefined],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', '2025-06-30'],
    ['Lam Dong', 'Lâm Đồng', undefined],
    ['Thủ Thừa', undefined, undefined],
  ])('"%s" → %s (validTo %s)', (name, found, validTo) => {
    const p = findProvince(name);
    expect(p?.name).toBe(found);
    expect(p?.validTo).toBe(validTo);
  });

  it('reads a name at a date', () => {
    expect(findProvince('Tây Ninh', { on: '2021-02-03' })?.mergedInto).toBe('Tây Ninh');
    expect(findProvince('Tây Ninh', { on: '2025-08-01' })?.mergedFrom).toEqual(['Tây Ninh', 'Long An']);
    expect(findProvince('Long An', { on: '2025-08-01' })).toBeUndefined();
    expect(findProvince('Long An', { on: '2021-02-03' })?.mergedInto).toBe('Tây Ninh');
    expect(findProvince('Thừa Thiên Huế', { on: '2021-02-03' })?.successor).toBe('Huế');
    expect(findProvince('Huế', { on: '2025-03-01' })?.kind).toBe('thành phố');
  });
});

describe('never throws', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  it('on any input', () => {
    fc.assert(
      fc.property(text, (s) => {
        lookupIssuerCode(s);
        issuersOfSymbol(s);
        docTypeOfSymbol(s);
        docTypeByCode(s);
        canonicalTypeWord(s);
        findProvince(s);
        const out = expandAgencyAbbreviations(s);
        expect(out).toBe(out.normalize('NFC'));
      }),
    );
  });
});

describe('KNOWN_AGENCY_NAMES', () => {
  it('holds issuer names and capitalized expansions, longest first, once each', () => {
    expect(KNOWN_AGENCY_NAMES).toContain('Phòng Giáo dục và Đào tạo');
    expect(KNOWN_AGENCY_NAMES).toContain('Thành ủy');
    expect(KNOWN_AGENCY_NAMES).toContain('Giáo dục và Đào tạo');
    expect(KNOWN_AGENCY_NAMES).not.toContain('thành phố');
    expect(new Set(KNOWN_AGENCY_NAMES).size).toBe(KNOWN_AGENCY_NAMES.length);
    for (let i = 1; i < KNOWN_AGENCY_NAMES.length; i++) {
      expect((KNOWN_AGENCY_NAMES[i - 1] ?? '').length).toBeGreaterThanOrEqual((KNOWN_AGENCY_NAMES[i] ?? '').length);
    }
  });
});

describe('"TƯ" as a syllable, not Trung ương', () => {
  it('"SỞ TƯ PHÁP", "BỘ TƯ PHÁP", "TRUNG TÂM TƯ VẤN", "THÔNG TƯ" keep it; "Ban Chấp hành TƯ" and "TƯ Đoàn" expand it', () => {
    expect(expandAgencyAbbreviations('SỞ TƯ PHÁP')).toBe('SỞ TƯ PHÁP');
    expect(expandAgencyAbbreviations('BỘ TƯ PHÁP')).toBe('BỘ TƯ PHÁP');
    expect(expandAgencyAbbreviations('TRUNG TÂM TƯ VẤN PHÁP LUẬT')).toBe('TRUNG TÂM TƯ VẤN PHÁP LUẬT');
    expect(expandAgencyAbbreviations('THÔNG TƯ')).toBe('THÔNG TƯ');
    expect(expandAgencyAbbreviations('Ban Chấp hành TƯ')).toBe('Ban Chấp hành Trung ương');
    expect(expandAgencyAbbreviations('Ban Bí thư TƯ Đoàn')).toBe('Ban Bí thư Trung ương Đoàn');
  });
});
