import type { EncodingTable } from '../../data/vi/encodings/index.js';

/** A byte-table codec built from one of the data tables in src/data/vi/encodings/. */
export interface TableCodec {
  decode(bytes: Uint8Array): string;
  /** Each decoded character (not yet NFC) with the index of its first byte: VNI "a"+"ù" is one unit at the "a". */
  decodeUnits(bytes: Uint8Array): DecodedUnit[];
  encode(text: string): Uint8Array;
}

export interface DecodedUnit {
  readonly text: string;
  readonly at: number;
}

interface CodecOptions {
  /** What an unlisted byte ≥ 0x80 (or a modifier byte with no base) stands for. */
  readonly fallbackChar: (byte: number) => string;
  /** The byte for a character the table does not list (beyond ASCII), or null when it cannot be written. */
  readonly fallbackByte: (ch: string) => number | null;
}

/** UTF-16 units to a string, in chunks small enough for an argument list. */
function fromUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

const parseSeq = (hex: string): number[] => hex.split(' ').map((h) => Number.parseInt(h, 16));

export function tableCodec(table: EncodingTable, opts: CodecOptions): TableCodec {
  const single = new Map<number, string>();
  const pair = new Map<number, Map<number, string>>();
  const encodeMap = new Map<string, readonly number[]>();
  const reserved = new Set<number>();
  for (const [ch, hex] of Object.entries(table.bytes)) {
    const seq = parseSeq(hex);
    encodeMap.set(ch, seq);
    for (const b of seq) if (b >= 0x80 || seq.length === 1) reserved.add(b);
    const [first, second] = seq as [number, number | undefined];
    if (second === undefined) single.set(first, ch);
    else {
      const next = pair.get(first) ?? new Map<number, string>();
      next.set(second, ch);
      pair.set(first, next);
    }
  }

  // Flat lookups: one string per byte, and per (byte, next byte) pair; decoding is then one pass.
  const byByte: string[] = Array.from({ length: 256 }, (_, b) => single.get(b) ?? (b < 0x80 ? String.fromCharCode(b) : opts.fallbackChar(b)));
  const byPair = new Map<number, string>();
  for (const [first, nexts] of pair) for (const [second, ch] of nexts) byPair.set((first << 8) | second, ch);
  const pairStarts = new Uint8Array(256);
  for (const first of pair.keys()) pairStarts[first] = 1;

  const decodeUnits = (bytes: Uint8Array): DecodedUnit[] => {
    const units: DecodedUnit[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      // Longest match first: VNI "a" + 0xF9 is "á", not "a" then "ù".
      const two = pairStarts[b] === 1 && i + 1 < bytes.length ? byPair.get((b << 8) | bytes[i + 1]!) : undefined;
      units.push({ text: two ?? byByte[b]!, at: i });
      if (two !== undefined) i++;
    }
    return units;
  };

  // Every character in the tables is one UTF-16 unit, so decoding can fill a Uint16Array.
  const unitOf = (ch: string): number => (ch.length === 1 ? ch.charCodeAt(0) : 0xfffd);
  const codeByByte = Uint16Array.from(byByte, unitOf);
  const codeByPair = new Map<number, number>([...byPair].map(([k, ch]) => [k, unitOf(ch)]));

  const decode = (bytes: Uint8Array): string => {
    const out = new Uint16Array(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const two = pairStarts[b] === 1 && i + 1 < bytes.length ? codeByPair.get((b << 8) | bytes[i + 1]!) : undefined;
      if (two !== undefined) {
        out[n++] = two;
        i++;
      } else out[n++] = codeByByte[b]!;
    }
    // TCVN3 has combining tone bytes and a decoder must hand on NFC.
    return fromUnits(out.subarray(0, n)).normalize('NFC');
  };

  const encode = (text: string): Uint8Array => {
    const out: number[] = [];
    for (const ch of text.normalize('NFC')) {
      const seq = encodeMap.get(ch);
      if (seq !== undefined) {
        out.push(...seq);
        continue;
      }
      const cp = ch.codePointAt(0)!;
      const byte = cp < 0x80 ? cp : opts.fallbackByte(ch);
      // A byte the table gives to a letter would decode as that letter, not as this character.
      if (byte === null || reserved.has(byte)) {
        throw new RangeError(`${table.name} cannot hold "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
      }
      out.push(byte);
    }
    return Uint8Array.from(out);
  };

  return { decode, decodeUnits, encode };
}
