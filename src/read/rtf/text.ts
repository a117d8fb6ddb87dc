// The RTF reader's grammar: groups, destinations, the font table and the control words that
// carry text structure. Groups that hold no body text (font and colour tables, pictures, fields'
// code, headers, \* groups) are skipped; footnotes go after "Chú thích:"; table rows become
// tab-joined lines.

import { codepageOfCharset, decodeRtfBytes, type RtfFont } from './codepages.js';
import { SKIPPED_DESTINATIONS, SYMBOL_WORDS } from './destinations.js';
import { createStory } from './story.js';
import { rtfTokens } from './tokens.js';

const MAX_DEPTH = 4000;

interface Group {
  skip: boolean;
  uc: number;
  font: number | null;
  notes: boolean;
  fonttbl: boolean;
}

/** The text of an RTF document (as a Latin-1 string of its bytes). Throws RangeError when groups nest too deep. */
export function rtfToText(source: string): { text: string; warnings: string[]; encodings: string[] } {
  const fonts = new Map<number, RtfFont>();
  let ansiCp = 1252;
  let defaultFont: number | null = null;
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1, font: null, notes: false, fonttbl: false };
  const body = createStory();
  const notes = createStory();
  let bytes: number[] = [];
  let skipChars = 0;
  let fontEntry: { id: number; name: string; charset: number | null } | null = null;
  let inTable = false;
  const legacy = new Set<string>();

  const story = () => (g.notes ? notes : body);
  const flush = (): void => {
    if (bytes.length === 0) return;
    const raw = Uint8Array.from(bytes);
    bytes = [];
    story().write(decodeRtfBytes(raw, fonts.get(g.font ?? defaultFont ?? -1), ansiCp, legacy));
  };
  const put = (s: string): void => {
    flush();
    story().write(s);
  };
  const endParagraph = (): void => {
    flush();
    if (g.notes) notes.endParagraph(false);
    else body.endParagraph(inTable);
  };

  for (const t of rtfTokens(source)) {
    if (t.kind === 'open') {
      flush();
      stack.push(g);
      g = { ...g };
      if (stack.length > MAX_DEPTH) throw new RangeError('RTF groups nested too deep');
      continue;
    }
    if (t.kind === 'close') {
      flush();
      const outer = stack.pop();
      if (g.notes && outer && !outer.notes) notes.endOpenLine();
      if (outer && !outer.fonttbl) fontEntry = null;
      if (outer) g = outer;
      continue;
    }
    if (t.kind === 'hex') {
      if (g.skip || g.fonttbl) continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      bytes.push(t.byte);
      continue;
    }
    if (t.kind === 'text') {
      if (g.skip) continue;
      if (g.fonttbl && fontEntry) {
        fontEntry.name += t.text;
        if (t.text.includes(';')) {
          fonts.set(fontEntry.id, { name: fontEntry.name.slice(0, fontEntry.name.indexOf(';')).trim(), codepage: codepageOfCharset(fontEntry.charset) });
          fontEntry = null;
        }
        continue;
      }
      if (g.fonttbl) continue;
      let text = t.text;
      if (skipChars > 0) {
        const n = Math.min(skipChars, text.length);
        text = text.slice(n);
        skipChars -= n;
      }
      for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff);
      continue;
    }
    if (t.kind === 'symbol') {
      const { symbol } = t;
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
    const { word, param: n } = t;
    if (word === 'fonttbl') {
      g.fonttbl = true;
      continue;
    }
    if (g.fonttbl) {
      if (word === 'f' && n !== null) fontEntry = { id: n, name: '', charset: null };
      else if (word === 'fcharset' && fontEntry && n !== null) fontEntry.charset = n;
      else if (SKIPPED_DESTINATIONS.has(word) || word === 'panose' || word === 'falt') g.skip = true;
      continue;
    }
    if (SKIPPED_DESTINATIONS.has(word)) {
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
        body.endCell();
        break;
      case 'row':
      case 'nestrow':
        flush();
        body.endRow();
        inTable = false;
        break;
      case 'footnote':
        flush();
        g.notes = true;
        notes.restartLine();
        break;
      default:
        if (SYMBOL_WORDS[word] !== undefined) put(SYMBOL_WORDS[word]);
    }
    if (word !== 'u' && skipChars > 0 && word !== 'uc') skipChars = 0;
  }
  flush();
  const noteLines = notes.finish().map((l) => l.trim()).filter(Boolean);
  const lines = body.finish().map((l) => l.replace(/[ \t]+$/u, '')).filter((l) => l.trim() !== '');
  const warnings = stack.length > 0 ? ['the RTF ends before all its groups close: the file may be cut short'] : [];
  const text = [...lines, ...(noteLines.length > 0 ? ['Chú thích:', ...noteLines] : [])].join('\n');
  return { text, warnings, encodings: [...legacy] };
}
