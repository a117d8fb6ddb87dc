// Bytes of RTF text (\'hh escapes and 8-bit characters) decoded by the font they are set in: a
// TCVN3/VNI font's bytes are repaired by its name, others go through the font's \fcharset code
// page or the document's \ansicpg.

import iconv from 'iconv-lite';
import { decodeLegacy, legacyEncodingOfFont, repairLegacyRun } from '../encodings/index.js';

export interface RtfFont {
  readonly name: string;
  readonly codepage: number | null;
}

/** \fcharset → Windows code page. */
const CHARSET_CP: Record<number, number> = { 0: 1252, 163: 1258, 161: 1253, 162: 1254, 186: 1257, 204: 1251, 238: 1250, 222: 874, 128: 932, 134: 936, 129: 949, 136: 950 };

export const codepageOfCharset = (charset: number | null): number | null => (charset === null ? null : (CHARSET_CP[charset] ?? null));

/** Decodes one run of bytes; a legacy encoding met is added to `legacy`. */
export function decodeRtfBytes(raw: Uint8Array, font: RtfFont | undefined, ansiCp: number, legacy: Set<string>): string {
  const enc = font ? legacyEncodingOfFont(font.name) : null;
  if (font && enc) {
    legacy.add(enc);
    return repairLegacyRun(iconv.decode(Buffer.from(raw), 'cp1252'), font.name);
  }
  const cp = font?.codepage ?? ansiCp;
  if (cp === 1258) return decodeLegacy(raw, 'windows-1258');
  // Not TextDecoder('windows-1252'): Node 20 decodes that label as Latin-1 ("“" becomes U+0093).
  return iconv.decode(Buffer.from(raw), iconv.encodingExists(`cp${cp}`) ? `cp${cp}` : 'cp1252');
}
