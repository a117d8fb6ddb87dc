import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { fc, test as propTest } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badReadme, BAD_FIXTURES, expectedCode } from '../fixtures/make/bad.js';
import { adler32, adler32Combine, repeatedDeflate } from '../fixtures/make/deflate.js';
import { buildDocx } from '../fixtures/make/docx.js';
import { goldFor, parseGold } from '../fixtures/make/gold.js';
import { layoutOf, wordsOf, type Layout } from '../fixtures/make/layout.js';
import { decomposeTones, encodeLegacyText, projectEncoder } from '../fixtures/make/legacy.js';
import { buildPdf, pagesOf } from '../fixtures/make/pdf.js';
import { A4_PX, buildScanPdf, renderPage, scannerLook } from '../fixtures/make/scan.js';
import { seededRandom } from '../fixtures/make/random.js';
import { readZip, writeZip } from '../fixtures/make/zip.js';
import { normalize } from '../src/normalize/index.js';
import { READ_ERROR_CODES } from '../src/read/errors.js';
import { FIXTURES, fixtureTexts } from './fixtures.js';

const SEED_003 = readFileSync(join(FIXTURES, 'seeds/003_30a5a5f86e8b92a4.txt'), 'utf8');
const layout003: Layout = layoutOf('003', SEED_003);
/** One page: the header and first items of corpus 102 (a Bộ Nội vụ công văn). */
const short: Layout = layoutOf('102', readFileSync(join(FIXTURES, 'corpus/102_bnv_cv_vanthu_luutru.txt'), 'utf8').split('\n').slice(0, 22).join('\n'));
const words = (s: string): string[] => s.normalize('NFC').split(/\s+/u).filter(Boolean);

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).pages.map((p) => p.text).join('\n');
  } finally {
    await parser.destroy();
  }
}

describe('layout read off the text', () => {
  it('seed 003: bodies and motto on the first header row, number and place-date on the second, Nơi nhận | signature at the end', () => {
    const [header] = layout003.blocks;
    expect(header?.kind).toBe('columns');
    if (header?.kind !== 'columns') return;
    const [top, second] = header.rows;
    expect(top?.left.map((l) => l.text)).toEqual(['UBND HUYỆN THỦ THỪA', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO']);
    expect(top?.right.map((l) => l.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(second?.left[0]?.text).toBe('Số: /PGDDĐT');
    expect(second?.right.map((l) => l.text)).toEqual(['Thủ Thừa, ngày tháng 02 năm 2021']);
    const closing = layout003.blocks.at(-1);
    expect(closing?.kind === 'columns' && closing.role).toBe('closing');
    if (closing?.kind !== 'columns') return;
    expect(closing.rows[0]?.left[0]?.text).toBe('Nơi nhận :');
    expect(closing.rows[0]?.right.filter((l) => l.text).map((l) => l.text)).toEqual(['TRƯỞNG PHÒNG', 'Võ Văn Mười']);
  });

  it('seed 000 has no header: no header table is invented', () => {
    const l = layoutOf('000', readFileSync(join(FIXTURES, 'seeds/000_58c87310f8ec2c38.txt'), 'utf8'));
    expect(l.blocks.some((b) => b.kind === 'columns' && b.role === 'header')).toBe(false);
  });

  it.each(fixtureTexts())("%s: the layout keeps every word of the normalized text (rules aside; header cells gather in the header)", (name, raw) => {
    const l = layoutOf(name, raw);
    const expected = words(normalize(raw).text).filter((w) => !/^[-_=*–—.]{3,}$/u.test(w));
    expect(wordsOf(l).sort()).toEqual(expected.sort());
  });
});

describe('DOCX', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the same bytes whatever the clock says (core properties and ZIP dates are fixed)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const a = await buildDocx(short);
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    const b = await buildDocx(short);
    expect(a.equals(b)).toBe(true);
    const core = (await readZip(a)).find((e) => e.name === 'docProps/core.xml');
    expect(Buffer.from(core!.data).toString('utf8')).toContain('>2025-01-15T08:00:00Z</dcterms:created>');
  });

  it("with { header: 'page' }: the header table is in Word's first-page header, not the body; same bytes whatever the clock", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const a = await buildDocx(layout003, { header: 'page' });
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    expect(a.equals(await buildDocx(layout003, { header: 'page' }))).toBe(true);
    const parts = new Map((await readZip(a)).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]));
    const document = parts.get('word/document.xml')!;
    expect(document).toMatch(/<w:titlePg\/>/u);
    expect(document).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/u.test(name)).map(([, xml]) => xml);
    expect(headers.filter((xml) => xml.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') && xml.includes('<w:tbl>'))).toHaveLength(1);
    expect(headers.some((xml) => /w:instr="PAGE"|<w:instrText[^>]*>\s*PAGE/u.test(xml))).toBe(true);
  });

  it('opens in mammoth with the header in a real two-column table and the words intact', async () => {
    const bytes = await buildDocx(layout003);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    const firstTable = /^<table><tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr><tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr><\/table>/u.exec(html);
    expect(firstTable).not.toBeNull();
    expect(firstTable![1]).toContain('<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>');
    expect(firstTable![2]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(firstTable![3]).toContain('Số: /PGDDĐT');
    expect(firstTable![4]).toContain('Thủ Thừa, ngày tháng 02 năm 2021');
    expect(html).toMatch(/<table><tr><td><p><strong>Nơi nhận :<\/strong><\/p>.*<\/td><td>.*Võ Văn Mười.*<\/td><\/tr><\/table>$/u);
    const { value: raw } = await mammoth.extractRawText({ buffer: bytes });
    expect(raw.normalize('NFC')).toBe(raw);
    expect(words(raw)).toEqual(wordsOf(layout003));
  });
});

describe('born-digital PDF', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the same bytes whatever the clock says (fixed CreationDate, so a fixed /ID)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const a = await buildPdf(short);
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    const b = await buildPdf(short);
    expect(a.equals(b)).toBe(true);
  });

  it('embeds DejaVu Serif and gives back the Vietnamese words intact, in NFC, the header lines whole', async () => {
    const bytes = await buildPdf(layout003);
    const latin1 = bytes.toString('latin1');
    expect(latin1).toMatch(/\/FontFile2/u);
    expect(latin1).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif-Bold/u);
    const text = await pdfText(bytes);
    expect(text.normalize('NFC')).toBe(text);
    const lines = text.split('\n').map((l) => l.trim());
    for (const l of ['UBND HUYỆN THỦ THỪA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thủ Thừa, ngày tháng 02 năm 2021', 'TRƯỞNG PHÒNG', 'Võ Văn Mười']) {
      expect(lines).toContain(l);
    }
    expect(words(text.replace(/-- \d+ of \d+ --/gu, ''))).toEqual(wordsOf(layout003));
  });
});

describe('scanned PDF and photos', () => {
  it('a page raster is A4 at 300 dpi on grey paper with noise', () => {
    const random = seededRandom(1);
    const canvas = renderPage(pagesOf(short)[0]!, scannerLook(random), random);
    expect([canvas.width, canvas.height]).toEqual([A4_PX.width, A4_PX.height]);
    expect([A4_PX.width, A4_PX.height]).toEqual([2480, 3508]);
    // The right margin holds no text: only paper and grain.
    const patch = canvas.getContext('2d').getImageData(2300, 1500, 100, 100).data;
    const greys = Array.from({ length: patch.length / 4 }, (_, i) => patch[i * 4]!);
    const mean = greys.reduce((s, v) => s + v, 0) / greys.length;
    const spread = Math.sqrt(greys.reduce((s, v) => s + (v - mean) ** 2, 0) / greys.length);
    expect(mean).toBeGreaterThan(220);
    expect(mean).toBeLessThan(250);
    expect(spread).toBeGreaterThan(2);
  });

  it('the scanned PDF is one JPEG per page and has no text layer at all', async () => {
    const { pdf } = await buildScanPdf(short);
    expect(pdf.toString('latin1').match(/\/DCTDecode/gu)?.length).toBe(pagesOf(short).length);
    expect(await pdfText(pdf)).not.toMatch(/\p{L}/u);
  });
});

describe('legacy encodings', () => {
  const text = 'Ủy ban nhân dân tỉnh Quảng Ninh: “Kế hoạch số 215/KH-CAT-PC04” – phòng, chống ma túy năm 2025…';

  it('Windows-1258 keeps tone marks as combining characters after the letter and round-trips through iconv-lite', () => {
    expect([...decomposeTones('ấ')]).toEqual(['â', '\u0301']);
    expect([...decomposeTones('Ủ')]).toEqual(['U', '\u0309']);
    const enc = encodeLegacyText(text, 'windows-1258', null)!;
    expect(enc.replaced).toEqual([]);
    expect(iconv.decode(Buffer.from(enc.bytes), 'windows1258').normalize('NFC')).toBe(text);
  });

  it('TCVN3 has no typographic quotes, dash or ellipsis: they become ASCII and are reported', () => {
    const enc = encodeLegacyText(text, 'tcvn3', null)!;
    expect([...enc.replaced].sort()).toEqual(['…', '–', '“', '”'].sort());
    expect(iconv.decode(Buffer.from(enc.bytes), 'tcvn')).toBe(enc.text);
    expect(enc.text).toContain('"Kế hoạch số 215/KH-CAT-PC04" - phòng');
  });

  propTest.prop([fc.array(fc.constantFrom(...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvx '.split('')), { maxLength: 40 }), fc.array(fc.constantFrom('', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'), { maxLength: 40 })])(
    'Windows-1258 round-trips any Vietnamese letters with any tone',
    (letters, tones) => {
      const s = letters.map((l, i) => (l === ' ' ? l : l + (tones[i] ?? ''))).join('').normalize('NFC');
      const enc = encodeLegacyText(s, 'windows-1258', null)!;
      expect(iconv.decode(Buffer.from(enc.bytes), 'windows1258').normalize('NFC')).toBe(s);
    },
  );

  it('the project decoder reads the iconv-lite files back, and VNI round-trips through encodeLegacy', async () => {
    const vni = await projectEncoder();
    expect(vni, 'src/read/encodings/index.ts should export encodeLegacy').not.toBeNull();
    const mod = (await import(new URL('../src/read/encodings/index.ts', import.meta.url).href)) as {
      decodeLegacy: (b: Uint8Array, e: 'windows-1258' | 'tcvn3' | 'vni') => string;
    };
    for (const enc of ['windows-1258', 'tcvn3', 'vni'] as const) {
      const e = encodeLegacyText(text, enc, vni)!;
      expect(mod.decodeLegacy(e.bytes, enc), enc).toBe(e.text);
    }
  });
});

describe('plumbing', () => {
  propTest.prop([fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })])('adler32 of a concatenation combines from its parts', (x, y) => {
    expect(adler32Combine(adler32(x), adler32(y), y.length)).toBe(adler32(Buffer.concat([x, y])));
  });

  it('repeated DEFLATE inflates to prefix + chunk × n + suffix with the right CRC', () => {
    const chunk = Buffer.from('Kế hoạch số 12/KH-UBND; '.repeat(50));
    const r = repeatedDeflate(Buffer.from('<w:t>'), chunk, 7, Buffer.from('</w:t>'));
    const whole = Buffer.concat([Buffer.from('<w:t>'), ...Array.from({ length: 7 }, () => chunk), Buffer.from('</w:t>')]);
    expect(inflateRawSync(r.deflated).equals(whole)).toBe(true);
    expect([r.size, r.crc]).toEqual([whole.length, crc32(whole) >>> 0]);
  });

  propTest.prop([fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-zđ_]{1,12}(?:\/[a-z]{1,8})?\.xml$/u), data: fc.uint8Array({ maxLength: 200 }), store: fc.boolean() }), { selector: (e) => e.name, maxLength: 6 })])(
    'the ZIP writer round-trips through yauzl',
    async (entries) => {
      const back = await readZip(writeZip(entries));
      expect(back.map((e) => [e.name, Buffer.from(e.data).toString('hex')])).toEqual(entries.map((e) => [e.name, Buffer.from(e.data).toString('hex')]));
    },
  );

  it('a gold copy points at the generated files and keeps only documents that have one', () => {
    const gold = parseGold(readFileSync(join(FIXTURES, 'gold/seeds.gold.json'), 'utf8'));
    const copy = goldFor(gold, new Map([['003_30a5a5f86e8b92a4', 'docx/003_30a5a5f86e8b92a4.docx']]), 'The seeds as DOCX.');
    expect(copy.documents.map((d) => [d.id, d.file])).toEqual([['003_30a5a5f86e8b92a4', 'docx/003_30a5a5f86e8b92a4.docx']]);
    expect(copy.documents[0]).toEqual({ ...gold.documents.find((d) => d.id === '003_30a5a5f86e8b92a4'), file: 'docx/003_30a5a5f86e8b92a4.docx' });
  });
});

describe('the committed bad corpus', () => {
  const BAD = join(FIXTURES, 'bad');
  const files = readdirSync(BAD).filter((f) => f !== 'README.md').sort();

  it('expected codes come from the name: the longest code it starts with', () => {
    expect(expectedCode('corrupt-xxe.docx', READ_ERROR_CODES)).toBe('corrupt');
    expect(expectedCode('unsupported-type.bin', READ_ERROR_CODES)).toBe('unsupported-type');
    expect(expectedCode('type-mismatch.pdf', READ_ERROR_CODES)).toBe('type-mismatch');
    expect(expectedCode('unsupported-type-zip.docx', READ_ERROR_CODES)).toBe('unsupported-type');
    expect(expectedCode('no-text.pdf', READ_ERROR_CODES)).toBe('no-text');
    expect(expectedCode('notes.txt', READ_ERROR_CODES)).toBeNull();
  });

  it('every file is named after a read error code, is small, and is listed in the README', () => {
    expect(files).toEqual(BAD_FIXTURES.map((f) => f.file).sort());
    for (const f of files) {
      expect(expectedCode(f, READ_ERROR_CODES), f).not.toBeNull();
      expect(statSync(join(BAD, f)).size, f).toBeLessThan(50 * 1024);
    }
    expect(readFileSync(join(BAD, 'README.md'), 'utf8')).toBe(badReadme(READ_ERROR_CODES));
  });

  it('the committed bytes are what the builders make (regenerate with: npx tsx fixtures/make/index.ts --bad)', async () => {
    for (const f of BAD_FIXTURES) {
      const built = Buffer.from(await f.build());
      expect(built.equals(readFileSync(join(BAD, f.file))), f.file).toBe(true);
    }
  });
});
