// DOCX documents built in memory with the `docx` package, shaped like real Vietnamese plans.
import { AlignmentType, Document, Footer, FootnoteReferenceRun, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { encodeLegacy } from '../../src/read/encodings/index.js';
import { buildZip, deflated, type RawEntry } from './zip-fixtures.js';

/** TCVN3 bytes shown as the Windows-1252 characters Word stores for a .VnTime run. */
export const asTcvn3Run = (text: string): string => new TextDecoder('windows-1252').decode(encodeLegacy(text, 'tcvn3'));
export const asVniRun = (text: string): string => new TextDecoder('windows-1252').decode(encodeLegacy(text, 'vni'));

const cell = (lines: readonly string[]): TableCell =>
  new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph(l)) });

/** The two-column header of a kế hoạch: issuer on the left, motto and place/date on the right. */
export const headerTable = (): Table =>
  new Table({
    rows: [
      new TableRow({
        children: [
          cell(['ỦY BAN NHÂN DÂN TỈNH LONG AN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '', 'Số: 123/KH-SGDĐT']),
          cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Long An, ngày 05 tháng 3 năm 2024']),
        ],
      }),
    ],
  });

export async function planDocx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an.')] } },
    sections: [
      {
        children: [
          headerTable(),
          new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph('Triển khai công tác phòng cháy, chữa cháy năm 2024'),
          new Paragraph({ children: [new TextRun('Căn cứ Thông tư số 124/2021/TT-BCA'), new FootnoteReferenceRun(1), new TextRun(';')] }),
          new Paragraph('Chỉ tiêu: 100% trường học & cơ sở giáo dục tổ chức diễn tập <trước ngày 30/11/2024>.'),
          new Table({
            rows: [
              new TableRow({ children: [cell(['STT']), cell(['Nội dung']), cell(['Thời gian'])] }),
              new TableRow({ children: [cell(['1']), cell(['Tổ chức tập huấn']), cell(['Tháng 4/2024'])] }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: asTcvn3Run('Ủy ban nhân dân huyện Thủ Thừa'), font: '.VnTime' })] }),
          new Paragraph({ children: [new TextRun({ text: asTcvn3Run('kế hoạch'), font: '.VnTimeH' })] }),
          new Paragraph({ children: [new TextRun({ text: asVniRun('Phòng Giáo dục và Đào tạo'), font: 'VNI-Times' })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A công văn whose header table is in Word's first-page header, with page numbers elsewhere. */
export async function headerPlanDocx(opts: { body?: Paragraph[]; footer?: Paragraph[]; titlePage?: boolean } = {}): Promise<Buffer> {
  const pageNo = (): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] });
  const doc = new Document({
    sections: [
      {
        properties: { titlePage: opts.titlePage ?? true },
        headers: { first: new Header({ children: [headerTable()] }), default: new Header({ children: [new Paragraph({ children: [new TextRun({ children: ['Trang ', PageNumber.CURRENT] })] })] }) },
        footers: { first: new Footer({ children: opts.footer ?? [pageNo()] }), default: new Footer({ children: [pageNo()] }) },
        children: opts.body ?? [new Paragraph('KẾ HOẠCH'), new Paragraph('Triển khai công tác phòng cháy, chữa cháy năm 2024')],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A document whose every run takes .VnTime from the document defaults, not from the run. */
export async function defaultFontDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: { default: { document: { run: { font: '.VnTime' } } } },
    sections: [{ children: [new Paragraph(asTcvn3Run('Thực hiện Chỉ thị số 04-CT/TU ngày 12 tháng 5 năm 2023'))] }],
  });
  return Packer.toBuffer(doc);
}

const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** word/document.xml around the given body XML. */
export const documentXml = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string =>
  `${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;

export const paragraphXml = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The least a DOCX needs: the package relationships and the main part (plus any extra entries). */
export const minimalDocx = (document: string, extra: readonly RawEntry[] = []): Buffer =>
  buildZip([deflated('_rels/.rels', RELS), deflated('word/document.xml', document), ...extra]);
