import { Document, Packer, Paragraph } from 'docx';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { detectType } from '../../src/read/detect.js';
import { buildCfb, buildWord97 } from './doc-fixtures.js';
import { buildZip, deflated } from './zip-fixtures.js';
import { refusal } from './refusal.js';

const docx = async (): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Số: 123/KH-SGDĐT')] }] }));
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(32)]);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(32)]);
const TIFF = Buffer.concat([Buffer.from('49492a0008000000', 'hex'), Buffer.alloc(64)]);
const PDF = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  out[0] = 0x8f;
  return out;
}


describe('detectType: what the bytes hold', () => {
  it.each([
    ['PDF', 'kh.pdf', PDF, 'pdf', 'application/pdf'],
    ['PNG', 'scan.png', PNG, 'image', 'image/png'],
    ['JPEG', 'anh.jpg', JPEG, 'image', 'image/jpeg'],
    ['TIFF', 'fax.tif', TIFF, 'image', 'image/tiff'],
    ['RTF', 'cv.rtf', utf8('{\\rtf1\\ansi\\ansicpg1258 S\\u7889? 12/UBND}'), 'rtf', 'application/rtf'],
    ['UTF-8 text', 'kh.txt', utf8('Số: 123/KH-SGDĐT\nThủ Thừa, ngày 15 tháng 02 năm 2021\n'), 'text', 'text/plain'],
    ['UTF-16LE text with BOM', 'kh.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kế hoạch số 88/KH-UBND', 'utf16le')]), 'text', 'text/plain'],
    ['UTF-8 text with BOM', 'kh.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Kế hoạch')]), 'text', 'text/plain'],
    ['TCVN3 bytes', 'old.txt', Buffer.from('Uû ban nh©n d©n tØnh', 'latin1'), 'text', 'text/plain'],
    ['Word 97', 'cv.doc', buildWord97('Công văn số 586/UBND-NCTCD\r'), 'doc', 'application/msword'],
  ] as const)('%s → its kind', async (_what, file, bytes, kind, mediaType) => {
    const found = await detectType(bytes, file);
    expect(found).toMatchObject({ kind, mediaType, warnings: [] });
  });

  it('a DOCX made by a word processor → docx', async () => {
    const found = await detectType(await docx(), 'kh.docx');
    expect(found).toEqual({
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ext: 'docx',
      warnings: [],
    });
  });

  it('warns, without failing, when the name disagrees with the content', async () => {
    expect((await detectType(await docx(), 'ke-hoach.pdf')).warnings).toEqual(['the file is named .pdf but holds a DOCX document']);
    expect((await detectType(PNG, 'cong-van.docx')).warnings).toEqual(['the file is named .docx but holds an image']);
    await expect(detectType(utf8('<html><body>404 Not Found</body></html>'), 'qd.pdf')).rejects.toMatchObject({ code: 'type-mismatch' });
    await expect(detectType(utf8('Số: 01/QĐ-UBND'), 'cv.docx')).rejects.toMatchObject({ code: 'type-mismatch' });
    expect((await detectType(utf8('Số: 01/QĐ-UBND'), 'qd.md')).warnings).toEqual([]);
  });

  it('says nothing about names it does not know or RTF saved as .doc', async () => {
    expect((await detectType(PDF, 'van-ban.bin')).warnings).toEqual([]);
    expect((await detectType(utf8('{\\rtf1 x}'), 'cv.doc')).warnings).toEqual([]);
  });

  it('a PDF with stray bytes before its header is still a PDF, with a warning', async () => {
    const found = await detectType(Buffer.concat([utf8('\r\n\r\n'), PDF]), 'kh.pdf');
    expect(found.kind).toBe('pdf');
    expect(found.warnings).toEqual(['4 stray bytes precede the PDF header']);
  });
});

const VIETNAMESE = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵAĂÂĐÊÔƠƯỦỨ0123456789 .,:;/-()\n\t'];
fcTest.prop([fc.string({ unit: fc.constantFrom(...VIETNAMESE), minLength: 1, maxLength: 400 })], { numRuns: 300 })(
  'any Vietnamese text in UTF-8 or UTF-16 with BOM is text',
  async (text) => {
    expect((await detectType(utf8(text), 'kh.txt')).kind).toBe('text');
    expect((await detectType(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'kh.txt')).kind).toBe('text');
  },
);

describe('detectType: what vanban refuses', () => {
  it.each([
    ['a.gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'unsupported-type', 'it is a GIF image, which vanban does not read'],
    ['setup.pdf', Buffer.concat([utf8('MZ'), Buffer.alloc(200)]), 'unsupported-type', 'it is a Windows program, which vanban does not read'],
    ['noise.docx', noise(4096), 'unsupported-type', 'it holds binary data of a kind vanban does not read'],
    ['bang.xls', buildCfb([{ name: 'Workbook', data: Buffer.alloc(600) }]), 'unsupported-type', 'it is an Excel 97-2003 workbook, which vanban does not read'],
    ['mat.docx', buildCfb([{ name: 'EncryptionInfo', data: Buffer.alloc(200) }, { name: 'EncryptedPackage', data: Buffer.alloc(1200) }]), 'encrypted', 'it is protected by a password'],
    ['mat.doc', buildWord97('Tài liệu mật\r', { encrypted: true }), 'encrypted', 'it is protected by a password'],
    ['empty.txt', Buffer.alloc(0), 'empty', 'the file is empty'],
  ] as const)('%s → %s', async (file, bytes, code, message) => {
    const err = await refusal(detectType(bytes, file));
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });

  it('a ZIP that is no Word document → unsupported-type, a ZIP holding word/document.xml → docx', async () => {
    const photos = buildZip([deflated('anh/1.txt', 'ảnh hội nghị')]);
    expect((await refusal(detectType(photos, 'hop.docx'))).message).toBe('it is a ZIP archive, which vanban does not read');
    const bare = buildZip([deflated('word/document.xml', '<w:document/>')]);
    expect((await detectType(bare, 'kh.docx')).kind).toBe('docx');
  });

  it('an OLE file with a damaged directory → corrupt', async () => {
    const ole = buildWord97('x\r');
    ole.writeUInt32LE(0x7fff, 0x30); // first directory sector far past the end
    expect((await refusal(detectType(ole, 'cv.doc'))).code).toBe('corrupt');
  });
});
