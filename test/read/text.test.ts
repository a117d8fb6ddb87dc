import { describe, expect, it } from 'vitest';
import { encodeLegacy, type LegacyEncoding } from '../../src/read/encodings/index.js';
import { ReadError } from '../../src/read/errors.js';
import { decodeText } from '../../src/read/text.js';

const PARAGRAPH =
  'Căn cứ Quyết định số 9745/QĐ-BCA-V05 ngày 28 tháng 12 năm 2022 của Bộ Công an về việc ban hành Kế hoạch ' +
  'thực hiện công tác cải cách hành chính năm 2023. Ủy ban nhân dân tỉnh Lâm Đồng yêu cầu các sở, ban, ngành, ' +
  'Trường Đại học Sư phạm và các đơn vị ưu tiên bố trí nguồn lực, báo cáo kết quả trước ngày 15 tháng 12 năm 2023. ' +
  'Những nội dung phát sinh được tổng hợp, đề xuất xử lý theo quy định.';

const utf8 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf8'));

function refusal(f: () => unknown): ReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

describe('decodeText: Unicode', () => {
  it('UTF-8 without BOM', () => {
    expect(decodeText(utf8(PARAGRAPH), 'a.txt')).toEqual({ text: PARAGRAPH, encoding: 'utf-8', bom: false, warnings: [] });
  });

  it('UTF-8 with BOM', () => {
    const d = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Ủy ban nhân dân tỉnh Lâm Đồng')]), 'a.txt');
    expect(d).toEqual({ text: 'Ủy ban nhân dân tỉnh Lâm Đồng', encoding: 'utf-8', bom: true, warnings: [] });
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ] as const)('%s (BOM: %s)', (encoding, bom) => {
    const le = Buffer.from((bom ? '\uFEFF' : '') + PARAGRAPH, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: PARAGRAPH, encoding, bom, warnings: [] });
  });

  it('keeps NFD text as read and says it will be normalised', () => {
    const nfd = 'Trường Đại học Sư phạm'.normalize('NFD');
    const d = decodeText(utf8(nfd), 'a.txt');
    expect(d.text).toBe(nfd);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual(['the text uses decomposed accents (NFD); they are normalised to NFC before analysis']);
  });

  it('a UTF-8 file with one bad byte stays UTF-8, with U+FFFD and a warning', () => {
    const good = utf8(PARAGRAPH);
    const i = good.indexOf(0x20, 100);
    const bytes = Uint8Array.from([...good.subarray(0, i), 0xb8, ...good.subarray(i)]); // a stray TCVN3 "á"
    const d = decodeText(bytes, 'a.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(PARAGRAPH.slice(0, Buffer.from(good.subarray(0, i)).toString('utf8').length) + '\uFFFD' + Buffer.from(good.subarray(i)).toString('utf8'));
    expect(d.warnings).toEqual(['1 invalid UTF-8 byte sequence was replaced by U+FFFD']);
  });

  it('a UTF-8 file with a few bad bytes counts them', () => {
    const bytes = Uint8Array.from([...utf8(PARAGRAPH), 0xff, 0x20, 0xc3, 0x20, 0xe1, 0x80]);
    const d = decodeText(bytes, 'a.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual(['3 invalid UTF-8 byte sequences were replaced by U+FFFD']);
  });

  it('a U+FFFD written in the file is text, not damage', () => {
    expect(decodeText(utf8('Lâm Đồng \uFFFD'), 'a.txt').warnings).toEqual([]);
  });
});

describe('decodeText: legacy encodings', () => {
  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('a %s paragraph is recognised and decoded', (enc: LegacyEncoding) => {
    const d = decodeText(encodeLegacy(PARAGRAPH, enc), 'old.txt');
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(PARAGRAPH);
    expect(d.bom).toBe(false);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/^the text was in the legacy (Windows-1258|TCVN3|VNI) encoding and was converted to Unicode$/u);
  });

  it.each([
    ['tcvn3', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['vni', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['tcvn3', 'Trường Đại học Sư phạm'],
    ['vni', 'Trường Đại học Sư phạm'],
    ['windows-1258', 'Trường Đại học Sư phạm'],
    ['tcvn3', 'ưu tiên những người được đào tạo'],
    ['vni', 'ưu tiên những người được đào tạo'],
  ] as const)('short %s line: %j', (enc, line) => {
    expect(decodeText(encodeLegacy(line, enc), 'old.txt')).toMatchObject({ encoding: enc, text: line });
  });

  it('the TCVN3 "ư" on the soft-hyphen byte survives', () => {
    expect(decodeText(Buffer.from('\u00ADu ti\u00AAn nh\u00F7ng ng\u00AD\u00EAi', 'latin1'), 'old.txt').text).toBe('ưu tiên những người');
  });

  it('Latin-1 French is not read as Vietnamese', () => {
    const e = refusal(() => decodeText(Buffer.from('Le café de la rue où nous étions, près de la forêt, était fermé.', 'latin1'), 'fr.txt'));
    expect(e.code).toBe('encoding-unknown');
    expect(e.message).not.toContain('fr.txt');
  });
});

describe('decodeText: refusals', () => {
  it('empty', () => {
    expect(refusal(() => decodeText(new Uint8Array(0), 'a.txt')).code).toBe('empty');
  });

  it('over the limit', () => {
    expect(refusal(() => decodeText(utf8(PARAGRAPH), 'a.txt', 100)).code).toBe('limit-exceeded');
  });

  it('binary data with NULs', () => {
    expect(refusal(() => decodeText(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]), 'a.txt')).code).toBe('unsupported-type');
  });

  it('random bytes', () => {
    let x = 12345;
    const noise = Uint8Array.from({ length: 4096 }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
    expect(refusal(() => decodeText(noise, 'a.txt')).code).toBe('unsupported-type');
  });

  it('high bytes with no Vietnamese reading', () => {
    let x = 99;
    const noise = Uint8Array.from({ length: 600 }, (_, i) => (i % 6 === 5 ? 0x20 : 0x80 + (((x = (x * 1103515245 + 12345) >>> 0) >>> 24) & 0x7f)));
    const e = refusal(() => decodeText(noise, 'a.txt'));
    expect(e.code).toBe('encoding-unknown');
  });
});
