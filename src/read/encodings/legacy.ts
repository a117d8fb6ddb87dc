import { TCVN3_TABLE, VNI_TABLE } from '../../data/vi/encodings/index.js';
import { cp1252Byte, cp1252Char } from './_cp1252.js';
import { tableCodec, type DecodedUnit, type TableCodec } from './_table-codec.js';
import { decodeWindows1258, encodeWindows1258 } from './windows-1258.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

/** Names for messages: "TCVN3", "VNI", "Windows-1258". */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  'tcvn3': 'TCVN3',
  'vni': 'VNI',
  'windows-1258': 'Windows-1258',
};

// TCVN3 gives every byte ≥ 0x80 a character, so nothing falls back on decoding.
const tcvn3: TableCodec = tableCodec(TCVN3_TABLE, { fallbackChar: cp1252Char, fallbackByte: () => null });
// VNI fonts draw the bytes they do not use for Vietnamese as Windows-1252 does (quotes, dashes …).
const vni: TableCodec = tableCodec(VNI_TABLE, { fallbackChar: cp1252Char, fallbackByte: cp1252Byte });

/** Decodes legacy Vietnamese bytes to NFC text. TCVN3 and VNI never fail; unknown bytes become their cp1252 characters. */
export function decodeLegacy(bytes: Uint8Array, enc: LegacyEncoding): string {
  switch (enc) {
    case 'tcvn3':
      return tcvn3.decode(bytes);
    case 'vni':
      return vni.decode(bytes);
    case 'windows-1258':
      return decodeWindows1258(bytes);
  }
}

/** TCVN3 or VNI decoded character by character (not NFC), each with the index of its first byte. */
export function decodeLegacyUnits(bytes: Uint8Array, enc: 'tcvn3' | 'vni'): DecodedUnit[] {
  return (enc === 'tcvn3' ? tcvn3 : vni).decodeUnits(bytes);
}

/**
 * Writes text in a legacy encoding (for fixtures and round-trip tests). Throws RangeError for a
 * character the encoding cannot hold. decodeLegacy(encodeLegacy(s, e), e) === s.normalize('NFC').
 */
export function encodeLegacy(text: string, enc: LegacyEncoding): Uint8Array {
  switch (enc) {
    case 'tcvn3':
      return tcvn3.encode(text);
    case 'vni':
      return vni.encode(text);
    case 'windows-1258':
      return encodeWindows1258(text);
  }
}
