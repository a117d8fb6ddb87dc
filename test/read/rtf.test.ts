import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../src/read/encodings/index.js';
import { ReadError } from '../../src/read/errors.js';
import { withLimits } from '../../src/read/limits.js';
import { readRtf, rtfToText } from '../../src/read/rtf/index.js';

const opts = { limits: withLimits() };
const rtf = (s: string): Buffer => Buffer.from(s, 'latin1');
/** Bytes as RTF \'hh escapes. */
const hex = (bytes: Uint8Array): string => [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16).padStart(2, '0')}`)).join('');
/** Every non-ASCII character as \uN? (the way Word writes Unicode). */
const uni = (s: string): string => [...s].map((c) => (c.charCodeAt(0) < 0x80 ? c : `\\u${c.charCodeAt(0) > 32767 ? c.charCodeAt(0) - 65536 : c.charCodeAt(0)}?`)).join('');

const FONTS = String.raw`{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset163{\*\panose 020b0604020202020204}Arial;}{\f2\fnil\fcharset0 .VnTime;}{\f3\fnil\fcharset0 .VnTimeH;}}`;
const HEAD = String.raw`{\rtf1\ansi\ansicpg1252\deff0${FONTS}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\info{\title K\'e9 ho\'e1ch}{\author Van thu}}`;

describe('rtfToText', () => {
  it('reads Word-style Unicode escapes, a two-column header table, a footnote, and skips pictures and fields', async () => {
    const doc =
      HEAD +
      String.raw`\pard\intbl ` + uni('ỦY BAN NHÂN DÂN TỈNH BẮC NINH') + String.raw`\par ` + uni('SỞ Y TẾ') + String.raw`\cell ` +
      uni('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + String.raw`\par ` + uni('Độc lập - Tự do - Hạnh phúc') + String.raw`\cell\row` +
      String.raw`\pard\intbl ` + uni('Số: 88/KH-SYT') + String.raw`\cell ` + uni('Bắc Ninh, ngày 05 tháng 3 năm 2024') + String.raw`\cell\row` +
      String.raw`\pard\plain ` + uni('Căn cứ Luật Khám bệnh, chữa bệnh') + String.raw`{\super\chftn}{\footnote\pard\plain {\super\chftn} ` + uni('Luật số 15/2023/QH15.') + String.raw`}\par` +
      String.raw`{\*\shppict{\pict\pngblip 89504e470d0a1a0a}}{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt ` + uni('Cổng thông tin') + String.raw`}}\par` +
      String.raw`\ldblquote ` + uni('trước ngày 30/6/2024') + String.raw`\rdblquote\tab ` + uni('Hạn') + String.raw`\par}`;
    const { text, warnings } = rtfToText(doc);
    expect(text).toBe(
      [
        'ỦY BAN NHÂN DÂN TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc',
        'Số: 88/KH-SYT\tBắc Ninh, ngày 05 tháng 3 năm 2024',
        'Căn cứ Luật Khám bệnh, chữa bệnh',
        'Cổng thông tin',
        '“trước ngày 30/6/2024”\tHạn',
        'Chú thích:',
        'Luật số 15/2023/QH15.',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
  });

  it("decodes \\'hh bytes by code page: Windows-1258 from \\ansicpg, and a font's \\fcharset163", () => {
    const cp1258 = hex(encodeLegacy('Kế hoạch số 12/KH-UBND', 'windows-1258'));
    expect(rtfToText(String.raw`{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}\f0 ` + cp1258 + String.raw`\par}`).text).toBe('Kế hoạch số 12/KH-UBND');
    expect(rtfToText(HEAD + String.raw`\f1 ` + cp1258 + String.raw`\par}`).text).toBe('Kế hoạch số 12/KH-UBND');
    expect(rtfToText(HEAD + String.raw`\f0 Tr\'e9sor\par}`).text).toBe('Trésor');
  });

  it('repairs runs in TCVN3 fonts, upper-casing .VnTimeH', () => {
    const out = rtfToText(HEAD + String.raw`{\f3 ` + hex(encodeLegacy('kế hoạch', 'tcvn3')) + String.raw`}\par{\f2 ` + hex(encodeLegacy('Ủy ban nhân dân huyện', 'tcvn3')) + String.raw`}\par}`);
    expect(out.text).toBe('KẾ HOẠCH\nỦy ban nhân dân huyện');
    expect(out.encodings).toEqual(['tcvn3']);
  });

  it('honours \\ucN skip counts and surrogate pairs', () => {
    expect(rtfToText(String.raw`{\rtf1\ansi{\uc2\u7889\'3f\'3f x}\u-10179?\u-8704? y\par}`).text).toBe('ố x\u{1F600} y');
  });

  it('warns when the groups never close', () => {
    const out = rtfToText(String.raw`{\rtf1\ansi{\b ` + uni('Thông báo') + String.raw`\par ` + uni('Số 5'));
    expect(out.text).toBe('Thông báo\nSố 5');
    expect(out.warnings).toEqual(['the RTF ends before all its groups close: the file may be cut short']);
  });

  it('skips \\bin data', () => {
    expect(rtfToText('{\\rtf1 a{\\*\\blob\\bin4 {}\\x}b\\par}').text).toBe('ab');
    expect(rtfToText('{\\rtf1 a\\bin3 {}\\b\\par}').text).toBe('ab');
  });

  fcTest.prop([fc.string({ unit: fc.constantFrom(...'{}\\\'abcu0123456789 ;*-?\n'.split('')), maxLength: 300 })])('never throws on garbage', (s) => {
    expect(typeof rtfToText(`{\\rtf1 ${s}`).text).toBe('string');
  });

  fcTest.prop([fc.string({ unit: fc.constantFrom(...[...'aăâđêôơưbcdghklmnpqrstvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ĐƯƠ0123456789/-.,']), minLength: 1, maxLength: 80 })])(
    'Unicode escapes round-trip any Vietnamese line',
    (s) => {
      const line = s.trim();
      fc.pre(line !== '');
      expect(rtfToText(String.raw`{\rtf1\ansi ` + uni(line) + String.raw`\par}`).text).toBe(line);
    },
  );
});

describe('rtfToText: page headers and footers of the first page', () => {
  const row = (left: string, right: string): string => String.raw`\pard\intbl ` + uni(left) + String.raw`\cell ` + uni(right) + String.raw`\cell\row`;
  const HEADER_TABLE = row('ỦY BAN NHÂN DÂN TỈNH BẮC NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + row('Số: 88/KH-SYT', 'Bắc Ninh, ngày 05 tháng 3 năm 2024') + String.raw`\pard`;
  const HEADER_LINES = ['ỦY BAN NHÂN DÂN TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 88/KH-SYT\tBắc Ninh, ngày 05 tháng 3 năm 2024'];
  const PAGE_NO = String.raw`\pard Trang {\field{\*\fldinst { PAGE }}{\fldrslt 2}}/{\field{\*\fldinst NUMPAGES}{\fldrslt 3}}\par`;
  const BODY = String.raw`\pard\plain ` + uni('KẾ HOẠCH') + String.raw`\par ` + uni('Căn cứ Thông tư số 124/2021/TT-BCA;') + String.raw`\par`;
  const doc = (section: string, body = BODY): string => String.raw`{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\sectd` + section + body + '}';

  it('under \\titlepg the \\headerf table comes before the body; the other pages\' "Trang N/M" header is not read', () => {
    const out = rtfToText(doc(String.raw`\titlepg{\header ${PAGE_NO}}{\headerf ${HEADER_TABLE}}{\footer ${PAGE_NO}}`));
    expect(out.text).toBe([...HEADER_LINES, 'KẾ HOẠCH', 'Căn cứ Thông tư số 124/2021/TT-BCA;'].join('\n'));
    expect(out.warnings).toEqual([`the first-page header (\\headerf) was read before the body: characters 0–${HEADER_LINES.join('\n').length}`]);
  });

  it.each([
    ['without \\titlepg page 1 shows \\header', String.raw`{\headerf ${uni('BẢN NHÁP')}\par}{\header ${HEADER_TABLE}}`, '\\header'],
    ['with facing pages, \\headerr (page 1 is a right-hand page), never \\headerl', String.raw`\facingp{\headerl ${uni('BẢN NHÁP')}\par}{\headerr ${HEADER_TABLE}}`, '\\headerr'],
  ])('%s', (_name, section, word) => {
    const out = rtfToText(doc(section));
    expect(out.text.split('\n').slice(0, 3)).toEqual([...HEADER_LINES, 'KẾ HOẠCH']);
    expect(out.warnings[0]).toMatch(`the page header (${word}) was read before the body`);
  });

  it('a page number alone in a header adds nothing; \\titlepg without \\headerf leaves page 1 without a header', () => {
    expect(rtfToText(doc(String.raw`{\header ${PAGE_NO}}`))).toEqual({ text: 'KẾ HOẠCH\nCăn cứ Thông tư số 124/2021/TT-BCA;', warnings: [], encodings: [] });
    expect(rtfToText(doc(String.raw`\titlepg{\header ${HEADER_TABLE}}`)).text).toBe('KẾ HOẠCH\nCăn cứ Thông tư số 124/2021/TT-BCA;');
  });

  it('a footer holding the Nơi nhận comes after the body and before the footnotes', () => {
    const body = String.raw`\pard\plain ` + uni('Căn cứ Luật Khám bệnh, chữa bệnh') + String.raw`{\super\chftn}{\footnote\pard\plain {\super\chftn} ` + uni('Luật số 15/2023/QH15.') + String.raw`}\par`;
    const footer = String.raw`{\footer\pard ` + uni('Nơi nhận:') + String.raw`\par ` + uni('- Như trên;') + String.raw`\par}`;
    const out = rtfToText(doc(footer, body));
    expect(out.text).toBe('Căn cứ Luật Khám bệnh, chữa bệnh\nNơi nhận:\n- Như trên;\nChú thích:\nLuật số 15/2023/QH15.');
    expect(out.warnings).toEqual([`the page footer (\\footer) was read after the body: characters 33–${33 + '- Như trên;'.length + 'Nơi nhận:'.length + 1}`]);
  });

  it('only the first section\'s parts: a header given after \\sect belongs to later pages', () => {
    const out = rtfToText(doc('', BODY + String.raw`\sect\sectd{\header ${HEADER_TABLE}}` + uni('Phụ lục') + String.raw`\par`));
    expect(out.text).toBe('KẾ HOẠCH\nCăn cứ Thông tư số 124/2021/TT-BCA;\nPhụ lục');
  });

  it('a header that repeats the body\'s own header is left out, with a warning', () => {
    const out = rtfToText(doc(String.raw`{\header ${HEADER_TABLE}}`, HEADER_TABLE + BODY));
    expect(out.text).toBe([...HEADER_LINES, 'KẾ HOẠCH', 'Căn cứ Thông tư số 124/2021/TT-BCA;'].join('\n'));
    expect(out.warnings).toEqual(['the page header (\\header) repeats words of the body and was left out']);
  });

  it('a header\'s table does not leave the body inside a table', () => {
    const open = String.raw`{\header\pard\intbl ` + uni('SỞ Y TẾ') + String.raw`\cell\intbl ` + uni('Hà Nội') + String.raw`\cell}`;
    const out = rtfToText(doc(open, String.raw`\plain ` + uni('KẾ HOẠCH') + String.raw`\par ` + uni('Số 5') + String.raw`\par`));
    expect(out.text).toBe('SỞ Y TẾ\tHà Nội\nKẾ HOẠCH\nSố 5');
  });
});

describe('readRtf', () => {
  it('returns the text with rtf provenance', async () => {
    const out = await readRtf(rtf(String.raw`{\rtf1\ansi Th\u244?ng b\u225?o s\u7889? 5\par}`), 'tb.rtf', opts);
    expect(out.text).toBe('Thông báo số 5');
    expect(out.provenance).toEqual({
      reader: 'rtf',
      mediaType: 'application/rtf',
      encoding: null,
      pages: [{ page: 1, start: 0, end: 14, ocr: false, confidence: null }],
      warnings: [],
    });
  });

  it.each([
    ['not RTF', 'Số: 12/KH-UBND', 'corrupt', 'it is not an RTF document'],
    ['groups nested 5,000 deep', '{\\rtf1 ' + '{'.repeat(5000) + 'x' + '}'.repeat(5000) + '}', 'corrupt', 'its RTF structure is damaged (groups nested too deep)'],
    ['no text', String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\shppict{\pict 89504e47}}\par}`, 'no-text', 'the document holds no text (only images or empty paragraphs?)'],
  ])('%s', async (_what, source, code, message) => {
    const err = await readRtf(rtf(source), 'x.rtf', opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe(code);
    expect((err as ReadError).message).toBe(message);
  });
});
