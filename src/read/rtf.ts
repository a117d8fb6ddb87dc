import iconv from 'iconv-lite';
import { decodeLegacy, legacyEncodingOfFont, repairLegacyRun } from './encodings/index.js';
import { ReadError } from './errors.js';
import type { Reader } from './types.js';

// RTF is 7-bit text with escapes: a small reader for the text of administrative letters. Groups
// that hold no body text (font and colour tables, pictures, fields' code, headers, \* groups) are
// skipped; footnotes go after "Chú thích:"; table rows become tab-joined lines.

/** Destinations whose content is not body text. */
const SKIP = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'fldinst', 'objdata', 'objclass', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'filetbl', 'revtbl', 'userprops',
  'docvar', 'nonshppict', 'sp', 'sn', 'sv', 'template', 'listtext', 'pntext', 'pgdsctbl', 'protusertbl', 'bkmkstart', 'bkmkend',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', emspace: ' ', enspace: ' ',
};
/** \fcharset → Windows code page. */
const CHARSET_CP: Record<number, number> = { 0: 1252, 163: 1258, 161: 1253, 162: 1254, 186: 1257, 204: 1251, 238: 1250, 222: 874, 128: 932, 134: 936, 129: 949, 136: 950 };
const TOKEN = /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)/gy;

interface Group {
  skip: boolean;
  uc: number;
  font: number | null;
  notes: boolean;
  fonttbl: boolean;
}

interface Font {
  name: string;
  codepage: number | null;
}

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

export function rtfToText(source: string): { text: string; warnings: string[]; encodings: string[] } {
  const fonts = new Map<number, Font>();
  let ansiCp = 1252;
  let defaultFont: number | null = null;
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1, font: null, notes: false, fonttbl: false };
  const body: string[] = [];
  const notes: string[] = [];
  let line = '';
  let noteLine = '';
  let bytes: number[] = [];
  let skipChars = 0;
  let fontEntry: { id: number; name: string; charset: number | null } | null = null;
  let inTable = false;
  let cellLines: string[] = [];
  let row: string[][] = [];
  const legacy = new Set<string>();

  const decodeBytes = (): string => {
    if (bytes.length === 0) return '';
    const font = fonts.get(g.font ?? defaultFont ?? -1);
    const raw = Uint8Array.from(bytes);
    bytes = [];
    const enc = font ? legacyEncodingOfFont(font.name) : null;
    if (font && enc) {
      legacy.add(enc);
      return repairLegacyRun(iconv.decode(Buffer.from(raw), 'cp1252'), font.name);
    }
    const cp = font?.codepage ?? ansiCp;
    if (cp === 1258) return decodeLegacy(raw, 'windows-1258');
    // Not TextDecoder('windows-1252'): Node 20 decodes that label as Latin-1 ("“" becomes U+0093).
    return iconv.decode(Buffer.from(raw), iconv.encodingExists(`cp${cp}`) ? `cp${cp}` : 'cp1252');
  };
  const flush = (): void => {
    const s = decodeBytes();
    if (g.notes) noteLine += s;
    else line += s;
  };
  const put = (s: string): void => {
    flush();
    if (g.notes) noteLine += s;
    else line += s;
  };
  const endRow = (): void => {
    const height = Math.max(0, ...row.map((c) => c.length));
    for (let i = 0; i < height; i++) body.push(row.map((c) => (c[i] ?? '').trim()).join('\t').replace(/\t+$/u, ''));
    row = [];
    cellLines = [];
  };
  const endParagraph = (): void => {
    flush();
    if (g.notes) {
      notes.push(noteLine);
      noteLine = '';
    } else if (inTable) {
      cellLines.push(line);
      line = '';
    } else {
      if (row.length > 0 || cellLines.length > 0) endRow();
      body.push(line);
      line = '';
    }
  };

  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < source.length && (m = TOKEN.exec(source)) !== null) {
    const [, word, param, hex, symbol, brace, text] = m;
    if (brace === '{') {
      flush();
      stack.push(g);
      g = { ...g };
      if (stack.length > 4000) throw new RangeError('RTF groups nested too deep');
      continue;
    }
    if (brace === '}') {
      flush();
      const outer = stack.pop();
      if (g.notes && outer && !outer.notes && noteLine.trim() !== '') {
        notes.push(noteLine); // the footnote's last paragraph has no \par
        noteLine = '';
      }
      if (outer && !outer.fonttbl) fontEntry = null;
      if (outer) g = outer;
      continue;
    }
    if (hex !== undefined) {
      if (g.skip || g.fonttbl) continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      bytes.push(parseInt(hex, 16));
      continue;
    }
    if (text !== undefined) {
      if (g.skip) continue;
      if (g.fonttbl && fontEntry) {
        fontEntry.name += text;
        if (text.includes(';')) {
          const name = fontEntry.name.slice(0, fontEntry.name.indexOf(';')).trim();
          const cp = fontEntry.charset === null ? null : (CHARSET_CP[fontEntry.charset] ?? null);
          fonts.set(fontEntry.id, { name, codepage: cp });
          fontEntry = null;
        }
        continue;
      }
      if (g.fonttbl) continue;
      let t = text;
      if (skipChars > 0) {
        const n = Math.min(skipChars, t.length);
        t = t.slice(n);
        skipChars -= n;
      }
      for (let i = 0; i < t.length; i++) bytes.push(t.charCodeAt(i) & 0xff);
      continue;
    }
    if (symbol !== undefined) {
      if (symbol === '*') {
        g.skip = true; // an optional destination: none of them holds body text we read
        continue;
      }
      if (g.skip) continue;
      if (symbol === '\\' || symbol === '{' || symbol === '}') bytes.push(symbol.charCodeAt(0));
      else if (symbol === '~') put('\u00a0');
      else if (symbol === '_') put('\u2011');
      else if (symbol === '\n' || symbol === '\r') endParagraph();
      continue;
    }
    if (word === undefined) continue; // bare line breaks in the source mean nothing
    const n = param === undefined ? null : Number(param);
    if (word === 'bin') {
      TOKEN.lastIndex += Math.max(0, n ?? 0); // raw binary data, never text
      continue;
    }
    if (word === 'fonttbl') {
      g.fonttbl = true;
      continue;
    }
    if (g.fonttbl) {
      if (word === 'f' && n !== null) fontEntry = { id: n, name: '', charset: null };
      else if (word === 'fcharset' && fontEntry && n !== null) fontEntry.charset = n;
      else if (SKIP.has(word) || word === 'panose' || word === 'falt') g.skip = true;
      continue;
    }
    if (SKIP.has(word)) {
      flush();
      g.skip = true;
      continue;
    }
    if (word === 'ansicpg' && n !== null) ansiCp = n;
    else if (word === 'deff' && n !== null) defaultFont = n;
    if (g.skip) continue;
    switch (word) {
      case 'f':
        flush();
        g.font = n;
        break;
      case 'plain':
        flush();
        g.font = defaultFont;
        break;
      case 'uc':
        g.uc = n ?? 1;
        break;
      case 'u':
        if (n !== null) put(String.fromCharCode(n < 0 ? n + 65536 : n));
        skipChars = g.uc;
        break;
      case 'par':
      case 'sect':
      case 'page':
      case 'line':
        endParagraph();
        break;
      case 'tab':
        put('\t');
        break;
      case 'intbl':
        inTable = true;
        break;
      case 'pard':
        inTable = false;
        break;
      case 'cell':
      case 'nestcell':
        flush();
        cellLines.push(line);
        line = '';
        row.push(cellLines);
        cellLines = [];
        break;
      case 'row':
      case 'nestrow':
        flush();
        endRow();
        inTable = false;
        break;
      case 'footnote':
        flush();
        g.notes = true;
        noteLine = '';
        break;
      default:
        if (SYMBOLS[word] !== undefined) put(SYMBOLS[word]);
    }
    if (word !== 'u' && skipChars > 0 && word !== 'uc') skipChars = 0;
  }
  flush();
  if (noteLine.trim() !== '') notes.push(noteLine);
  if (row.length > 0 || cellLines.length > 0) endRow();
  if (line.trim() !== '') body.push(line);
  const warnings = stack.length > 0 ? ['the RTF ends before all its groups close: the file may be cut short'] : [];
  const lines = body.map((l) => l.replace(/[ \t]+$/u, '')).filter((l) => l.trim() !== '');
  const noteLines = notes.map((l) => l.trim()).filter(Boolean);
  const text = [...lines, ...(noteLines.length > 0 ? ['Chú thích:', ...noteLines] : [])].join('\n');
  return { text, warnings, encodings: [...legacy] };
}
