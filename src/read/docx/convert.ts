// Runs inside the isolation worker (runIsolated): guard the container, check its XML, then let
// mammoth convert it with legacy-font runs repaired, and flatten the HTML to text.
import mammoth from 'mammoth';
import { LEGACY_ENCODING_NAMES, legacyEncodingOfFont } from '../encodings/index.js';
import { ReadError } from '../errors.js';
import type { IsolatedOptions } from '../isolate.js';
import type { ReadResult } from '../types.js';
import { checkXmlPart, decodeXmlPart } from '../xml-guard.js';
import { guardZip } from '../zip-guard.js';
import { htmlToParts } from './html-text.js';
import { describeOle, isOle, type OleKind } from './ole.js';
import { legacyRunRepairer, type RunRepairs } from './legacy-runs.js';
import { numberLabeler, numberParagraphs, readNumberingDefinitions, readStyleNumbering } from './numbering.js';
import { joinDocxPageParts } from './page-text.js';
import { readStyleFonts } from './styles.js';

const MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// Style names mammoth has no mapping for: every real document has some, and they change no text.
const NOISE = /^Unrecognised (?:paragraph|run|table|numbering) style/u;
const MAX_WARNINGS = 10;

export async function convertDocx(bytes: Uint8Array, file: string, opts: IsolatedOptions): Promise<ReadResult> {
  // A password-protected DOCX is no ZIP but an OLE file wrapping the encrypted package.
  if (isOle(bytes) && describeOleSafely(bytes) === 'encrypted-package') throw new ReadError('encrypted', file, 'it is protected by a password');
  const zip = await guardZip(bytes, file, opts.limits);
  const xml = new Map<string, string>();
  for (const [name, data] of zip.parts) {
    const text = decodeXmlPart(data);
    checkXmlPart(text, name, file);
    xml.set(name, text);
  }
  const main = mainPart(xml.get('_rels/.rels'));
  if (!zip.entries.includes(main)) {
    throw new ReadError('unsupported-type', file, 'it is a ZIP archive without a Word document in it');
  }
  const repairs: RunRepairs = new Map();
  const styles = xml.get('word/styles.xml') ?? null;
  const fonts = readStyleFonts(styles);
  const repairRuns = legacyRunRepairer(fonts, repairs);
  const numbered = numberParagraphs(xml.get(main) ?? '', readNumberingDefinitions(xml.get('word/numbering.xml') ?? null), readStyleNumbering(styles));
  const writeLabels = numberLabeler(numbered);
  // Labels first: they are plain ASCII, which the legacy decoders leave as it is.
  const transformDocument = (document: unknown): unknown => repairRuns(writeLabels(document));
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument,
        ignoreEmptyParagraphs: false, // kept: they align the two columns of a header table
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ReadError('corrupt', file, `its Word content could not be parsed (${message})`, { cause });
  }
  const { text, warnings: pageWarnings } = joinDocxPageParts(xml, main, fonts, repairs, htmlToParts(result.value));
  if (text.trim() === '') throw new ReadError('no-text', file, 'the document holds no text (only images or empty paragraphs?)');
  const warnings = [...pageWarnings, ...repairWarnings(repairs), ...mammothWarnings(result.messages)];
  const encodings = [...new Set([...repairs.keys()].map((font) => legacyEncodingOfFont(font)))].filter((e) => e !== null);
  return {
    text,
    provenance: {
      reader: 'docx',
      mediaType: MEDIA_TYPE,
      encoding: encodings.length > 0 ? encodings.join('+') : null,
      pages: [{ page: 1, start: 0, end: text.length, ocr: false, confidence: null }],
      warnings,
    },
  };
}

function describeOleSafely(bytes: Uint8Array): OleKind | null {
  try {
    return describeOle(bytes);
  } catch {
    return null; // a damaged OLE file: guardZip will call it what it is, no ZIP
  }
}

/** The main part named by the package relationships, word/document.xml when they say nothing. */
function mainPart(rels: string | undefined): string {
  const target = rels === undefined ? undefined : /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/u.exec(rels)?.[0];
  const path = target === undefined ? undefined : /\bTarget="([^"]*)"/u.exec(target)?.[1];
  return path === undefined ? 'word/document.xml' : path.replace(/^\/+/u, '');
}

function repairWarnings(repairs: RunRepairs): string[] {
  return [...repairs].map(([font, n]) => {
    const enc = legacyEncodingOfFont(font);
    return `${n} ${n === 1 ? 'run' : 'runs'} in ${font} (${enc === null ? '?' : LEGACY_ENCODING_NAMES[enc]}) ${n === 1 ? 'was' : 'were'} decoded`;
  });
}

function mammothWarnings(messages: readonly { type: string; message: string }[]): string[] {
  const kept = [...new Set(messages.map((m) => m.message).filter((m) => !NOISE.test(m)))];
  return kept.length > MAX_WARNINGS ? [...kept.slice(0, MAX_WARNINGS), `${kept.length - MAX_WARNINGS} more conversion warnings`] : kept;
}
