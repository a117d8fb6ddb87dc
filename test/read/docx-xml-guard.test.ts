import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/docx/html-text.js';
import { ReadError } from '../../src/read/errors.js';
import { checkXmlPart, decodeXmlPart, wellFormedProblem } from '../../src/read/xml-guard.js';

describe('checkXmlPart', () => {
  it.each([
    ['<w:t>Số: 12/KH-UBND</w:t>', null],
    ['<?xml version="1.0"?><!-- Word --><w:p w:rsidR="00A1"><w:t xml:space="preserve">A &amp; B &#7889; &#x1EC7;</w:t><w:br/></w:p>', null],
    ['<a><![CDATA[<not a tag>]]></a>', null],
    ['<w:p><w:t>x</w:p>', '</w:p> closes <w:t>'],
    ['<w:p><w:t>x</w:t>', 'it ends inside <w:p>'],
    ['<a/><b/>', 'more than one root element'],
    ['<a b=c/>', 'a malformed tag at character 0'],
    ['<a>&nbsp;</a>', 'an unknown entity reference'],
    ['<a>AT&T</a>', 'an unknown entity reference'],
    ['<a><!-- open</a>', 'a comment, CDATA section or processing instruction is not closed'],
    ['', 'no root element'],
    ['hello <a/>', 'text outside the root element'],
  ])('%s → %s', (xml, problem) => {
    expect(wellFormedProblem(xml)).toBe(problem);
  });

  it.each([
    '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>',
    '<!doctype html><html/>',
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>',
  ])('refuses entity declarations: %s', (xml) => {
    expect(() => checkXmlPart(xml, 'word/document.xml', 'kh.docx')).toThrow(
      new ReadError('corrupt', 'kh.docx', 'its part word/document.xml holds XML entity declarations, which vanban never resolves'),
    );
  });

  it('decodes UTF-8 (with or without BOM) and UTF-16 parts', () => {
    const xml = '<w:t>Độc lập - Tự do - Hạnh phúc</w:t>';
    expect(decodeXmlPart(Buffer.from(xml, 'utf8'))).toBe(xml);
    expect(decodeXmlPart(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]))).toBe(xml);
    expect(decodeXmlPart(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]))).toBe(xml);
  });

  // Well-formed trees written out must pass; the same with one tag dropped must not.
  const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:tbl', 'w:tc', 'a');
  const text = fc.string({ unit: fc.constantFrom(...'Số ngày tháng năm 12/KH-UBND'.split('')), maxLength: 12 });
  const tree = fc.letrec((tie) => ({
    node: fc.tuple(name, fc.array(fc.oneof(text, tie('node')), { maxLength: 4 })),
  })).node as fc.Arbitrary<[string, unknown[]]>;
  const write = ([tag, kids]: [string, unknown[]]): string =>
    `<${tag}>${kids.map((k) => (typeof k === 'string' ? k : write(k as [string, unknown[]]))).join('')}</${tag}>`;

  fcTest.prop([tree])('a written tree is well-formed', (t) => {
    expect(wellFormedProblem(write(t))).toBeNull();
  });

  fcTest.prop([tree, fc.nat()])('dropping one closing tag is caught', (t, pick) => {
    const xml = write(t);
    const closings = [...xml.matchAll(/<\/[^>]+>/gu)];
    const cut = closings[pick % closings.length]!;
    expect(wellFormedProblem(xml.slice(0, cut.index) + xml.slice(cut.index + cut[0].length))).not.toBeNull();
  });

  fcTest.prop([fc.string({ maxLength: 200 })])('never throws on any string', (s) => {
    const out = wellFormedProblem(s);
    expect(out === null || typeof out === 'string').toBe(true);
  });
});

describe('htmlToText (mammoth HTML)', () => {
  it('keeps multi-paragraph header cells aligned line by line', () => {
    const html =
      '<table><tr><td><p>UBND HUYỆN THỦ THỪA</p><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p></p><p>Số: 45/KH-PGDĐT</p></td>' +
      '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p></p><p><em>Thủ Thừa, ngày 15 tháng 02 năm 2021</em></p></td></tr></table>';
    expect(htmlToText(html)).toBe(
      'UBND HUYỆN THỦ THỪA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-PGDĐT\tThủ Thừa, ngày 15 tháng 02 năm 2021',
    );
  });

  it('lists, line breaks, entities and endnotes', () => {
    const html =
      '<h1>KẾ HOẠCH</h1><ul><li>Gửi báo cáo &quot;trước ngày 05/12/2023&quot;<ul><li>Phòng &amp; Sở</li></ul></li></ul>' +
      '<p>Nơi nhận:<br />- Như trên;<br />- Lưu: VT.</p>' +
      '<p>Xem<sup><a href="#endnote-2" id="endnote-ref-2">[2]</a></sup></p>' +
      '<ol><li id="endnote-2"><p>Nghị định 30/2020/NĐ-CP. <a href="#endnote-ref-2">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe(
      'KẾ HOẠCH\nGửi báo cáo "trước ngày 05/12/2023"\nPhòng & Sở\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nXem[2]\nChú thích:\n[2] Nghị định 30/2020/NĐ-CP.',
    );
  });
});
