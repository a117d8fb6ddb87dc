import { createInflate, constants } from 'node:zlib';

/**
 * Counts what the FlateDecode streams of a raw PDF inflate to, before pdfjs sees the file: a
 * 1 MB PDF may hold a stream of 1 GiB of zeros, which pdfjs inflates whole (2.1 GB RSS measured).
 * Stops as soon as the budget is crossed; nothing inflated is kept.
 */

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
const OBJ = Buffer.from('obj', 'latin1');
const FLATE = /\/(?:FlateDecode|Fl)(?![A-Za-z])/u;
/** How far before "stream" the object's dictionary is looked for. */
const DICT_WINDOW = 4096;

export interface RawStream {
  /** The stream's data, between "stream<EOL>" and "endstream". */
  readonly start: number;
  readonly end: number;
  readonly flate: boolean;
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
    yield { start, end, flate: FLATE.test(dict) };
    at = end + END_STREAM.length;
  }
}

/** Inflates `data` counting its output; stops once `limit` is passed. Broken data counts what came out. */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    // SYNC_FLUSH: a stream cut short still yields what it holds instead of failing.
    const z = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    const done = (): void => {
      z.removeAllListeners();
      z.destroy();
      resolve(total);
    };
    z.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) done();
    });
    z.on('end', done);
    z.on('error', done);
    z.end(data);
  });
}

export interface StreamBudget {
  /** Bytes the flate streams inflated to (counting stops just past the budget). */
  readonly inflated: number;
  readonly over: boolean;
}

/** Inflates every FlateDecode stream in turn until their total passes `maxBytes`. */
export async function measureStreams(bytes: Uint8Array, maxBytes: number): Promise<StreamBudget> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflated = 0;
  for (const s of rawStreams(pdf)) {
    // Unfiltered streams are bounded by the file size; image filters (DCT, CCITT, JBIG2) by the
    // pixel limit pdfjs is given. Encrypted streams do not inflate here: the worker's heap cap is
    // their bound.
    inflated += s.flate ? await inflatedSize(pdf.subarray(s.start, s.end), maxBytes - inflated) : 0;
    if (inflated > maxBytes) return { inflated, over: true };
  }
  return { inflated, over: false };
}
