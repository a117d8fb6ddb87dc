// The RTF reader's grammar: groups, destinations, the font table and the control words that
// carry text structure. Groups that hold no text vanban reads (font and colour tables, pictures,
// fields' code, \* groups) are skipped; the body, the footnotes and each page header or footer
// of the first section are stories of their own (story.ts); a page number field's result is
// dropped.

import { PAGE_NUMBER_FIELD } from '../page-parts.js';
import { decodeRtfBytes } from './codepages.js';
import { PAGE_PART_DESTINATIONS, SKIPPED_DESTINATIONS, SYMBOL_WORDS } from './destinations.js';
import { createFontTable } from './font-table.js';
import { createPendingBytes } from './pending.js';
import { createStories, type StoryLines } from './stories.js';
import type { Story } from './story.js';
import { rtfTokens } from './tokens.js';

const MAX_DEPTH = 4000;

interface Group {
  skip: boolean;
  uc: number;
  font: number | null;
  notes: boolean;
  fonttbl: boolean;
  /** The page header or footer this group writes into; null for the body and the footnotes. */
  story: Story | null;
  /** The body's \intbl state when this page-part group opened, given back when it closes. */
  bodyInTable: boolean;
  /** The field this group is part of, with its instruction text as read so far. */
  field: { instr: string } | null;
  /** Inside \fldinst (the field's code) / \fldrslt (what Word shows). */
  instr: boolean;
  result: boolean;
}

/** What the walk found: each story's lines, ended but not yet cleaned. */
export interface RtfWalk extends StoryLines {
  /** Groups still open at the end of the file. */
  readonly unclosed: number;
  readonly encodings: string[];
}

/** Walks an RTF document (a Latin-1 string of its bytes). Throws RangeError when groups nest too deep. */
export function walkRtf(source: string): RtfWalk {
  const fonts = createFontTable();
  let ansiCp = 1252;
  let defaultFont: number | null = null;
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1, font: null, notes: false, fonttbl: false, story: null, bodyInTable: false, field: null, instr: false, result: false };
  const stories = createStories();
  const { body, notes } = stories;
  const pending = createPendingBytes();
  let inTable = false;
  const legacy = new Set<string>();

  const story = (): Story => stories.of(g);
  const pageNumber = (): boolean => g.result && g.field !== null && PAGE_NUMBER_FIELD.test(g.field.instr);
  const flush = (): void => {
    const raw = pending.take();
    if (raw !== null && !pageNumber()) story().write(decodeRtfBytes(raw, fonts.get(g.font ?? defaultFont ?? -1), ansiCp, legacy));
  };
  const put = (s: string): void => {
    flush();
    if (!pageNumber()) story().write(s);
  };
  const endParagraph = (): void => {
    flush();
    if (g.notes) notes.endParagraph(false);
    else (g.story ?? body).endParagraph(inTable);
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
      if (outer && g.story !== outer.story) inTable = g.bodyInTable;
      if (outer && !outer.fonttbl) fonts.leave();
      if (outer) g = outer;
      continue;
    }
    if (t.kind === 'hex') {
      if (!g.skip && !g.fonttbl) pending.hex(t.byte);
      continue;
    }
    if (t.kind === 'text') {
      if (g.skip) {
        if (g.instr && g.field !== null) g.field.instr += t.text;
        continue;
      }
      if (g.fonttbl) {
        fonts.text(t.text);
        continue;
      }
      pending.text(t.text);
      continue;
    }
    if (t.kind === 'symbol') {
      const { symbol } = t;
      if (symbol === '*') {
        g.skip = true; // an optional destination: none of them holds body text we read
        continue;
      }
      if (g.skip) continue;
      if (symbol === '\\' || symbol === '{' || symbol === '}') pending.literal(symbol.charCodeAt(0));
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
      if (fonts.word(word, n)) g.skip = true;
      continue;
    }
    const part = PAGE_PART_DESTINATIONS.has(word) ? (g.skip ? null : stories.openPagePart(word)) : undefined;
    if (part !== undefined || SKIPPED_DESTINATIONS.has(word)) {
      flush();
      if (part) {
        g.story = part;
        g.bodyInTable = inTable;
        inTable = false;
        continue;
      }
      g.skip = true;
      g.instr = word === 'fldinst';
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
        pending.skipFallback(g.uc);
        break;
      case 'sect':
        if (g.story === null && !g.notes) stories.endSection();
        endParagraph();
        break;
      case 'titlepg':
        stories.setTitlePage();
        break;
      case 'field':
        flush();
        g.field = { instr: '' };
        g.result = false;
        break;
      case 'fldrslt':
        flush();
        g.result = true;
        break;
      case 'par':
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
        (g.story ?? body).endCell();
        break;
      case 'row':
      case 'nestrow':
        flush();
        (g.story ?? body).endRow();
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
    if (word !== 'u' && word !== 'uc') pending.endFallback();
  }
  flush();
  return { ...stories.finish(), unclosed: stack.length, encodings: [...legacy] };
}
