// Hand-built OLE compound files (CFB v3, 512-byte sectors, no mini stream) and a minimal Word 97
// document laid out the way word-extractor reads it: a FIB, UTF-16 text and one piece in 1Table.

const END = 0xfffffffe;
const FREE = 0xffffffff;
const SECTOR = 512;

export interface CfbStream {
  readonly name: string;
  readonly data: Buffer;
}

export function buildCfb(streams: readonly CfbStream[]): Buffer {
  if (streams.length > 3) throw new Error('one directory sector holds the root and three streams');
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(END, 4); // sector 1: the directory
  const dir = Buffer.alloc(SECTOR);
  entry(dir, 0, 'Root Entry', 5, streams.length > 0 ? 1 : -1, -1, END, 0);
  const data: Buffer[] = [];
  let next = 2;
  streams.forEach((s, i) => {
    const sectors = Math.max(1, Math.ceil(s.data.length / SECTOR));
    for (let k = 0; k < sectors; k++) fat.writeUInt32LE(k === sectors - 1 ? END : next + k + 1, (next + k) * 4);
    entry(dir, i + 1, s.name, 2, -1, i + 1 < streams.length ? i + 2 : -1, next, s.data.length);
    const padded = Buffer.alloc(sectors * SECTOR);
    s.data.copy(padded);
    data.push(padded);
    next += sectors;
  });
  if (next > SECTOR / 4) throw new Error('too big for one FAT sector');
  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  return Buffer.concat([header, fat, dir, ...data]);
}

function entry(dir: Buffer, i: number, name: string, type: number, child: number, right: number, start: number, size: number): void {
  const at = i * 128;
  dir.write(name, at, 'utf16le');
  dir.writeUInt16LE((name.length + 1) * 2, at + 64);
  dir.writeUInt8(type, at + 66);
  dir.writeUInt8(1, at + 67);
  dir.writeInt32LE(-1, at + 68);
  dir.writeInt32LE(right, at + 72);
  dir.writeInt32LE(child, at + 76);
  dir.writeUInt32LE(start, at + 116);
  dir.writeUInt32LE(size, at + 120);
}

/**
 * Word 97 text: paragraphs end in \r, table cells in \x07, and a table row in ROW_END (written as
 * the \x07 row mark with a table-terminating paragraph property, as Word does). `footnotes` follow the body.
 */
export const ROW_END = '\u2029';

export function buildWord97(body: string, options: { footnotes?: string; encrypted?: boolean } = {}): Buffer {
  const marked = body + (options.footnotes ?? '');
  const rowEnds = [...marked].flatMap((c, i) => (c === ROW_END ? [i] : []));
  const text = marked.replaceAll(ROW_END, '\x07');
  const bodyLength = body.length;
  const fcText = 0x800;
  const fkpPage = 2; // the paragraph-property page sits at 0x400
  const word = Buffer.alloc(Math.max(4096, fcText + text.length * 2));
  word.writeUInt16LE(0xa5ec, 0);
  word.writeUInt16LE(0x0200 | (options.encrypted ? 0x0100 : 0), 0x0a); // fWhichTblStm: 1Table
  word.writeUInt32LE(fcText, 0x18);
  word.writeUInt32LE(bodyLength, 0x4c);
  word.writeUInt32LE(options.footnotes?.length ?? 0, 0x50);
  word.writeUInt32LE(64, 0x102); // fcPlcfbtePapx
  word.writeUInt32LE(12, 0x106); // lcbPlcfbtePapx: one page
  word.writeUInt32LE(0, 0x1a2); // fcClx
  word.write(text, fcText, 'utf16le');
  writeParagraphPage(word.subarray(fkpPage * 512, fkpPage * 512 + 512), fcText, text.length, rowEnds);
  const table = Buffer.alloc(4096);
  table.writeUInt8(2, 0); // Pcdt
  table.writeUInt32LE(16, 1); // PlcPcd: two CPs and one PCD
  table.writeUInt32LE(0, 5);
  table.writeUInt32LE(text.length, 9);
  table.writeUInt16LE(0, 13);
  table.writeUInt32LE(fcText, 15); // bit 30 clear: UTF-16 text
  table.writeUInt32LE(fcText, 64); // PlcBtePapx: [fc, fcEnd, page]
  table.writeUInt32LE(fcText + text.length * 2, 68);
  table.writeUInt32LE(fkpPage, 72);
  return buildCfb([
    { name: 'WordDocument', data: word },
    { name: '1Table', data: table },
  ]);
}

/** A PAPX FKP: every row mark gets sprmPFTtp, the rest sprmPFInTable (harmless). */
function writeParagraphPage(page: Buffer, fcText: number, length: number, rowEnds: readonly number[]): void {
  const cuts = [fcText, ...rowEnds.flatMap((i) => [fcText + 2 * i, fcText + 2 * i + 2]), fcText + 2 * length];
  const bounds = cuts.filter((fc, i) => i === 0 || fc !== cuts[i - 1]);
  const crun = bounds.length - 1;
  bounds.forEach((fc, i) => page.writeUInt32LE(fc, i * 4));
  const plain = 400, ttp = 420;
  Buffer.from([3, 0, 0, 0x16, 0x24, 1]).copy(page, plain);
  Buffer.from([3, 0, 0, 0x17, 0x24, 1]).copy(page, ttp);
  for (let j = 0; j < crun; j++) {
    const isRowEnd = rowEnds.some((i) => fcText + 2 * i === bounds[j]);
    page.writeUInt8((isRowEnd ? ttp : plain) / 2, (crun + 1) * 4 + j * 13);
  }
  page.writeUInt8(crun, 511);
}
