import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, type Normalized } from '../../src/normalize/index.js';

const NFD = (s: string): string => s.normalize('NFD');

/** The raw text a span of the normalized text came from. */
const rawOf = (n: Normalized, needle: string, from = 0): string => {
  const start = n.text.indexOf(needle, from);
  expect(start, `"${needle}" in normalized text`).toBeGreaterThanOrEqual(0);
  const s = n.map.toRaw({ start, end: start + needle.length });
  return n.raw.slice(s.start, s.end);
};

describe('normalize: text and spans back to raw', () => {
  it.each([
    // [raw, normalized, a piece of the normalized text, the raw it must map back to]
    [NFD('Căn cứ Kế hoạch 3560/KH-SGDĐT'), 'Căn cứ Kế hoạch 3560/KH-SGDĐT', 'Căn cứ', NFD('Căn cứ')],
    ['Công văn số 586 /UBND-NCTCD ngày 21/01/2021', 'Công văn số 586/UBND-NCTCD ngày 21/01/2021', '586/UBND-NCTCD', '586 /UBND-NCTCD'],
    ['Chỉ thị số 04/CT-BCA- V28 ngày 21/4/2014', 'Chỉ thị số 04/CT-BCA-V28 ngày 21/4/2014', '04/CT-BCA-V28', '04/CT-BCA- V28'],
    ['trước ngày **25/02/2021** và', 'trước ngày 25/02/2021 và', '25/02/2021', '25/02/2021'],
    ['**UBND HUYỆN THỦ THỪA\r\nPHÒNG GIÁO DỤC**', 'UBND HUYỆN THỦ THỪA\nPHÒNG GIÁO DỤC', 'THỪA\nPHÒNG', 'THỪA\r\nPHÒNG'],
    ['Uỷ ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh', 'Ủy ban', 'Uỷ ban'],
    ['Hoà Bình, ngày 05 tháng 3 năm 2024', 'Hòa Bình, ngày 05 tháng 3 năm 2024', 'Hòa Bình', 'Hoà Bình'],
    [NFD('hoà giải'), 'hòa giải', 'hòa', NFD('hoà')],
    ['của Ban chỉ đạo 799 về việc \n\nxây dựng phong trào', 'của Ban chỉ đạo 799 về việc xây dựng phong trào', 'việc xây', 'việc \n\nxây'],
    ['Kế hoạch 3560/KH\\-SGDĐT', 'Kế hoạch 3560/KH-SGDĐT', '3560/KH-SGDĐT', '3560/KH\\-SGDĐT'],
    ['giai đoạn 2021 – 2025', 'giai đoạn 2021 - 2025', '2021 - 2025', '2021 – 2025'],
    ['Ðảng ủy\u200B xã', 'Đảng ủy xã', 'Đảng ủy xã', 'Ðảng ủy\u200B xã'],
    ['\uFEFFKẾ HOẠCH', 'KẾ HOẠCH', 'KẾ', 'KẾ'],
  ])('%j', (raw, text, piece, source) => {
    const n = normalize(raw);
    expect(n.text).toBe(text);
    expect(rawOf(n, piece)).toBe(source);
  });

  it('maps a composed NFD character to all the code units it was made from', () => {
    const raw = NFD('Căn cứ');
    expect(raw.length).toBeGreaterThanOrEqual(8);
    const n = normalize(raw);
    expect(n.map.toRaw({ start: 1, end: 2 })).toEqual({ start: 1, end: 3 }); // ă = a + U+0306
    expect(n.map.toRaw({ start: 0, end: n.text.length })).toEqual({ start: 0, end: raw.length });
  });

  it('a span of text next to removed markers does not swallow them', () => {
    const n = normalize('**Nơi nhận:**');
    expect(n.text).toBe('Nơi nhận:');
    expect(n.map.toRaw({ start: 0, end: n.text.length })).toEqual({ start: 2, end: 11 });
    expect(n.map.toRawOffset(0)).toBe(2);
    expect(n.map.toRawOffset(n.text.length)).toBe(13);
  });

  it('options turn off line joins and markdown', () => {
    const raw = '**KẾ HOẠCH**\nxây dựng phong trào \n\ntoàn dân';
    expect(normalize(raw, { joinLines: false, stripMarkdown: false }).text).toBe(raw);
    expect(normalize(raw).text).toBe('KẾ HOẠCH\nxây dựng phong trào toàn dân');
  });

  it('reports what it changed', () => {
    const codes = normalize(NFD('**Uỷ ban** nhân dân huyện về việc\nxây dựng')).messages.map((m) => m.code);
    expect(codes).toEqual(['normalize/nfd-input', 'normalize/markdown-stripped', 'normalize/lines-joined', 'normalize/old-tone-placement']);
    expect(normalize('Văn bản đã chuẩn.').messages).toEqual([]);
  });

  it('plain NFC text passes through with an identity map', () => {
    const raw = 'Thực hiện Kế hoạch số 88/KH-UBND ngày 29/4/2022 của UBND thành phố.';
    const n = normalize(raw);
    expect(n.text).toBe(raw);
    for (let i = 0; i <= raw.length; i++) expect(n.map.toRawOffset(i)).toBe(i);
  });
});

const seedDir = ['../../fixtures/seeds', '/work/shared/seeds']
  .map((d) => (d.startsWith('/') ? d : join(import.meta.dirname, d)))
  .find((d) => existsSync(d));
const seed = (prefix: string): string => {
  const dir = seedDir ?? '';
  const names = ['000_58c87310f8ec2c38', '001_5d32a5d66f7bbe50', '002_ac4f57d7d319b00e', '003_30a5a5f86e8b92a4', '004_bde4111289bea890'];
  const name = names.find((n) => n.startsWith(prefix)) ?? prefix;
  return readFileSync(join(dir, `${name}.txt`), 'utf8');
};

describe('normalize: header parts a line join runs onto the motto', () => {
  it('cuts them in the same pass, so a second normalize changes nothing', () => {
    // A PDF text layer wrapped the motto's line into the number line (found by fast-check).
    const raw = 'Độc lập - Tự do586 /UBND-NCTCD\r\n586 /UBND-NCTCD## Số: /KH-SGDĐT';
    const once = normalize(raw).text;
    expect(once.split('\n').at(-1)).toBe('Số: /KH-SGDĐT');
    expect(normalize(once).text).toBe(once);
  });

  it('gives a wrapped letter header its number line and its place-date line back', () => {
    // Two header columns flattened onto one line each, then wrapped at 35 characters.
    const raw = ['UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự', 'do - Hạnh phúc', 'Số: 1234/SGDĐT-CTTT Quảng Ngãi, ngày', '12 tháng 9 năm 2021', 'V/v tăng cường công tác phòng,'].join('\n');
    const lines = normalize(raw).text.split('\n');
    expect(lines).toContain('Số: 1234/SGDĐT-CTTT');
    expect(lines).toContain('Quảng Ngãi, ngày 12 tháng 9 năm 2021');
    expect(normalize(normalize(raw).text).text).toBe(normalize(raw).text);
  });
});

describe.skipIf(!seedDir)('normalize: the five seeds', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s is NFC, idempotent and maps every line back', (id) => {
    const n = normalize(seed(id));
    expect(n.text).toBe(n.text.normalize('NFC'));
    expect(normalize(n.text).text).toBe(n.text);
    expect(n.map.toRawOffset(n.text.length)).toBe(n.raw.length);
    let at = 0;
    for (const line of n.text.split('\n')) {
      const s = n.map.toRaw({ start: at, end: at + line.length });
      const back = normalize(n.raw.slice(s.start, s.end)).text;
      // Every word of the line is in what it maps back to, once that is normalized too.
      for (const w of line.split(/\s+/u).filter((x) => /^[\p{L}\p{N}]+$/u.test(x))) expect(back).toContain(w);
      at += line.length + 1;
    }
  });

  it('000: NFD "Tổ quốc" maps back to its decomposed code units', () => {
    const n = normalize(seed('000'));
    const start = n.text.indexOf('Tổ quốc.');
    const s = n.map.toRaw({ start, end: start + 'Tổ quốc'.length });
    expect(s.end - s.start).toBeGreaterThan('Tổ quốc'.length);
    expect(n.raw.slice(s.start, s.end).normalize('NFC')).toBe('Tổ quốc');
    expect(n.messages.map((m) => m.code)).toContain('normalize/nfd-input');
  });

  it.each([
    ['001', 'của Ban chỉ đạo 799 về việc xây dựng phong trào', 'của Ban chỉ đạo 799 về việc \n\nxây dựng phong trào'],
    ['001', 'Sở Giáo dục và Đào tạo xây dựng Kế hoạch', 'Sở Giáo dục và Đào tạo xây \n\ndựng Kế hoạch'],
    ['001', 'chỉ đạo của Thành ủy, Hội đồng', 'chỉ đạo của \n\nThành ủy, Hội đồng'],
    ['001', 'gửi báo cáo (bản dấu đỏ)', 'gửi báo cáo \n\n(bản dấu đỏ)'],
    ['001', 'Ban Chỉ đạo 799 thành phố', 'Ban Chỉ đạo \n\n799 thành phố'],
    ['001', 'năm 2023 của ngành Giáo dục và Đào tạo', 'năm 2023 \n\n của ngành Giáo dục và Đào tạo'],
    ['002', 'Chỉ thị số 04/CT-BCA-V28 ngày 21/4/2014', 'Chỉ thị số 04/CT-BCA- V28 ngày 21/4/2014'],
    ['003', 'Công văn số 586/UBND-NCTCD ngày 21/01/2021', 'Công văn số 586 /UBND-NCTCD ngày 21/01/2021'],
    ['003', 'UBND HUYỆN THỦ THỪA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'UBND HUYỆN THỦ THỪA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO'],
    ['003', 'công tác phong trào toàn dân bảo vệ', 'công tác phong trào\ntoàn dân bảo vệ'],
    ['003', 'trước ngày 25/02/2021 và', 'trước ngày **25/02/2021** và'],
  ])('%s: %j comes from %j', (id, piece, source) => {
    const n = normalize(seed(id));
    // Compared in NFC: seed 001 has "gửi" in NFD.
    expect(rawOf(n, piece).normalize('NFC')).toBe(source);
  });

  it.each([
    ['001', 'I. MỤC ĐÍCH, YÊU CẦU \n\n1. Nâng cao'],
    ['001', 'KẾ HOẠCH \n\nXây dựng'],
    ['001', 'Nơi nhận: \n\n- Ban Chỉ đạo 799 (để b/c);'],
    ['001', 'KT.GIÁM ĐỐC \n\nPHÓ GIÁM ĐỐC'],
    ['003', 'Số: /PGDDĐT\nV/v triển khai'],
    ['003', 'năm 2021\n\nThủ Thừa, ngày tháng 02 năm 2021'],
    ['002', 'KẾ HOẠCH\nXây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025\n\n\nCăn cứ'],
  ])('%s keeps the break in %j', (id, piece) => {
    expect(normalize(seed(id)).text).toContain(piece);
  });
});
