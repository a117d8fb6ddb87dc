// The text of a header or footer part (word/header1.xml …), which mammoth never reads. The part
// holds the same WordprocessingML as the body: paragraphs, runs, tables, text boxes, fields. It is
// flattened the way html-text.ts flattens the body: a paragraph is a line, a table row is its
// cells' lines side by side joined by TAB, so a two-column header reads "left<TAB>right".

import { legacyEncodingOfFont, repairLegacyRuns } from '../encodings/index.js';
import { isDocumentLine, PAGE_NUMBER_FIELD } from '../page-parts.js';
import { decodeEntities, zipColumns } from './html-text.js';
import type { RunRepairs } from './legacy-runs.js';
import type { StyleFonts } from './styles.js';

const TOKEN = /<(\/?)([A-Za-z][\w.]*:[\w.]+|[A-Za-z][\w.]*)([^>]*?)(\/?)>|([^<]+)/gu;
// Text Word does not show: deleted runs, field codes, and the DrawingML copy of a text box whose
// VML fallback holds the same paragraphs again.
const HIDDEN = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Choice']);

const attr = (attrs: string, name: string): string | null => new RegExp(String.raw`\b${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null;

interface Run {
  text: string;
  font: string | null;
  style: string | null;
}

interface Paragraph {
  readonly runs: Run[];
  style: string | null;
}

interface Field {
  instr: string;
  /** True while its text is not shown: its code, or the result of a page-number field. */
  hides: boolean;
}

/**
 * Lines of a header/footer part. Page-number fields are dropped, with any line they leave holding
 * only "Trang …/…". Runs in TCVN3/VNI fonts are decoded as in the body, counted into `repairs`.
 */
export function partLines(xml: string, fonts: StyleFonts, repairs: RunRepairs): string[] {
  const containers: string[][] = [[]]; // the part, then each open table cell
  const rows: string[][][] = []; // each open table row: its cells' lines
  const paragraphs: Paragraph[] = [];
  const runs: Run[] = [];
  const fields: Field[] = [];
  let hidden = 0;
  let inText = false;
  let inInstr = false;
  let hiding = 0; // open fields that hide their text: counted, not searched, so deep nesting stays linear
  const shown = (): boolean => hidden === 0 && hiding === 0;
  const openField = (instr: string, hides: boolean): void => {
    fields.push({ instr, hides });
    if (hides) hiding++;
  };
  const closeField = (): void => {
    if (fields.pop()?.hides) hiding--;
  };
  const append = (s: string): void => {
    const run = runs[runs.length - 1];
    if (run !== undefined && shown()) run.text += s;
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, name = '', attrs = '', selfClosing] = m;
    if (m[5] !== undefined) {
      const field = fields[fields.length - 1];
      if (inInstr && field !== undefined) field.instr += decodeEntities(m[5]);
      else if (inText) append(decodeEntities(m[5]));
      continue;
    }
    if (close === '/') {
      if (HIDDEN.has(name)) {
        hidden = Math.max(0, hidden - 1);
        if (name === 'w:instrText') inInstr = false;
      } else if (name === 'w:t') inText = false;
      else if (name === 'w:r') {
        const run = runs.pop();
        if (run !== undefined) paragraphs[paragraphs.length - 1]?.runs.push(run);
      } else if (name === 'w:fldSimple') closeField();
      else if (name === 'w:p') {
        const p = paragraphs.pop();
        if (p !== undefined) containers[containers.length - 1]!.push(...paragraphText(p, fonts, repairs).split('\n'));
      } else if (name === 'w:tc') rows[rows.length - 1]?.push(trimCell(containers.pop() ?? []));
      else if (name === 'w:tr') {
        const lines = zipColumns(rows.pop() ?? []).filter((l) => l.trim() !== '');
        containers[containers.length - 1]!.push(...lines);
      }
      continue;
    }
    const selfClosed = selfClosing === '/';
    if (HIDDEN.has(name)) {
      if (selfClosed) continue;
      hidden++;
      if (name === 'w:instrText') inInstr = true;
      continue;
    }
    if (name === 'w:fldChar') {
      const type = attr(attrs, 'w:fldCharType');
      const field = fields[fields.length - 1];
      if (type === 'begin') openField('', true);
      else if (type === 'separate' && field?.hides && !PAGE_NUMBER_FIELD.test(field.instr)) {
        field.hides = false; // past the code: the result is shown, unless it is a page number
        hiding--;
      } else if (type === 'end') closeField();
      continue;
    }
    if (name === 'w:fldSimple') {
      const instr = attr(attrs, 'w:instr') ?? '';
      if (!selfClosed) openField(instr, PAGE_NUMBER_FIELD.test(instr));
      continue;
    }
    if (selfClosed) {
      // A w:tab with a position is a tab stop of the paragraph's properties, not a tab character.
      if (name === 'w:tab' && runs.length > 0 && attr(attrs, 'w:pos') === null) append('\t');
      else if ((name === 'w:br' || name === 'w:cr') && runs.length > 0) append('\n');
      else if (name === 'w:noBreakHyphen') append('-');
      else if (name === 'w:rFonts' && runs.length > 0) runs[runs.length - 1]!.font = attr(attrs, 'w:ascii') ?? attr(attrs, 'w:hAnsi');
      else if (name === 'w:rStyle' && runs.length > 0) runs[runs.length - 1]!.style = attr(attrs, 'w:val');
      else if (name === 'w:pStyle' && paragraphs.length > 0) paragraphs[paragraphs.length - 1]!.style = attr(attrs, 'w:val');
      continue;
    }
    if (name === 'w:t') inText = true;
    else if (name === 'w:r') runs.push({ text: '', font: null, style: null });
    else if (name === 'w:p') paragraphs.push({ runs: [], style: null });
    else if (name === 'w:tr') rows.push([]);
    else if (name === 'w:tc') containers.push([]);
  }
  return containers[0]!.map((l) => l.trimEnd()).filter(isDocumentLine);
}

/** A cell's lines without the blank ones at its end (they would push the other column down). */
function trimCell(lines: string[]): string[] {
  const out = lines.map((l) => l.trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A paragraph's runs joined, those in legacy fonts decoded together (Word splits runs mid-word). */
function paragraphText(p: Paragraph, fonts: StyleFonts, repairs: RunRepairs): string {
  const styleFont = (id: string | null): string | null => (id === null ? null : (fonts.byStyle.get(id) ?? null));
  const paragraphFont = styleFont(p.style ?? fonts.defaultParagraphStyle) ?? fonts.defaultFont;
  const withFonts = p.runs.map((r) => ({ text: r.text, font: r.font ?? styleFont(r.style) ?? paragraphFont ?? '' }));
  for (const r of withFonts) {
    if (r.text !== '' && legacyEncodingOfFont(r.font) !== null) repairs.set(r.font, (repairs.get(r.font) ?? 0) + 1);
  }
  return repairLegacyRuns(withFonts).join('');
}
