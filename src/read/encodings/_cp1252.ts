import iconv from 'iconv-lite';

// Windows-1252 as WHATWG defines it: the five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand
// for the C1 controls. Legacy-font text in a DOCX is stored as the cp1252 characters of its bytes.
// (Node 20's TextDecoder('windows-1252') decodes as Latin-1, so iconv-lite supplies the table.)

const CP1252_CHARS: readonly string[] = [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'cp1252')].map(
  (ch, byte) => (ch === '\uFFFD' ? String.fromCharCode(byte) : ch),
);

const BYTE_OF = new Map<string, number>(CP1252_CHARS.map((ch, byte) => [ch, byte]));

/** The character Windows-1252 draws for a byte. */
export const cp1252Char = (byte: number): string => CP1252_CHARS[byte] ?? '\uFFFD';

/** The byte behind a cp1252 character; U+0000–U+00FF stand for themselves as a fallback; null beyond. */
export function cp1252Byte(ch: string): number | null {
  const byte = BYTE_OF.get(ch);
  if (byte !== undefined) return byte;
  const cp = ch.codePointAt(0) ?? 0x100;
  return cp <= 0xff ? cp : null;
}
