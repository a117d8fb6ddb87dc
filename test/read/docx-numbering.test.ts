import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx/index.js';
import { formatNumber, numberParagraphs, readNumberingDefinitions, readStyleNumbering } from '../../src/read/docx/numbering.js';
import { withLimits } from '../../src/read/limits.js';

const opts = { limits: withLimits() };

/** A plan whose section numbers are Word's automatic numbering, as most offices type them. */
async function numberedPlan(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
          ],
        },
        { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\uF0BE' }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('KẾ HOẠCH'),
          new Paragraph({ text: 'MỤC ĐÍCH, YÊU CẦU', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: 'Mục đích', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: 'Nâng cao nhận thức của cán bộ;', numbering: { reference: 'plan', level: 2 } }),
          new Paragraph({ text: 'Bảo đảm an toàn trường học.', numbering: { reference: 'plan', level: 2 } }),
          new Paragraph({ text: 'Yêu cầu', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: 'TỔ CHỨC THỰC HIỆN', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: 'Các trường báo cáo trước ngày 15/12/2024.', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: 'gửi về Phòng qua thư điện tử.', numbering: { reference: 'dash', level: 0 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX automatic numbering', () => {
  it('writes the labels Word draws: I., 1., a), numbering again under a new section, a dash for a symbol-font bullet', async () => {
    const { text } = await readDocx(await numberedPlan(), 'kh.docx', opts);
    expect(text.split('\n')).toEqual([
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'a) Nâng cao nhận thức của cán bộ;',
      'b) Bảo đảm an toàn trường học.',
      '2. Yêu cầu',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các trường báo cáo trước ngày 15/12/2024.',
      '- gửi về Phòng qua thư điện tử.',
    ]);
  });

  it('formats numbers as Word does', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(3, 'lowerRoman')).toBe('iii');
  });

  const numberingXml = `<w:numbering>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const p = (text: string, numPr = '', style = ''): string =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const num = (id: string, lvl: number): string => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;

  it('counts per list instance, honours startOverride and multi-level texts, skips mc:Choice and deleted text', () => {
    const body = [
      p('Mục tiêu', num('1', 0)),
      p('Chỉ tiêu &amp; giải pháp', num('1', 1)),
      p('Nhiệm vụ', num('1', 1)),
      p('Không đánh số'),
      `<mc:AlternateContent><mc:Choice>${p('bản sao trong hộp văn bản', num('1', 0))}</mc:Choice><mc:Fallback>${p('Hộp văn bản', num('1', 0))}</mc:Fallback></mc:AlternateContent>`,
      p('Danh sách khác', num('2', 0)),
      `<w:p><w:pPr>${num('2', 0)}</w:pPr><w:del><w:r><w:delText>đã xóa </w:delText></w:r></w:del><w:r><w:t>Còn lại</w:t></w:r></w:p>`,
      p('Đầu mục theo kiểu', '', 'Heading1'),
      p('Tắt đánh số', num('0', 0), 'Heading1'),
    ].join('');
    const styles = `<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const out = numberParagraphs(`<w:document><w:body>${body}</w:body></w:document>`, readNumberingDefinitions(numberingXml), readStyleNumbering(styles));
    expect(out).toEqual([
      { text: 'Mục tiêu', label: '1.' },
      { text: 'Chỉ tiêu & giải pháp', label: '1.1.' },
      { text: 'Nhiệm vụ', label: '1.2.' },
      { text: 'Hộp văn bản', label: '2.' },
      { text: 'Danh sách khác', label: '5.' },
      { text: 'Còn lại', label: '6.' },
      { text: 'Đầu mục theo kiểu', label: '3.' },
    ]);
  });

  it('a document without numbering.xml gets no labels and no error', () => {
    expect(numberParagraphs(p('Mục tiêu', num('1', 0)), readNumberingDefinitions(null), new Map())).toEqual([]);
  });
});
