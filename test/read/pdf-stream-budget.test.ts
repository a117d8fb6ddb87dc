import { deflateSync } from 'node:zlib';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ascii85, asciiHex, decodedSize, lzw, measureStreams, runLength } from '../../src/read/pdf/stream-budget.js';
import { pdfWithStream } from './pdf-samples.js';

const MB = 1024 * 1024;

/** ASCII85 armour, as PDF writers produce it (no "z" shortcut: the decoder must not need it). */
function toAscii85(data: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let v = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, Math.min(4, data.length - i) + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

/**
 * An LZW stream whose codes each name the entry being made (the KwKwK case), so entry n is n+1
 * bytes long: a few KB of codes decode to megabytes. Code widths follow the decoder's own rule.
 */
function lzwBomb(cycles: number): Buffer {
  const bytes: number[] = [];
  let acc = 0;
  let nacc = 0;
  const write = (code: number, width: number): void => {
    acc = (acc << width) | code;
    nacc += width;
    while (nacc >= 8) {
      bytes.push((acc >> (nacc - 8)) & 255);
      nacc -= 8;
      acc &= (1 << nacc) - 1;
    }
  };
  let width = 9;
  for (let c = 0; c < cycles; c++) {
    write(256, width);
    width = 9;
    write(0, width);
    for (let size = 258; size < 4095; ) {
      write(size, width);
      size++;
      if (size + 1 >= 1 << width && width < 12) width++;
    }
  }
  write(257, width);
  if (nacc > 0) write(0, 8 - nacc);
  return Buffer.from(bytes);
}

describe('stream filters the PDF budget decodes', () => {
  it('LZW: the example of the PDF reference (7.4.4.2) decodes to "-----A---B"', () => {
    const { out } = lzw(Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]), MB, true);
    expect(out?.toString('latin1')).toBe('-----A---B');
  });
  it('run-length, hex and ASCII85 decode what they should', () => {
    expect(runLength(Buffer.from([2, 65, 66, 67, 254, 68, 128]), MB, true).out?.toString('latin1')).toBe('ABCDDD');
    expect(asciiHex(Buffer.from('48 6f6e67>')).toString('latin1')).toBe('Hong');
    expect(ascii85(Buffer.from('<~87cURD]i,"Ebo80~>')).toString('latin1')).toBe('Hello World!');
  });
  fcTest.prop([fc.uint8Array({ maxLength: 200 })])('ASCII85 round-trips', (data) => {
    expect([...ascii85(toAscii85(Buffer.from(data)))]).toEqual([...data]);
  });
  it('the count stops just past the limit, without keeping the output', () => {
    const r = lzw(lzwBomb(1), MB, false);
    expect(r.out).toBeNull();
    expect(r.size).toBeGreaterThan(MB);
    expect(r.size).toBeLessThan(MB + 5000);
  });
});

describe('measureStreams: a bomb cannot hide behind a filter the count skips', () => {
  const zeros = deflateSync(Buffer.alloc(300 * MB), { level: 9 });
  const cases: [string, Buffer, string][] = [
    ['Flate under ASCII85 armour', toAscii85(zeros), '[/ASCII85Decode /FlateDecode]'],
    ['Flate under hex armour (abbreviated names)', Buffer.from(`${zeros.toString('hex')}>`), '[/AHx /Fl]'],
    ['Flate inside Flate', deflateSync(zeros), '[/FlateDecode /FlateDecode]'],
    ['LZW', lzwBomb(45), '/LZWDecode'],
  ];
  it.each(cases)('%s: over a 256 MB budget', async (_what, data, filter) => {
    expect(data.length).toBeLessThan(2 * MB);
    const budget = await measureStreams(pdfWithStream(data, filter), 256 * MB);
    expect(budget.over).toBe(true);
  });
  it('a stream within the budget is counted whole; an image filter is not decoded', async () => {
    expect(await decodedSize(toAscii85(deflateSync(Buffer.alloc(3 * MB))), ['ASCII85Decode', 'FlateDecode'], 256 * MB)).toBe(3 * MB);
    expect(await measureStreams(pdfWithStream(Buffer.alloc(5000), '/DCTDecode'), 1000)).toEqual({ inflated: 0, over: false });
  });
});
