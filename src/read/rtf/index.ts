import { ReadError } from '../errors.js';
import type { Reader } from '../types.js';
import { rtfToText } from './text.js';

// RTF is 7-bit text with escapes: a small reader for the text of administrative letters.
// tokens.ts lexes, walk.ts walks groups and destinations into stories (story.ts), codepages.ts
// decodes the bytes of each font, text.ts puts the first page header and footer around the body.

export { rtfToText } from './text.js';
export { walkRtf, type RtfWalk } from './walk.js';

export const readRtf: Reader = async (bytes, file) => {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!source.startsWith('{\\rtf')) throw new ReadError('corrupt', file, 'it is not an RTF document');
  let parsed: ReturnType<typeof rtfToText>;
  try {
    parsed = rtfToText(source);
  } catch (cause) {
    throw new ReadError('corrupt', file, 'its RTF structure is damaged (groups nested too deep)', { cause });
  }
  const { text, warnings, encodings } = parsed;
  if (text.trim() === '') throw new ReadError('no-text', file, 'the document holds no text (only images or empty paragraphs?)');
  return {
    text,
    provenance: {
      reader: 'rtf',
      mediaType: 'application/rtf',
      encoding: encodings.length > 0 ? encodings.join('+') : null,
      pages: [{ page: 1, start: 0, end: text.length, ocr: false, confidence: null }],
      warnings,
    },
  };
};
