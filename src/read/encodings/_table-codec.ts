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

  const decodeUnits = (bytes: Uint8Array): DecodedUnit[] => {
    const units: DecodedUnit[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      // Longest match first: VNI "a" + 0xF9 is "á", not "a" then "ù".
      const two = i + 1 < bytes.length ? pair.get(b)?.get(bytes[i + 1]!) : undefined;
      if (two !== undefined) {
        units.push({ text: two, at: i });
        i++;
        continue;
      }
      units.push({ text: single.get(b) ?? (b < 0x80 ? String.fromCharCode(b) : opts.fallbackChar(b)), at: i });
    }
    return units;
  };

  // TCVN3 has combining tone bytes and a decoder must hand on NFC.
  const decode = (bytes: Uint8Array): string =>
    decodeUnits(bytes)
      .map((u) => u.text)
      .join('')
      .normalize('NFC');

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
