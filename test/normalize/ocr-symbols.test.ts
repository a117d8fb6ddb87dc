import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { repairCode, repairOcrSymbols, repairSymbol } from '../../src/normalize/ocr-symbols.js';
import type { Source } from '../../src/record/record.js';

const ocrSource = (text: string): Source => ({
  reader: 'image',
  mediaType: 'image/png',
  encoding: null,
  pages: [{ page: 1, start: 0, end: text.length, ocr: true, confidence: 87 }],
  warnings: [],
});

describe('OCR symbol repairs', () => {
  it.each([
    ['I18-KH/ĐUCA', '118-KH/ĐUCA'],
    ['l24/2021/TT-BCA', '124/2021/TT-BCA'],
    ['1O/KH-UBND', '10/KH-UBND'],
    ['03/C1-BCA-V28', '03/CT-BCA-V28'],
    ['118KH/ĐUCA', '118-KH/ĐUCA'],
    ['03CT-BCA-V28', '03/CT-BCA-V28'],
    ['5l-NQ/TW', '51-NQ/TW'],
    ['124/2021/TI-BCA', '124/2021/TT-BCA'],
    ['124/2021/TT:BCA', '124/2021/TT-BCA'],
  ])('%s → %s', (damaged, fixed) => {
    expect(repairSymbol(damaged)).toBe(fixed);
  });

  it.each(['124/2021/TT-BCA', '586/UBND-NCTCD', '51-NQ/TW', '43/2019/QH14', '2021-2025', '15h30', '10/ngày', '12/2023', '8:30', '15/QĐ-UBND:Về'])(
    'leaves %s alone',
    (token) => {
      expect(repairSymbol(token)).toBeNull();
    },
  );

  it('maps a damaged code only onto a known one', () => {
    expect(repairCode('C1')).toBe('CT');
    expect(repairCode('Q0')).toBe('QĐ');
    expect(repairCode('XYZ1')).toBeNull();
  });

  it('repairs only inside the OCR scope', () => {
    const text = 'Thực hiện Kế hoạch số I18-KH/ĐUCA; Chỉ thị số 03/C1-BCA-V28.';
    const scoped = repairOcrSymbols(text, (start) => start > 40);
    expect(scoped.text).toBe('Thực hiện Kế hoạch số I18-KH/ĐUCA; Chỉ thị số 03/CT-BCA-V28.');
  });

  propTest.prop([fc.constantFrom('KH', 'QĐ', 'CT', 'TB', 'BC'), fc.constantFrom('UBND', 'BCA', 'SGDĐT', 'TTg', 'BGDĐT'), fc.integer({ min: 1, max: 99999 }), fc.option(fc.integer({ min: 2005, max: 2025 }))])(
    'never changes a well-formed symbol with known codes',
    (type, issuer, n, year) => {
      const sym = `${n}${year ? `/${year}` : ''}/${type}-${issuer}`;
      expect(repairOcrSymbols(`Căn cứ văn bản số ${sym} ngày 05/3/2024.`).edits).toEqual([]);
    },
  );
});

describe('OCR-aware citations', () => {
  const text = 'Căn cứ Kế hoạch số I18-KH/ĐUCA ngày 25/5/2022 của Đảng ủy Công an Trung ương; Chỉ thị số 03/C1-BCA-V28 ngày 26/6/2016 của Bộ trưởng Bộ Công an.\nCác đơn vị triển khai thực hiện.';

  it('stays strict on born-digital text', () => {
    const keys = analyzeText(text).citations.map((c) => c.key);
    expect(keys).not.toContain('118-KH/ĐUCA');
    expect(keys).not.toContain('03/CT-BCA-V28');
  });

  it('reads the repaired symbols from OCR text, with lower confidence and the evidence of what OCR read', () => {
    const rec = analyzeText(text, { source: ocrSource(text) });
    const party = rec.citations.find((c) => c.key === '118-KH/ĐUCA');
    const ct = rec.citations.find((c) => c.key === '03/CT-BCA-V28');
    expect(party?.confidence).toBeLessThan(1);
    expect(ct?.type).toBe('Chỉ thị');
    expect(ct?.date).toBe('2016-06-26');
    const note = ct?.inferred.find((i) => i.from === 'ocr');
    expect(note?.note).toContain('03/C1-BCA-V28');
    // The evidence still points at what is really in the input.
    expect(note?.evidence?.quote).toBe('03/C1-BCA-V28');
  });
});
