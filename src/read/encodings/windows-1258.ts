import iconv from 'iconv-lite';

// Windows-1258 has precomposed letters for some vowels (á, â, ê, ơ, ư ...) and five combining
// tone bytes for the rest: decoding yields NFD-like text, so we hand on NFC.

const decoder = new TextDecoder('windows-1258');

export function decodeWindows1258(bytes: Uint8Array): string {
  return decoder.decode(bytes).normalize('NFC');
}

const TONE_BYTE: Readonly<Record<string, number>> = {
  '\u0300': 0xcc, // huyền
  '\u0301': 0xec, // sắc
  '\u0303': 0xde, // ngã
  '\u0309': 0xd2, // hỏi
  '\u0323': 0xf2, // nặng
};

/** The one byte for a character, or null when Windows-1258 has none. */
function byteOf(ch: string): number | null {
  const [byte, extra] = iconv.encode(ch, 'windows1258');
  // iconv-lite writes "?" for what it cannot encode.
  return byte === undefined || extra !== undefined || (byte === 0x3f && ch !== '?') ? null : byte;
}

/** Writes text as Windows-1258: a precomposed byte when there is one, else base letter + tone byte. */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byteOf(ch);
    if (direct !== null) {
      out.push(direct);
      continue;
    }
    const marks = [...ch.normalize('NFD')];
    const tone = marks.find((m) => TONE_BYTE[m] !== undefined);
    const base = marks.filter((m) => m !== tone).join('').normalize('NFC');
    const baseByte = byteOf(base);
    if (tone === undefined || baseByte === null) {
      throw new RangeError(`Windows-1258 cannot hold "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    }
    out.push(baseByte, TONE_BYTE[tone]!);
  }
  return Uint8Array.from(out);
}
