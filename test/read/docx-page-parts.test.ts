import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx/index.js';
import { firstPageParts, readRelationships, relsPartOf } from '../../src/read/docx/page-parts.js';
import { partLines } from '../../src/read/docx/part-text.js';
import type { RunRepairs } from '../../src/read/docx/legacy-runs.js';
import { readStyleFonts } from '../../src/read/docx/styles.js';
import { withLimits } from '../../src/read/limits.js';
import { asTcvn3Run, documentXml, headerPlanDocx as headerDocx, minimalDocx, paragraphXml } from './docx-fixtures.js';
import { refusal } from './refusal.js';
import { deflated } from './zip-fixtures.js';

const opts = { limits: withLimits() };
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ${R}`;
/** document.xml around `body`, with the relationships namespace the references need. */
const documentWithRefs = (body: string): string => documentXml(body).replace('<w:document ', `<w:document ${R} `);
const noFonts = readStyleFonts(null);
const lines = (body: string, repairs: RunRepairs = new Map()): string[] => partLines(`<w:hdr ${W}>${body}</w:hdr>`, noFonts, repairs);
const run = (text: string, rPr = ''): string => `<w:r>${rPr === '' ? '' : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (...texts: string[]): string => `<w:tc>${texts.map((t) => `<w:p>${run(t)}</w:p>`).join('')}</w:tc>`;

describe('firstPageParts: the header and footer Word draws on page 1', () => {
  const rels = new Map([['rH1', 'word/header1.xml'], ['rH2', 'word/header2.xml'], ['rF1', 'word/footer1.xml'], ['rH3', 'word/header3.xml']]);
  const doc = (sectPr: string, before = ''): string => documentWithRefs(`${before}<w:sectPr>${sectPr}</w:sectPr>`);
  const ref = (kind: 'header' | 'footer', type: string, id: string): string => `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;
  it.each([
    ['w:titlePg set: the first-page parts', `${ref('header', 'default', 'rH1')}${ref('header', 'first', 'rH2')}${ref('footer', 'first', 'rF1')}<w:titlePg/>`, 'word/header2.xml', 'word/footer1.xml'],
    ['no w:titlePg: the default parts, the first-page one unused', `${ref('header', 'default', 'rH1')}${ref('header', 'first', 'rH2')}`, 'word/header1.xml', null],
    ['w:titlePg without a first-page header: page 1 has none', `${ref('header', 'default', 'rH1')}<w:titlePg/>`, null, null],
    ['w:titlePg w:val="0" is off', `${ref('header', 'default', 'rH1')}${ref('header', 'first', 'rH2')}<w:titlePg w:val="0"/>`, 'word/header1.xml', null],
    ['even-page parts never reach page 1', `${ref('header', 'even', 'rH3')}`, null, null],
    ['an id the relationships do not know is no part', `${ref('header', 'default', 'rNone')}`, null, null],
  ])('%s', (_name, sectPr, header, footer) => {
    const parts = firstPageParts(doc(sectPr), rels);
    expect(parts.header?.part ?? null).toBe(header);
    expect(parts.footer?.part ?? null).toBe(footer);
  });

  it('takes the first section, whose properties end its last paragraph, not the body\'s last', () => {
    const first = `<w:p><w:pPr><w:sectPr>${ref('header', 'default', 'rH1')}</w:sectPr></w:pPr></w:p>`;
    expect(firstPageParts(doc(ref('header', 'default', 'rH3'), first), rels).header).toEqual({ kind: 'header', type: 'default', part: 'word/header1.xml' });
  });
});

describe('readRelationships', () => {
  it('resolves targets against the part\'s folder, folds "..", keeps absolute names, leaves external targets out', () => {
    const xml = [
      '<Relationships>',
      '<Relationship Id="rId1" Type="…/header" Target="header1.xml"/>',
      '<Relationship Id="rId2" Type="…/footer" Target="../word/footer1.xml"/>',
      '<Relationship Id="rId3" Type="…/header" Target="/word/header2.xml"/>',
      '<Relationship Id="rId4" Type="…/hyperlink" Target="https://example.invalid/" TargetMode="External"/>',
      '</Relationships>',
    ].join('');
    expect([...readRelationships(xml, 'word/document.xml')]).toEqual([['rId1', 'word/header1.xml'], ['rId2', 'word/footer1.xml'], ['rId3', 'word/header2.xml']]);
    expect(relsPartOf('word/document.xml')).toBe('word/_rels/document.xml.rels');
  });
});

describe('partLines: a header or footer part as lines', () => {
  it('a two-column header table reads left<TAB>right per line, as the body\'s does', () => {
    const table = `<w:tbl><w:tr>${cell('UBND HUYỆN THỦ THỪA', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', '')}${cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')}</w:tr><w:tr>${cell('Số: 52/PGDĐT')}${cell('Thủ Thừa, ngày 05 tháng 02 năm 2021')}</w:tr></w:tbl>`;
    expect(lines(table)).toEqual([
      'UBND HUYỆN THỦ THỪA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 52/PGDĐT\tThủ Thừa, ngày 05 tháng 02 năm 2021',
    ]);
  });

  it.each([
    ['a simple PAGE field', `<w:p>${run('Trang ')}<w:fldSimple w:instr=" PAGE ">${run('2')}</w:fldSimple></w:p>`, []],
    ['a complex PAGE / NUMPAGES field, "Trang 1/3"', `<w:p>${run('Trang ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('/')}<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>NUMPAGES</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, []],
    ['a page number beside words: the words stay', `<w:p>${run('Số: 15/KH-UBND\t')}<w:fldSimple w:instr="PAGE">${run('2')}</w:fldSimple></w:p>`, ['Số: 15/KH-UBND']],
    ['a page number nested in another field\'s result is dropped, the rest kept', `<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>HYPERLINK "#a"</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>${run('Số: 9/UBND, trang ')}<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>${run('4')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' (bản sao)')}</w:p>`, ['Số: 9/UBND, trang  (bản sao)']],
    ['an end without a begin changes nothing', `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r>${run('SỞ TƯ PHÁP')}</w:p>`, ['SỞ TƯ PHÁP']],
    ['another field\'s result is text', `<w:p><w:fldSimple w:instr=" DOCPROPERTY Company ">${run('SỞ Y TẾ')}</w:fldSimple></w:p>`, ['SỞ Y TẾ']],
    ['a text box: the VML fallback read, the DrawingML copy not', `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>${run('CÔNG AN TỈNH')}</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>${run('CÔNG AN TỈNH')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`, ['CÔNG AN TỈNH']],
    ['a text box paragraph\'s tab stops are no tabs', `<w:p><w:r><w:pict><w:txbxContent><w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/></w:tabs></w:pPr>${run('SỞ Y TẾ')}</w:p></w:txbxContent></w:pict></w:r>${run('Số: 12/SYT')}</w:p>`, ['SỞ Y TẾ', 'Số: 12/SYT']],
    ['deleted text is not read, tabs and breaks are', `<w:p><w:del>${'<w:r><w:delText>cũ</w:delText></w:r>'}</w:del>${run('Số: 7/CV')}<w:r><w:tab/><w:t>Hà Nội</w:t><w:br/><w:t>ngày 1/2/2024</w:t></w:r></w:p>`, ['Số: 7/CV\tHà Nội', 'ngày 1/2/2024']],
  ])('%s', (_name, body, expected) => {
    expect(lines(body)).toEqual(expected);
  });

  it('decodes runs in TCVN3 fonts and counts them', () => {
    const repairs: RunRepairs = new Map();
    expect(lines(`<w:p>${run(asTcvn3Run('Sở Giáo dục và Đào tạo'), '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')}</w:p>`, repairs)).toEqual(['Sở Giáo dục và Đào tạo']);
    expect([...repairs]).toEqual([['.VnTime', 1]]);
  });
});

const HEADER_LINES = ['ỦY BAN NHÂN DÂN TỈNH LONG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc', 'Số: 123/KH-SGDĐT\tLong An, ngày 05 tháng 3 năm 2024'];

describe('readDocx reads the first page\'s header and footer', () => {
  it('the first-page header table comes before the body, page numbers are left out, a warning says where it landed', async () => {
    const { text, provenance } = await readDocx(await headerDocx(), 'cv.docx', opts);
    expect(text).toBe([...HEADER_LINES, 'KẾ HOẠCH', 'Triển khai công tác phòng cháy, chữa cháy năm 2024'].join('\n'));
    const header = HEADER_LINES.join('\n');
    expect(provenance.warnings).toEqual([expect.stringMatching(new RegExp(`^the first-page header \\(word/header\\d\\.xml\\) was read before the body: characters 0–${header.length}$`, 'u'))]);
  });

  it('without w:titlePg page 1 shows the default header: a bare page number, so nothing is added', async () => {
    const { text, provenance } = await readDocx(await headerDocx({ titlePage: false }), 'cv.docx', opts);
    expect(text).toBe('KẾ HOẠCH\nTriển khai công tác phòng cháy, chữa cháy năm 2024');
    expect(provenance.warnings).toEqual([]);
  });

  it('a footer holding the Nơi nhận comes after the body, before the footnotes', async () => {
    const footer = [new Paragraph('Nơi nhận:'), new Paragraph('- Như trên;'), new Paragraph('- Lưu: VT.')];
    const { text, provenance } = await readDocx(await headerDocx({ footer }), 'cv.docx', opts);
    const body = [...HEADER_LINES, 'KẾ HOẠCH', 'Triển khai công tác phòng cháy, chữa cháy năm 2024'].join('\n');
    expect(text).toBe(`${body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.`);
    expect(provenance.warnings[1]).toMatch(new RegExp(`^the first-page footer \\(word/footer\\d\\.xml\\) was read after the body: characters ${body.length + 1}–${text.length}$`, 'u'));
  });

  it('a header that repeats the body\'s own header is left out, with a warning', async () => {
    const body = [new Paragraph('ỦY BAN NHÂN DÂN TỈNH LONG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), new Paragraph('SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc'), new Paragraph('Số: 123/KH-SGDĐT Long An, ngày 05 tháng 3 năm 2024'), new Paragraph('KẾ HOẠCH')];
    const { text, provenance } = await readDocx(await headerDocx({ body }), 'cv.docx', opts);
    expect(text.split('\n')).toHaveLength(4);
    expect(provenance.warnings).toEqual([expect.stringMatching(/^the first-page header \(word\/header\d\.xml\) repeats words of the body and was left out$/u)]);
  });

  it('a header part declaring entities is refused like any other part (XXE)', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>';
    const doc = documentWithRefs(`${paragraphXml('KẾ HOẠCH')}<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>`);
    const header = `<?xml version="1.0"?><!DOCTYPE w:hdr [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:hdr ${W}><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:hdr>`;
    const bytes = minimalDocx(doc, [deflated('word/_rels/document.xml.rels', rels), deflated('word/header1.xml', header)]);
    const err = await refusal(readDocx(bytes, 'xxe.docx', opts));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/word\/header1\.xml holds XML entity declarations/u);
  });

  it('a default header read from a bare package, with relationships written by hand', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>';
    const doc = documentWithRefs(`${paragraphXml('KẾ HOẠCH')}<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>`);
    const header = `<w:hdr ${W}><w:tbl><w:tr>${cell('SỞ Y TẾ')}${cell('Hà Nội, ngày 02 tháng 01 năm 2024')}</w:tr></w:tbl></w:hdr>`;
    const { text } = await readDocx(minimalDocx(doc, [deflated('word/_rels/document.xml.rels', rels), deflated('word/header1.xml', header)]), 'cv.docx', opts);
    expect(text).toBe('SỞ Y TẾ\tHà Nội, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH');
  });
});
