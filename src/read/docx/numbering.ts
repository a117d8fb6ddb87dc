// Word's automatic list numbers ("I.", "1.", "a)", "-") are not in the text: they live in
// numbering.xml and are drawn by Word. mammoth drops them, and with them the section structure
// (I. MỤC ĐÍCH, II. NỘI DUNG, 1., a)) the segmenter and the deadline headings read. This module
// computes each numbered paragraph's label the way Word counts it.

import { decodeEntities } from './html-text.js';
import { styleProperty } from './styles.js';

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  readonly legal: boolean;
}

interface NumberingDefinitions {
  /** numId → level index → level. */
  readonly levels: ReadonlyMap<string, ReadonlyMap<number, Level>>;
}

export interface NumberedParagraph {
  /** The paragraph's text as its w:t elements hold it (legacy-font bytes undecoded). */
  readonly text: string;
  /** The label Word draws before it, "" when the level draws nothing. */
  readonly label: string;
}

const ATTR_VAL = /\bw:val="([^"]*)"/u;
const attrVal = (attrs: string): string | null => ATTR_VAL.exec(attrs)?.[1] ?? null;

/** Every w:lvl of every abstract numbering, then the w:num instances that use them. */
export function readNumberingDefinitions(numberingXml: string | null): NumberingDefinitions {
  const levels = new Map<string, Map<number, Level>>();
  if (numberingXml === null) return { levels };
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu)) {
    abstract.set(m[1]!, readLevels(m[2]!));
  }
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*\bw:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/gu)) {
    const body = m[2]!;
    const abstractId = /<w:abstractNumId\b([^>]*)\/?>/u.exec(body)?.[1];
    const base = abstractId === undefined ? undefined : abstract.get(attrVal(abstractId) ?? '');
    if (base === undefined) continue;
    const own = new Map(base);
    // A list instance may restart a level (w:startOverride) or redefine it (w:lvl inside the override).
    for (const o of body.matchAll(/<w:lvlOverride\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/gu)) {
      const ilvl = Number(o[1]);
      const redefined = readLevels(o[2]!).get(ilvl);
      const start = /<w:startOverride\b([^>]*)\/?>/u.exec(o[2]!)?.[1];
      const level = redefined ?? own.get(ilvl);
      if (level !== undefined) own.set(ilvl, start === undefined ? level : { ...level, start: Number(attrVal(start) ?? level.start) });
    }
    levels.set(m[1]!, own);
  }
  return { levels };
}

function readLevels(xml: string): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const m of xml.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/gu)) {
    const body = m[2]!;
    const pick = (tag: string): string | null => {
      const el = new RegExp(`<w:${tag}\\b([^>]*)/?>`, 'u').exec(body)?.[1];
      return el === undefined ? null : attrVal(el);
    };
    out.set(Number(m[1]), {
      format: pick('numFmt') ?? 'decimal',
      text: decodeEntities(pick('lvlText') ?? ''),
      start: Number(pick('start') ?? '1'),
      legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/u.test(body),
    });
  }
  return out;
}

/** numPr set on paragraph styles (a numbered "Heading 1"), their basedOn chains followed. */
export function readStyleNumbering(stylesXml: string | null): ReadonlyMap<string, { numId: string; ilvl: number }> {
  return styleProperty(stylesXml, (body) => {
    const numId = /<w:numId\b([^>]*)\/?>/u.exec(body)?.[1];
    const value = numId === undefined ? null : attrVal(numId);
    if (value === null) return null;
    const ilvl = /<w:ilvl\b([^>]*)\/?>/u.exec(body)?.[1];
    return { numId: value, ilvl: Number((ilvl === undefined ? null : attrVal(ilvl)) ?? '0') };
  });
}

const TOKEN = /<(\/?)([A-Za-z][\w.]*:[\w.]+|[A-Za-z][\w.]*)([^>]*?)(\/?)>|([^<]+)/gu;
// Text that mammoth does not show: deleted and moved-away runs, field codes.
const HIDDEN = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText']);

interface OpenParagraph {
  text: string;
  numId: string | null;
  ilvl: number | null;
  style: string | null;
}

/**
 * The numbered paragraphs of document.xml in Word's order, each with its label. Word keeps a
 * counter per list instance and level; numbering a level resets the levels below it.
 */
export function numberParagraphs(
  documentXml: string,
  definitions: NumberingDefinitions,
  styleNumbering: ReadonlyMap<string, { numId: string; ilvl: number }>,
): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  const counters = new Map<string, number[]>();
  const stack: OpenParagraph[] = [];
  let inText = false;
  let skipDepth = 0; // inside mc:Choice (mammoth reads mc:Fallback) or a hidden element
  for (const m of documentXml.matchAll(TOKEN)) {
    const [, close, name, attrs = '', selfClosing] = m;
    if (m[5] !== undefined) {
      if (inText && skipDepth === 0 && stack.length > 0) stack[stack.length - 1]!.text += decodeEntities(m[5]);
      continue;
    }
    const hiding = name === 'mc:Choice' || HIDDEN.has(name!);
    if (close === '/') {
      if (hiding) skipDepth = Math.max(0, skipDepth - 1);
      else if (name === 'w:t') inText = false;
      else if (name === 'w:p' && skipDepth === 0) {
        const p = stack.pop();
        if (p !== undefined) {
          const label = labelOf(p, definitions, styleNumbering, counters);
          if (label !== null) out.push({ text: p.text, label });
        }
      }
      continue;
    }
    if (selfClosing === '/') {
      const p = stack[stack.length - 1];
      if (p === undefined || skipDepth > 0) continue;
      if (name === 'w:numId') p.numId = attrVal(attrs);
      else if (name === 'w:ilvl') p.ilvl = Number(attrVal(attrs) ?? '0');
      else if (name === 'w:pStyle') p.style = attrVal(attrs);
      continue;
    }
    if (hiding) skipDepth++;
    else if (name === 'w:t') inText = true;
    else if (name === 'w:p' && skipDepth === 0) stack.push({ text: '', numId: null, ilvl: null, style: null });
  }
  return out;
}

function labelOf(
  p: OpenParagraph,
  definitions: NumberingDefinitions,
  styleNumbering: ReadonlyMap<string, { numId: string; ilvl: number }>,
  counters: Map<string, number[]>,
): string | null {
  const fromStyle = p.style === null ? undefined : styleNumbering.get(p.style);
  const numId = p.numId ?? fromStyle?.numId ?? null;
  if (numId === null || numId === '0') return null; // numId 0 switches a style's numbering off
  const levels = definitions.levels.get(numId);
  const ilvl = p.ilvl ?? fromStyle?.ilvl ?? 0;
  const level = levels?.get(ilvl);
  if (levels === undefined || level === undefined) return null;
  const counts = counters.get(numId) ?? [];
  counters.set(numId, counts);
  counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
  counts.length = ilvl + 1; // deeper levels start again
  if (level.format === 'bullet') return bulletOf(level.text);
  if (level.format === 'none') return '';
  return level.text.replace(/%([1-9])/gu, (_, k: string) => {
    const at = Number(k) - 1;
    const lvl = levels.get(at);
    const n = counts[at] ?? lvl?.start ?? 1;
    return formatNumber(n, level.legal ? 'decimal' : (lvl?.format ?? 'decimal'));
  });
}

// Bullets drawn from Symbol or Wingdings are private-use code points: a plain dash says the same.
const PLAIN_BULLETS = new Set(['-', '+', '•', '–', '—', '*', '·', '−', '○', '■', '□', '◦']);
const bulletOf = (text: string): string => (PLAIN_BULLETS.has(text.trim()) ? text.trim() : '-');

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n); // decimal, and the rarer formats read as numbers
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, digits] of parts) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** Word's letter numbering: a..z, then aa..zz, then aaa... */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The part of mammoth's document model the label transform reads. */
interface Element {
  readonly type: string;
  children?: Element[];
  value?: string;
  readonly numbering?: unknown;
  body?: Element[];
}

const textOf = (el: Element): string =>
  el.type === 'text' ? (el.value ?? '') : (el.children ?? []).map(textOf).join('');

// Numbered paragraphs are matched to mammoth's by their text, in order: mammoth moves text-box
// paragraphs out of line, so a plain count could shift every label after one.
const LOOKAHEAD = 64;

/** A mammoth `transformDocument` that writes each numbered paragraph's label in front of its text. */
export function numberLabeler(numbered: readonly NumberedParagraph[]): (document: unknown) => unknown {
  let next = 0;
  const visit = (elements: readonly Element[] | undefined): void => {
    for (const el of elements ?? []) {
      if (el.type === 'paragraph') {
        if (el.numbering != null) label(el);
        visit(el.children?.filter((c) => c.type !== 'run'));
      } else {
        visit(el.children);
        visit(el.body);
      }
    }
  };
  const label = (paragraph: Element): void => {
    const text = textOf(paragraph);
    const limit = Math.min(numbered.length, next + LOOKAHEAD);
    for (let i = next; i < limit; i++) {
      if (numbered[i]!.text !== text) continue;
      next = i + 1;
      const { label: l } = numbered[i]!;
      const first = firstText(paragraph);
      if (l !== '' && first !== null) first.value = `${l} ${first.value ?? ''}`;
      return;
    }
  };
  return (document: unknown): unknown => {
    visit((document as Element).children);
    return document;
  };
}

function firstText(el: Element): Element | null {
  if (el.type === 'text') return el;
  for (const child of el.children ?? []) {
    const found = firstText(child);
    if (found !== null) return found;
  }
  return null;
}
