import { createInflate, constants } from 'node:zlib';

/**
 * Counts what the streams of a raw PDF decode to, before pdfjs sees the file: a 1 MB PDF may hold
 * a stream of 1 GiB of zeros, which pdfjs decodes whole (2.1 GB RSS measured). Every filter of a
 * stream's chain is followed (ASCII85 or hex armour before Flate, Flate twice, LZW, run-length),
 * so a bomb cannot hide behind a filter the count skips. Stops once the budget is crossed.
 */

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
const OBJ = Buffer.from('obj', 'latin1');
const FILTER = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/u;
const NAME = /\/([A-Za-z0-9]+)/gu;
/** How far before "stream" the object's dictionary is looked for. */
const DICT_WINDOW = 4096;

export interface RawStream {
  /** The stream's data, between "stream<EOL>" and "endstream". */
  readonly start: number;
  readonly end: number;
  /** The stream's filters, in the order they decode, with abbreviations spelt out. */
  readonly filters: readonly Filter[];
}

export type Filter = 'FlateDecode' | 'LZWDecode' | 'RunLengthDecode' | 'ASCIIHexDecode' | 'ASCII85Decode' | 'other';
const FILTER_NAMES: Readonly<Record<string, Filter>> = {
  FlateDecode: 'FlateDecode', Fl: 'FlateDecode', LZWDecode: 'LZWDecode', LZW: 'LZWDecode',
  RunLengthDecode: 'RunLengthDecode', RL: 'RunLengthDecode', ASCIIHexDecode: 'ASCIIHexDecode', AHx: 'ASCIIHexDecode',
  ASCII85Decode: 'ASCII85Decode', A85: 'ASCII85Decode',
};

function filtersOf(dict: string): Filter[] {
  const spec = FILTER.exec(dict)?.[1];
  if (spec === undefined) return [];
  return [...spec.matchAll(NAME)].map((m) => FILTER_NAMES[m[1]!] ?? 'other');
}

/** The streams of a raw PDF, found by their keywords (xref tables are not trusted). */
export function* rawStreams(pdf: Buffer): Generator<RawStream> {
  let at = 0;
  for (;;) {
    const k = pdf.indexOf(STREAM, at);
    if (k < 0) return;
    at = k + STREAM.length;
    // "endstream" contains "stream": skip it; "stream" must end its line.
    if (k >= 3 && pdf.subarray(k - 3, k).toString('latin1') === 'end') continue;
    let start = at;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] !== 0x0a && pdf[start - 1] !== 0x0d) continue;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf(END_STREAM, start);
    if (end < 0) return;
    const from = Math.max(0, k - DICT_WINDOW);
    const objAt = pdf.lastIndexOf(OBJ, k);
    const dict = pdf.subarray(objAt >= from ? objAt : from, k).toString('latin1');
    yield { start, end, filters: filtersOf(dict) };
    at = end + END_STREAM.length;
  }
}

/** Inflates `data` counting its output; stops once `limit` is passed. Broken data counts what came out. */
function inflate(data: Buffer, limit: number, keep: boolean): Promise<{ size: number; out: Buffer | null }> {
  return new Promise((resolve) => {
    let size = 0;
    const kept: Buffer[] = [];
    // SYNC_FLUSH: a stream cut short still yields what it holds instead of failing.
    const z = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    const done = (): void => {
      z.removeAllListeners();
      z.destroy();
      resolve({ size, out: keep && size <= limit ? Buffer.concat(kept) : null });
    };
    z.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep) kept.push(chunk);
      if (size > limit) done();
    });
    z.on('end', done);
    z.on('error', done);
    z.end(data);
  });
}

/** LZWDecode (with the early change PDF uses by default), counting; output kept only when asked. */
export function lzw(data: Buffer, limit: number, keep: boolean): { size: number; out: Buffer | null } {
  const dict: Buffer[] = [];
  const reset = (): void => {
    dict.length = 0;
    for (let i = 0; i < 256; i++) dict.push(Buffer.from([i]));
    dict.push(Buffer.alloc(0), Buffer.alloc(0)); // 256 clear, 257 end of data
  };
  reset();
  const kept: Buffer[] = [];
  let size = 0;
  let width = 9;
  let bits = 0;
  let nbits = 0;
  let prev: Buffer | null = null;
  for (const byte of data) {
    bits = ((bits << 8) | byte) & 0xffffff;
    nbits += 8;
    while (nbits >= width) {
      const code = (bits >> (nbits - width)) & ((1 << width) - 1);
      nbits -= width;
      if (code === 256) {
        reset();
        width = 9;
        prev = null;
        continue;
      }
      if (code === 257) return { size, out: keep ? Buffer.concat(kept) : null };
      let entry: Buffer;
      if (code < dict.length) entry = dict[code]!;
      else if (prev !== null && code === dict.length) entry = Buffer.concat([prev, prev.subarray(0, 1)]);
      else return { size, out: keep ? Buffer.concat(kept) : null }; // broken data: what came out
      size += entry.length;
      if (size > limit) return { size, out: null };
      if (keep) kept.push(entry);
      if (prev !== null && dict.length < 4096) dict.push(Buffer.concat([prev, entry.subarray(0, 1)]));
      prev = entry;
      if (dict.length + 1 >= 1 << width && width < 12) width++;
    }
  }
  return { size, out: keep ? Buffer.concat(kept) : null };
}

/** RunLengthDecode, counting; output kept only when asked. */
export function runLength(data: Buffer, limit: number, keep: boolean): { size: number; out: Buffer | null } {
  const kept: Buffer[] = [];
  let size = 0;
  for (let i = 0; i < data.length; ) {
    const n = data[i]!;
    if (n === 128) break;
    const run = n < 128 ? data.subarray(i + 1, i + 2 + n) : Buffer.alloc(257 - n, data[i + 1] ?? 0);
    i += n < 128 ? n + 2 : 2;
    size += run.length;
    if (size > limit) return { size, out: null };
    if (keep) kept.push(run);
  }
  return { size, out: keep ? Buffer.concat(kept) : null };
}

/** ASCIIHexDecode: output is half the input, so it is decoded whole. */
export function asciiHex(data: Buffer): Buffer {
  const hex = data.toString('latin1').split('>')[0]!.replace(/[^0-9A-Fa-f]/gu, '');
  return Buffer.from(hex.length % 2 === 1 ? `${hex}0` : hex, 'hex');
}

/** ASCII85Decode: output is 4/5 of the input, so it is decoded whole. */
export function ascii85(data: Buffer): Buffer {
  const text = data.toString('latin1').split('~>')[0]!.replace(/^<~/u, '').replace(/\s+/gu, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number): void => {
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const d of group) v = v * 85 + d;
    const bytes = [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
    out.push(...bytes.slice(0, n));
    group = [];
  };
  for (const ch of text) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    const d = ch.charCodeAt(0) - 33;
    if (d < 0 || d > 84) continue;
    group.push(d);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Buffer.from(out);
}

/**
 * What a stream decodes to through its filter chain, counting stops past `limit`. Each stage but
 * the last is kept in memory (at most `limit` bytes); the last is only counted. An image filter
 * (DCT, JPX, CCITT, JBIG2) ends the count: the pixel limit pdfjs is given bounds it.
 */
export async function decodedSize(data: Buffer, filters: readonly Filter[], limit: number): Promise<number> {
  let current = data;
  for (let i = 0; i < filters.length; i++) {
    const last = i === filters.length - 1 || filters[i + 1] === 'other';
    const f = filters[i]!;
    if (f === 'other') return i === 0 ? 0 : current.length;
    if (f === 'ASCIIHexDecode') current = asciiHex(current);
    else if (f === 'ASCII85Decode') current = ascii85(current);
    else {
      const r = f === 'FlateDecode' ? await inflate(current, limit, !last) : f === 'LZWDecode' ? lzw(current, limit, !last) : runLength(current, limit, !last);
      if (last || r.out === null) return r.size;
      current = r.out;
    }
    if (last) return current.length;
  }
  return current.length;
}

export interface StreamBudget {
  /** Bytes the streams decoded to (counting stops just past the budget). */
  readonly inflated: number;
  readonly over: boolean;
}

/** Decodes every filtered stream in turn until their total passes `maxBytes`. */
export async function measureStreams(bytes: Uint8Array, maxBytes: number): Promise<StreamBudget> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflated = 0;
  for (const s of rawStreams(pdf)) {
    // Unfiltered streams are bounded by the file size. Encrypted streams do not decode here: the
    // worker's heap cap is their bound.
    if (s.filters.length === 0) continue;
    inflated += await decodedSize(pdf.subarray(s.start, s.end), s.filters, maxBytes - inflated);
    if (inflated > maxBytes) return { inflated, over: true };
  }
  return { inflated, over: false };
}
