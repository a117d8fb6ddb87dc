// How much of a byte string is well-formed UTF-8? A UTF-8 file with a few damaged bytes must stay
// UTF-8 (with U+FFFD), not be read wholesale as a legacy encoding.

export interface Utf8Reading {
  /** The WHATWG decoding, with U+FFFD for each ill-formed sequence. */
  readonly text: string;
  /** Well-formed sequences of two to four bytes. */
  readonly multiByte: number;
  /** Ill-formed sequences, each replaced by one U+FFFD. */
  readonly invalid: number;
}

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** U+FFFD written in the file itself (EF BF BD) is text, not damage. */
function countEncodedReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

export function readUtf8(bytes: Uint8Array): Utf8Reading {
  const text = lenient.decode(bytes);
  let nonAscii = 0;
  let replaced = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') replaced++;
  }
  const invalid = replaced - countEncodedReplacement(bytes);
  return { text, multiByte: nonAscii - invalid, invalid };
}
