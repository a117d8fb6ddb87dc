import type { Diagnostic } from '../doc/diagnostic.js';
import type { OffsetMap } from '../doc/offset-map.js';
import type { Span } from '../doc/span.js';
import { composeMaps, StepMap, type Step, type StepResult } from './edits.js';
import { joinLines } from './line-joins.js';
import { stripEmphasis, stripEscapes, stripHeadings } from './markdown.js';
import { cleanCharacters, composeNfc, composeNfcTelling } from './nfc.js';
import { unifyNewlines } from './newlines.js';
import { unifyPunctuation } from './punctuation.js';
import { unifySpaces } from './spaces.js';
import { repairOcrSymbols } from './ocr-symbols.js';
import { readDigitLookAlikes } from './digit-lookalikes.js';
import { dropOcrSpecks } from './ocr-specks.js';
import { tightenSymbols } from './symbol-spacing.js';
import { placeTonesNewStyle } from './tone-placement.js';
import { unescapeBreaks, unpipeCells } from './web-layout.js';
import { breakRunOnHeader } from './run-on-header.js';
import { splitGluedWords } from './glued-words.js';
import { restoreLostHyphens } from './lost-hyphens.js';
import { cleanAt, CLEAN, newlinesAt, NEWLINE, NOT_NFC, PUNCTUATION, punctuationAt, scanUnits, shiftUnits, SPACE, spacesAt, type Units } from './_units.js';
import { joinSplitYears } from './split-years.js';

export type { Edit, StepResult } from './edits.js';

export interface Normalized {
  readonly raw: string;
  readonly text: string;
  /** `map.toRaw(span)`: where a span of `text` was in `raw`. */
  readonly map: OffsetMap;
  readonly messages: readonly Diagnostic[];
  /** Symbols repaired as OCR damage, in `text` offsets, with what the OCR had read. */
  readonly ocrRepairs: readonly { readonly span: Span; readonly read: string }[];
}

export interface NormalizeOptions {
  /** Join hard line breaks inside sentences (PDF text). Default true. */
  readonly joinLines?: boolean;
  /** Remove markdown emphasis, heading markers and escapes (DOCX via mammoth). Default true. */
  readonly stripMarkdown?: boolean;
  /** Spans of `raw` that came from OCR: symbols there get their look-alike confusions repaired. */
  readonly ocrRegions?: readonly Span[];
}

interface StepSpec {
  readonly step: Step;
  /** Turns the number of edits into a remark; null when the change is not worth one. */
  readonly note?: (edits: number) => Diagnostic;
  /** Run again while it still changes something, at most this many times (nested emphasis). */
  readonly rounds?: number;
  /** Replaces the units of this class of _units.ts (all of them), and `at` does it at their known positions. */
  readonly replaces?: { readonly unit: number; readonly at: (input: string, at: readonly number[]) => StepResult };
  /** Nothing to do on a text without a unit of NOT_NFC. */
  readonly needsNfc?: boolean;
}

const info = (code: Diagnostic['code'], message: string): Diagnostic => ({ code, severity: 'info', message });

/*
 * Order matters, and differs from the order one would first write down, so that normalize is
 * idempotent: characters are made canonical first; markdown escapes go before emphasis ("\*\*"
 * is "**"), emphasis before line joins (a bold header spans a line break); symbol spacing after
 * the joins (a join can bring "586" and "/UBND" together); NFC again, because removing "**" or a
 * newline can put a mark after a letter; tone placement last, on the final syllables. Web-table
 * pipes and escaped "\r\n" go before the joins (they decide what a line is); glued syllables are
 * cut before the run-on header is broken and before symbol spacing, as a cut can change both
 * ("cứĐộc lập", "V28HOÀphong"); the run-on header is broken after markdown is stripped ("Số:\."
 * is a number line only once its escape is gone).
 */
// The steps depend on the options only; without OCR regions (whose step holds them) they are built
// once per combination of the two flags.
const STEPS = new Map<string, readonly StepSpec[]>();
function cachedStepsFor(opts: NormalizeOptions): readonly StepSpec[] {
  if ((opts.ocrRegions ?? []).length > 0) return stepsFor(opts);
  const key = `${opts.stripMarkdown ?? true}/${opts.joinLines ?? true}`;
  let steps = STEPS.get(key);
  if (steps === undefined) STEPS.set(key, (steps = stepsFor(opts)));
  return steps;
}

function stepsFor(opts: NormalizeOptions): StepSpec[] {
  const md = opts.stripMarkdown ?? true;
  const joins = opts.joinLines ?? true;
  const regions = opts.ocrRegions ?? [];
  return [
    // First, while offsets are still those of the raw text the OCR regions are given in.
    ...(regions.length > 0 ? [{ step: (t: string) => dropOcrSpecks(t, regions), note: (n: number) => info('normalize/ocr-specks', `${n} stops read by OCR from specks at line ends dropped`) }] : []),
    { step: unifyNewlines, replaces: { unit: NEWLINE, at: newlinesAt } },
    { step: cleanCharacters, replaces: { unit: CLEAN, at: cleanAt }, note: (n) => info('normalize/invisible-characters', `${n} invisible or look-alike characters removed or replaced (zero-width, soft hyphen, BOM, Ð for Đ)`) },
    { step: composeNfc, needsNfc: true, note: (n) => info('normalize/nfd-input', `text was not NFC (${n} decomposed clusters) and was composed`) },
    { step: unifySpaces, replaces: { unit: SPACE, at: spacesAt } },
    { step: unifyPunctuation, replaces: { unit: PUNCTUATION, at: punctuationAt } },
    { step: unescapeBreaks, note: (n) => info('normalize/escaped-breaks', `${n} line breaks written as "\\r\\n" text turned into line breaks`) },
    { step: unpipeCells, note: (n) => info('normalize/web-table', `${n} web-table cell boundaries ("|") turned into column breaks`) },
    { step: splitGluedWords, note: (n) => info('normalize/glued-words', `${n} spaces put back between glued syllables ("BANHÀNH" → "BAN HÀNH")`) },
    ...(md
      ? [
          { step: stripEscapes, note: (n: number) => info('normalize/markdown-stripped', `${n} markdown escapes removed`) },
          { step: stripEmphasis, rounds: 4, note: (n: number) => info('normalize/markdown-stripped', `${n / 2} markdown emphasis pairs removed`) },
          { step: stripHeadings, note: (n: number) => info('normalize/markdown-stripped', `${n} markdown heading markers removed`) },
        ]
      : []),
    { step: breakRunOnHeader, note: (n: number) => info('normalize/run-on-header', `${n} breaks put back between header parts run together on one line`) },
    ...(joins
      ? [
          { step: joinLines, note: (n: number) => info('normalize/lines-joined', `${n} hard line breaks inside sentences joined`) },
          // A join can run header parts onto the motto's line ("Độc lập - Tự do586 …⏎… Số: …"): cut
          // them again, or a second normalize would.
          { step: breakRunOnHeader, note: (n: number) => info('normalize/run-on-header', `${n} breaks put back between header parts run together on one line`) },
        ]
      : []),
    { step: restoreLostHyphens, note: (n) => info('normalize/lost-hyphens', `${n} hyphens put back inside symbols of a text that lost its hyphens ("QĐUBND" → "QĐ-UBND")`) },
    { step: joinSplitYears, note: (n) => info('normalize/split-years', `${n} years split by a space inside a date joined ("16/7/20 21")`) },
    { step: readDigitLookAlikes, note: (n) => info('normalize/digit-lookalikes', `${n} letters read as digits inside the numbers of symbols and dates ("1O5/QĐ", "3O/5/2014")`) },
    { step: tightenSymbols, note: (n) => info('normalize/symbol-spacing', `${n} stray spaces removed inside document symbols`) },
    { step: composeNfc, needsNfc: true },
    { step: placeTonesNewStyle, note: (n) => info('normalize/old-tone-placement', `${n / 2} syllables with old tone placement ("hoà", "Uỷ") rewritten ("hòa", "Ủy")`) },
  ];
}

/**
 * Makes a document's text canonical for the grammar (NFC, one newline, one dash, joined lines,
 * no markup) and keeps a map from every offset of the result back into `raw`.
 */
export function normalize(raw: string, opts: NormalizeOptions = {}): Normalized {
  return run(raw, opts, true);
}

/** normalize with every step run on its own, without the one scan for units: what the scan must not change. */
export function normalizeWithoutUnitScan(raw: string, opts: NormalizeOptions = {}): Normalized {
  return run(raw, opts, false);
}

function run(raw: string, opts: NormalizeOptions, scan: boolean): Normalized {
  let text = raw;
  const maps: StepMap[] = [];
  const messages: Diagnostic[] = [];
  // One pass over the raw text finds the units the first steps replace; kept in step with every
  // edit, or dropped (null) when an edit could make it wrong, and then each step scans for itself.
  let units: Units | null = scan ? scanUnits(raw) : null;
  for (const { step, note, rounds = 1, replaces, needsNfc = false } of cachedStepsFor(opts)) {
    let edits = 0;
    for (let round = 0; round < rounds; round++) {
      let out: StepResult;
      if (units !== null && replaces !== undefined) {
        const at = units.at.get(replaces.unit) ?? [];
        if (at.length === 0) break;
        out = replaces.at(text, at);
      } else if (units !== null && needsNfc) {
        if ((units.flags & NOT_NFC) === 0) break;
        const told = composeNfcTelling(text);
        out = told.out;
        // Composed, the text may hold no unit NFC could change: the next composeNfc is then
        // skipped unless an edit puts one back (shiftUnits drops the units then).
        if (!told.notPlainLeft) units.flags &= ~NOT_NFC;
      } else out = step(text);
      if (out.edits.length === 0) break;
      if (units !== null && !shiftUnits(units, out.edits, replaces?.unit ?? 0)) units = null;
      maps.push(new StepMap(out.edits));
      edits += out.edits.length;
      text = out.text;
    }
    if (note && edits > 0) messages.push(note(edits));
  }
  // Last, so the repairs' offsets are those of the final text; only inside OCR'd regions.
  const ocrRepairs: { span: Span; read: string }[] = [];
  const regions = opts.ocrRegions ?? [];
  if (regions.length > 0) {
    const sofar = composeMaps(text.length, raw.length, maps);
    const inOcr = (start: number, end: number): boolean => {
      const r = sofar.toRaw({ start, end });
      return regions.some((g) => r.start < g.end && g.start < r.end);
    };
    const out = repairOcrSymbols(text, inOcr);
    if (out.edits.length > 0) {
      let delta = 0;
      for (const e of out.edits) {
        ocrRepairs.push({ span: { start: e.start + delta, end: e.start + delta + e.insert.length }, read: text.slice(e.start, e.end) });
        delta += e.insert.length - (e.end - e.start);
      }
      maps.push(new StepMap(out.edits));
      text = out.text;
      messages.push(info('normalize/ocr-symbols', `${out.edits.length} document symbols with OCR look-alike errors repaired (I/1, O/0, C1/CT, D/Đ, dropped - or /)`));
    }
  }
  return { raw, text, map: composeMaps(text.length, raw.length, maps), messages, ocrRepairs };
}
