// Small Vietnamese documents made on the fly for the PDF, image and OCR tests: born-digital PDFs
// (pdfkit + DejaVu Serif), scans (text drawn with @napi-rs/canvas), and hostile files.
import { createDeflate } from 'node:zlib';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';

export const FONT = new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf', import.meta.url).pathname;
GlobalFonts.registerFromPath(FONT, 'DejaVu Serif');

export const HEADER: readonly (readonly [string, string])[] = [
  ['UBND TỈNH QUẢNG NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Độc lập - Tự do - Hạnh phúc'],
  ['Số: 1234/KH-SGDĐT', 'Quảng Ninh, ngày 05 tháng 3 năm 2024'],
];

export const BODY: readonly string[] = [
  'Căn cứ Luật Giáo dục năm 2019; thực hiện Kế hoạch số 12/KH-UBND ngày',
  '05/01/2024 của Ủy ban nhân dân tỉnh về phát triển giáo dục, Sở Giáo dục và',
  'Đào tạo xây dựng kế hoạch như sau: hoàn thành trước ngày 30/6/2024, đạt tỷ lệ',
  '95% học sinh hoàn thành chương trình tiểu học.',
];

/** An A4 page at `dpi` with the two-column header, the title and `body`, as a canvas. */
export function drawPage(body: readonly string[] = BODY, dpi = 150): Canvas {
  const k = dpi / 72;
  const w = Math.round(595 * k);
  const h = Math.round(842 * k);
  const c = createCanvas(w, h);
  const x = c.getContext('2d');
  x.fillStyle = '#fff';
  x.fillRect(0, 0, w, h);
  x.fillStyle = '#000';
  x.font = `${Math.round(11.5 * k)}px "DejaVu Serif"`;
  HEADER.forEach(([left, right], i) => {
    x.fillText(left, 48 * k, (48 + i * 19) * k);
    x.fillText(right, 310 * k, (48 + i * 19) * k);
  });
  x.font = `bold ${Math.round(13 * k)}px "DejaVu Serif"`;
  x.fillText('KẾ HOẠCH', 260 * k, 150 * k);
  x.font = `${Math.round(11.5 * k)}px "DejaVu Serif"`;
  body.forEach((line, i) => x.fillText(line, 48 * k, (190 + i * 19) * k));
  return c;
}

/** The canvas turned by `degrees` clockwise, as PNG (or JPEG, as a phone would save it). */
export function turnedPng(c: Canvas, degrees: 0 | 90 | 180 | 270, format: 'png' | 'jpeg' = 'png'): Uint8Array {
  const side = degrees % 180 !== 0;
  const out = createCanvas(side ? c.height : c.width, side ? c.width : c.height);
  const x = out.getContext('2d');
  x.translate(out.width / 2, out.height / 2);
  x.rotate((degrees * Math.PI) / 180);
  x.drawImage(c, -c.width / 2, -c.height / 2);
  return new Uint8Array(format === 'png' ? out.toBuffer('image/png') : out.toBuffer('image/jpeg', 85));
}

export type SamplePage = { readonly text: readonly string[] } | { readonly image: Uint8Array };

export interface SampleOptions {
  readonly userPassword?: string;
  readonly ownerPassword?: string;
}

/** A PDF made with pdfkit: text pages (header in two columns) and/or full-page scans. */
export function makePdf(pages: readonly SamplePage[], opts: SampleOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    autoFirstPage: false,
    pdfVersion: '1.7',
    ...(opts.userPassword !== undefined ? { userPassword: opts.userPassword } : {}),
    ...(opts.ownerPassword !== undefined ? { ownerPassword: opts.ownerPassword, permissions: { printing: 'highResolution' as const } } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.registerFont('serif', FONT);
  for (const page of pages) {
    doc.addPage();
    if ('image' in page) {
      doc.image(Buffer.from(page.image), 0, 0, { width: 595.28, height: 841.89 });
      continue;
    }
    doc.font('serif').fontSize(11.5);
    HEADER.forEach(([left, right], i) => {
      doc.text(left, 48, 40 + i * 19, { lineBreak: false });
      doc.text(right, 310, 40 + i * 19, { lineBreak: false });
    });
    doc.fontSize(13).text('KẾ HOẠCH', 260, 140, { lineBreak: false });
    doc.fontSize(11.5);
    page.text.forEach((line, i) => doc.text(line, 48, 180 + i * 19, { lineBreak: false }));
  }
  doc.end();
  return done;
}

/** A minimal PDF whose one content stream is `inflatedMb` MB of zeros, deflated (small on disk). */
export async function makeStreamBomb(inflatedMb: number): Promise<Uint8Array> {
  const z = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  z.on('data', (c: Buffer) => parts.push(c));
  const ended = new Promise<void>((resolve) => z.on('end', resolve));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < inflatedMb; i++) if (!z.write(mb)) await new Promise((r) => z.once('drain', r));
  z.end();
  await ended;
  return pdfWithStream(Buffer.concat(parts), '/FlateDecode');
}

/** A minimal one-page PDF whose content stream is `data` under the filter `filter` (a name or an array). */
export function pdfWithStream(data: Buffer, filter: string): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  let out = Buffer.from('%PDF-1.7\n', 'latin1');
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out = Buffer.concat([out, Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')]);
  });
  offsets.push(out.length);
  out = Buffer.concat([out, Buffer.from(`4 0 obj\n<< /Length ${data.length} /Filter ${filter} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  const xref = out.length;
  const table = ['xref', '0 5', '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  out = Buffer.concat([out, Buffer.from(`${table}\ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1')]);
  return new Uint8Array(out);
}

/** A PNG signature and IHDR claiming w × h (no pixel data). */
export function pngHeader(w: number, h: number): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  b.set([8, 0, 0, 0, 0], 24);
  return new Uint8Array(b);
}

/** SOI, an APP0 segment, then a baseline SOF0 claiming w × h. */
export function jpegHeader(w: number, h: number, sof = 0xc0): Uint8Array {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, sof, 0x00, 0x0b, 0x08, h >> 8, h & 0xff, w >> 8, w & 0xff, 0x01, 0x01, 0x11, 0x00]);
}

/** A little- or big-endian TIFF whose first IFD has ImageWidth (LONG) and ImageLength (SHORT). */
export function tiffHeader(w: number, h: number, little = true): Uint8Array {
  const b = Buffer.alloc(8 + 2 + 2 * 12 + 4);
  const u16 = (v: number, at: number): number => (little ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
  const u32 = (v: number, at: number): number => (little ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
  b.write(little ? 'II' : 'MM', 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  u16(2, 8);
  u16(256, 10), u16(4, 12), u32(1, 14), u32(w, 18);
  u16(257, 22), u16(3, 24), u32(1, 26), u16(h, 30);
  return new Uint8Array(b);
}

/**
 * A multi-page TIFF as a fax server writes one: 8-bit grey, uncompressed, one strip per page, in
 * `order` ('II' little-endian or 'MM' big-endian); pages marked `thumbnail` get NewSubfileType 1.
 */
export function greyTiff(pages: readonly { canvas: Canvas; thumbnail?: boolean }[], dpi: number, order: 'II' | 'MM' = 'II'): Uint8Array {
  const little = order === 'II';
  const ENTRIES = 13;
  const parts: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write(order, 0, 'latin1');
  const put16 = (b: Buffer, v: number, at: number): number => (little ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
  const put32 = (b: Buffer, v: number, at: number): number => (little ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
  put16(header, 42, 2);
  parts.push(header);
  let previousNext = 4; // where the last written pointer to "the next directory" sits, in the whole file
  const whole: { at: number; value: number }[] = [];
  for (const { canvas, thumbnail } of pages) {
    const { width: w, height: h } = canvas;
    const rgba = canvas.getContext('2d').getImageData(0, 0, w, h).data;
    const strip = Buffer.alloc(w * h);
    for (let i = 0; i < w * h; i++) strip[i] = Math.round(0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!);
    const stripAt = offset;
    const resAt = stripAt + strip.length + (strip.length % 2);
    const ifdAt = resAt + 16;
    const res = Buffer.alloc(16 + (strip.length % 2));
    put32(res, dpi, strip.length % 2), put32(res, 1, 4 + (strip.length % 2));
    put32(res, dpi, 8 + (strip.length % 2)), put32(res, 1, 12 + (strip.length % 2));
    const ifd = Buffer.alloc(2 + ENTRIES * 12 + 4);
    put16(ifd, ENTRIES, 0);
    const entries: [number, number, number][] = [
      [254, 4, thumbnail ? 1 : 0],
      [256, 4, w],
      [257, 4, h],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, stripAt],
      [277, 3, 1],
      [278, 4, h],
      [279, 4, w * h],
      [282, 5, resAt],
      [283, 5, resAt + 8],
      [296, 3, 2],
    ];
    entries.forEach(([tag, type, value], k) => {
      const at = 2 + k * 12;
      put16(ifd, tag, at), put16(ifd, type, at + 2), put32(ifd, 1, at + 4);
      if (type === 3) put16(ifd, value, at + 8);
      else put32(ifd, value, at + 8);
    });
    whole.push({ at: previousNext, value: ifdAt });
    previousNext = ifdAt + 2 + ENTRIES * 12;
    parts.push(strip, res, ifd);
    offset = ifdAt + ifd.length;
  }
  const out = Buffer.concat(parts);
  for (const { at, value } of whole) put32(out, value, at);
  return new Uint8Array(out);
}
