import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { describeOle } from './docx/ole.js';
import { ReadError } from './errors.js';
import type { ReaderName } from './types.js';

export interface DetectedType {
  readonly kind: ReaderName;
  readonly mediaType: string;
  /** The extension the content calls for (file-type's), null for plain text. */
  readonly ext: string | null;
  readonly warnings: string[];
}

/** How a clerk calls each kind, for messages. */
const KIND_NAME: Record<ReaderName, string> = {
  text: 'plain text',
  docx: 'a DOCX document',
  doc: 'a Word 97-2003 document',
  rtf: 'an RTF document',
  pdf: 'a PDF document',
  image: 'an image',
};

/** Extensions each kind is expected to carry; any other known extension earns a warning. */
const EXTENSIONS: Record<ReaderName, readonly string[]> = {
  text: ['txt', 'text', 'md', 'csv', 'tsv', ''],
  docx: ['docx', 'docm', 'dotx'],
  doc: ['doc', 'dot'],
  rtf: ['rtf', 'doc'], // Word happily saves RTF under .doc
  pdf: ['pdf'],
  image: ['png', 'jpg', 'jpeg', 'jpe', 'tif', 'tiff'],
};
const KNOWN_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat().filter(Boolean));

const IMAGE_EXTS = new Set(['png', 'jpg', 'tif']);
const ZIP_DOCUMENT = Buffer.from('word/document.xml', 'latin1');

/** file-type's name for a few kinds we refuse, so the clerk knows what the file really is. */
const FOREIGN: Record<string, string> = {
  zip: 'a ZIP archive',
  xlsx: 'an Excel workbook',
  pptx: 'a PowerPoint presentation',
  odt: 'an OpenDocument text (save it as DOCX or PDF)',
  exe: 'a Windows program',
  gif: 'a GIF image',
  mp3: 'an MP3 audio file',
  mp4: 'an MP4 video',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  xml: 'an XML file',
  html: 'a web page',
};

/**
 * Tells what a file holds by its magic bytes (file-type), never by its name. An extension that
 * disagrees with the content is a warning; a kind vanban does not read is a ReadError.
 */
export async function detectType(bytes: Uint8Array, file: string): Promise<DetectedType> {
  if (bytes.length === 0) throw new ReadError('empty', file, 'the file is empty');
  const found = await sniff(bytes, file);
  return { ...found, warnings: extensionWarnings(file, found.kind, found.warnings) };
}

async function sniff(bytes: Uint8Array, file: string): Promise<Omit<DetectedType, 'warnings'> & { warnings: string[] }> {
  // "{\rtf" first: file-type knows RTF too, but a plain check is cheaper and exact.
  if (startsWith(bytes, '{\\rtf')) return { kind: 'rtf', mediaType: 'application/rtf', ext: 'rtf', warnings: [] };
  // A byte-order mark is text: file-type takes FF FE for an MPEG audio frame.
  if (hasTextBom(bytes)) return { kind: 'text', mediaType: 'text/plain', ext: null, warnings: [] };
  const type = await fileTypeFromBuffer(bytes);
  if (type === undefined) return unknownType(bytes, file);
  const { ext, mime } = type;
  if (ext === 'docx') return { kind: 'docx', mediaType: mime, ext, warnings: [] };
  if (ext === 'pdf') return { kind: 'pdf', mediaType: mime, ext, warnings: [] };
  if (IMAGE_EXTS.has(ext)) return { kind: 'image', mediaType: mime, ext, warnings: [] };
  if (ext === 'rtf') return { kind: 'rtf', mediaType: mime, ext, warnings: [] };
  if (ext === 'cfb') return oleType(bytes, file);
  if (ext === 'zip' && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ZIP_DOCUMENT)) {
    // A DOCX whose [Content_Types].xml file-type could not place: the main part is there.
    return { kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', warnings: [] };
  }
  const what = FOREIGN[ext] ?? `a ${ext.toUpperCase()} file (${mime})`;
  throw new ReadError('unsupported-type', file, `it is ${what}, which vanban does not read`);
}

function oleType(bytes: Uint8Array, file: string): Omit<DetectedType, 'warnings'> & { warnings: string[] } {
  let kind;
  try {
    kind = describeOle(bytes);
  } catch (cause) {
    throw new ReadError('corrupt', file, 'it looks like an Office 97-2003 file but its internal directory is damaged', { cause });
  }
  switch (kind) {
    case 'word':
      return { kind: 'doc', mediaType: 'application/msword', ext: 'doc', warnings: [] };
    case 'word-encrypted':
    case 'encrypted-package':
      throw new ReadError('encrypted', file, 'it is protected by a password');
    case 'excel':
      throw new ReadError('unsupported-type', file, 'it is an Excel 97-2003 workbook, which vanban does not read');
    case 'powerpoint':
      throw new ReadError('unsupported-type', file, 'it is a PowerPoint 97-2003 presentation, which vanban does not read');
    case 'other':
      throw new ReadError('unsupported-type', file, 'it is an Office 97-2003 file that is not a Word document');
  }
}

/** No magic number: text if it decodes as text, else binary of an unknown kind. */
function unknownType(bytes: Uint8Array, file: string): Omit<DetectedType, 'warnings'> & { warnings: string[] } {
  // A PDF may carry junk before its header; readers accept "%PDF-" within the first KB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt > 0) return { kind: 'pdf', mediaType: 'application/pdf', ext: 'pdf', warnings: [`${pdfAt} stray bytes precede the PDF header`] };
  if (looksLikeText(bytes)) return { kind: 'text', mediaType: 'text/plain', ext: null, warnings: [] };
  throw new ReadError('unsupported-type', file, 'it holds binary data of a kind vanban does not read');
}

/** BOM, or UTF-16 by its NUL pattern, or few control bytes and no NUL in the first 8 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nulEven = 0, nulOdd = 0, control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) i % 2 === 0 ? nulEven++ : nulOdd++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  const half = n / 2;
  const utf16 = (nulOdd > half * 0.3 && nulEven < half * 0.05) || (nulEven > half * 0.3 && nulOdd < half * 0.05);
  if (utf16) return true;
  return nulEven + nulOdd === 0 && control <= n * 0.05;
}

/** Extensions of binary formats: plain text under one of these is a saved error page or a broken download. */
const BINARY_EXTENSIONS = new Set([...EXTENSIONS.docx, ...EXTENSIONS.pdf, ...EXTENSIONS.image]);

function extensionWarnings(file: string, kind: ReaderName, warnings: string[]): string[] {
  const ext = extname(file).slice(1).toLowerCase();
  if (!KNOWN_EXTENSIONS.has(ext) || EXTENSIONS[kind].includes(ext)) return warnings;
  // Between binary kinds a wrong name is harmless (the bytes decide); text under a PDF, DOCX or
  // image name is not the document the sender meant to send.
  if (kind === 'text' && BINARY_EXTENSIONS.has(ext)) {
    throw new ReadError('type-mismatch', file, `it is named .${ext} but holds plain text, not ${KIND_NAME[ext === 'pdf' ? 'pdf' : ext.startsWith('doc') ? 'docx' : 'image']} (a saved web page or a failed download?)`);
  }
  return [...warnings, `the file is named .${ext} but holds ${KIND_NAME[kind]}`];
}

const hasTextBom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);

const startsWith = (bytes: Uint8Array, ascii: string): boolean => [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));
