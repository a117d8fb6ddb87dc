import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/grammar/vi/dates.js';
import { cleanCode, stripMarks } from '../../src/data/vi/_text.js';
import { canonicalKey, parseSymbol, SYMBOL, symbolMatches, symbolPartsOf, symbolRegex, writtenKey } from '../../src/grammar/vi/symbol.js';
import type { Edit } from '../../src/normalize/edits.js';
import { fromEdits } from '../../src/normalize/edits.js';
import { splitGlued, splitGluedWords } from '../../src/normalize/glued-words.js';
import { tightenSymbols } from '../../src/normalize/symbol-spacing.js';
import { placeTonesNewStyle } from '../../src/normalize/tone-placement.js';
import { isAllCaps } from '../../src/segment/index.js';
import { LEADING, REQUEST } from '../../src/extract/deadlines/roles.js';
import { HEAD, HEAD_I, headFrom, ISSUER_BEFORE, ISSUER_BEFORE_ENDS, ISSUER_SUBJECT, ISSUER_SUBJECT_ENDS } from '../../src/extract/citations/head.js';
import { topHeadings } from '../../src/extract/targets/past.js';
import { SELF_STATEMENT } from '../../src/extract/identity/index.js';
import { NUM_BARE, numberMatches, type Needs } from '../../src/extract/targets/number.js';
import { ISSUER as TAIL_ISSUER, lastGroup, SUBJECT as TAIL_SUBJECT } from '../../src/extract/citations/tail.js';
import { wordStarts, wordStartsAt } from '../../src/grammar/vi/boundaries.js';
import { cueWordStarts } from '../../src/extract/deadlines/cue-words.js';
import { PATTERN as CUE_DATE } from '../../src/extract/deadlines/cue-date.js';
import { PATTERN as YEAR } from '../../src/extract/deadlines/year.js';
import { PATTERN as PERIOD } from '../../src/extract/deadlines/period.js';
import { PATTERN as RANGE } from '../../src/extract/deadlines/range.js';
import { PATTERN as RECURRING } from '../../src/extract/deadlines/recurring.js';
import { clauseStart } from '../../src/analyze.js';
import { CITED_SUBJECT } from '../../src/extract/deadlines/duty.js';
import { hasReplaceableUnits } from '../../src/normalize/_replaceable.js';
import { unifyNewlines } from '../../src/normalize/newlines.js';
import { cleanCharacters } from '../../src/normalize/nfc.js';
import { unifySpaces } from '../../src/normalize/spaces.js';
import { unifyPunctuation } from '../../src/normalize/punctuation.js';
import { HEADING as BASIS_HEADING } from '../../src/extract/citations/basis.js';
import { matchesAtLineStarts } from '../../src/grammar/vi/re.js';
import { endsWithAny } from '../../src/grammar/vi/boundaries.js';
import { continuesSentence, DANGLING, MAX_BLANKS_IN_JOIN, MIN_WRAPPED_LINE, type Logical } from '../../src/normalize/line-joins.js';

/*
 * Steps made fast by hand-written scans and pre-tests must give what their plain definition
 * gives. Each reference below is that definition, written the slow, obvious way.
 */

// Letters of several scripts, astral letters, marks, lone surrogates, symbol glue and spaces.
const units = [...'aăâbcdđeêghiklmnoôơpqrstuưxyàáảãạếềểễệọụủứừựBANHÀNHĐUCAQĐKH0123456789/-., \n\t'.split(''),
  'é', 'ß', 'Ω', 'я', '中', 'ª', 'µ', '\u0301', '\u00A0', '…', '–', '𝐀', '𐐀', '\uD835', '\uDC00'];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...units), maxLength: 200 }),
  fc.array(fc.constantFrom('BANHÀNH', 'Kếhoạch', 'theoQuyết', 'KH/ĐUCA', 'QĐ-UBND', 'vàcác', 'ahoạtđộng', 'Zquyếtđịnh', ' ', '\n', '/', '-', 'năm', 'comité', 'a', 'z', 'é'), { maxLength: 30 }).map((a) => a.join('')),
);

function gluedReference(input: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of input.matchAll(/\p{L}{5,}/gu)) {
    const word = m[0];
    if (!/[^\x00-\x7F]/u.test(word)) continue;
    const caps = !/\p{Ll}/u.test(word);
    if (caps && !/[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u.test(word)) continue;
    if (caps && (/[/-]/u.test(input[m.index - 1] ?? '') || /[/-]/u.test(input[m.index + word.length] ?? ''))) continue;
    for (const c of splitGlued(word) ?? []) edits.push({ start: m.index + c - 1, end: m.index + c, insert: `${word[c - 1] ?? ''} ` });
  }
  return edits;
}

// symbol-spacing.ts as it was before numbers were looked for only where a run of digits starts.
function tightenReference(input: string): Edit[] {
  const NUMBER = /(?<![\p{L}\p{N}\p{M}/.,-])\d{1,5}[a-zđ]?(?=[\p{L}\p{N}&/-]{0,40}?(?: {1,2}[/-]|[/-] ))/gu;
  const PART = / {0,2}([/-]) {0,2}([\p{L}\p{N}&]+)/uy;
  const isCode = (s: string): boolean =>
    /^\p{Lu}[\p{L}\p{N}&]*$/u.test(s) && (s.match(/[\p{Lu}\p{N}]/gu)?.length ?? 0) >= 2 && (s.match(/\p{Ll}/gu)?.length ?? 0) <= 2;
  type Part = { sep: string; body: string; start: number; sepAt: number; bodyAt: number };
  const readParts = (at: number): Part[] => {
    const parts: Part[] = [];
    PART.lastIndex = at;
    for (let m = PART.exec(input); m && parts.length < 6; m = PART.exec(input)) {
      const sep = m[1] ?? '';
      const body = m[2] ?? '';
      parts.push({ sep, body, start: m.index, sepAt: input.indexOf(sep, m.index), bodyAt: m.index + m[0].length - body.length });
      PART.lastIndex = m.index + m[0].length;
    }
    return parts;
  };
  const symbolParts = (parts: Part[]): Part[] => {
    const kept: Part[] = [];
    for (const [k, p] of parts.entries()) {
      const spaceBefore = p.sepAt > p.start;
      const spaceAfter = p.bodyAt > p.sepAt + 1;
      if (p.sep === '-' && spaceBefore && spaceAfter) break;
      const yearBeforeSlash = k === 0 && /^(?:19|20)\d\d$/u.test(p.body) && parts[k + 1]?.sep === '/';
      if (!yearBeforeSlash && !isCode(p.body) && (spaceBefore || spaceAfter || k === 0 || !/^[\p{L}\p{N}&]+$/u.test(p.body))) break;
      kept.push(p);
    }
    const last = kept.at(-1);
    if (last && /[\p{L}\p{N}\p{M}]/u.test(input[last.bodyAt + last.body.length] ?? '')) return [];
    return kept.some((p) => p.sep === '/') ? kept : [];
  };
  if (!/[/-] | [/-]/u.test(input)) return [];
  const edits: Edit[] = [];
  for (let m = NUMBER.exec(input); m; m = NUMBER.exec(input)) {
    const parts = symbolParts(readParts(m.index + m[0].length));
    for (const p of parts) {
      if (p.sepAt > p.start) edits.push({ start: p.start, end: p.sepAt, insert: '' });
      if (p.bodyAt > p.sepAt + 1) edits.push({ start: p.sepAt + 1, end: p.bodyAt, insert: '' });
    }
    const last = parts.at(-1);
    if (last) NUMBER.lastIndex = last.bodyAt + last.body.length;
  }
  return [...fromEdits(input, edits).edits];
}

// Symbol-like pieces ("586 /UBND- NCTCD") after what may or may not glue to their digits.
const symbolText = fc
  .array(
    fc.tuple(
      fc.constantFrom('', ' ', 'x', 'đ', '-', '/', '.', ',', '5', '𝐀', '\u0301', '\uDC00', '('),
      fc.constantFrom('586', '2021', '04', '1234567'),
      fc.array(fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('/', '-'), fc.constantFrom('', ' '), fc.constantFrom('UBND', 'V28', 'TTg', '2021', 'abc', 'KH', 'TW')), { maxLength: 4 }),
    ),
    { maxLength: 4 },
  )
  .map((a) => a.map(([before, n, parts]) => before + n + parts.map((p) => p.join('')).join('')).join(' '));

// line-joins.ts's decision as it was before its end-anchored tests were run on the last words only.
function continuesReference(prev: Logical, next: string, blanks: number): boolean {
  const HAS_LOWER = /\p{Ll}/u;
  const isCapsText = (t: string): boolean => !HAS_LOWER.test(t) && /\p{Lu}.*?\p{Lu}/u.test(t);
  const isCaps = (l: Logical): boolean => isCapsText(l.text);
  const OWN_LINE = /^(?:Số\s*:|Kính\s+gửi|Nơi\s+nhận|V\/v\s)/iu;
  const PLACE_DATE = /^\p{Lu}[^,\n]{0,40},\s*ngày(?:\s|$)/u;
  const OPENS_PARAGRAPH = /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)(?![\p{L}\p{N}])/u;
  const LIST_ITEM = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][).]|[IVXLC]+\.|[-+•·*–])(?:\s|$)/u;
  const TWO_COLUMNS = /\S(?:\t|[ ]{4,})\S/u;
  const standsAlone = (t: string): boolean => OWN_LINE.test(t) || PLACE_DATE.test(t);
  const headerFragment = (): boolean => {
    if (blanks > 1) return false;
    const nextCaps = isCapsText(next);
    if (/^\p{Lu}{2,}$/u.test(prev.text) && !/^(?:LUẬT|LỆNH|MẬT|KHẨN|[IVXLC]+)$/u.test(prev.text) && nextCaps && !OWN_LINE.test(next)) return true;
    if (PLACE_DATE.test(next) && prev.text.length <= 30 && /^\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*){0,3}\s*-?$/u.test(prev.text) && !/^(?:Tỉnh|Huyện|Quận|Xã|Phường|Số|Kính|Nơi)(?![\p{L}])/u.test(prev.text)) return true;
    const CAPS_DANGLING = /(?:(?<![\p{L}\p{N}])(?:CỦA|VÀ|VỀ|VỚI|CHO|TẠI|TRONG|ĐỐI\s+VỚI|NHẰM|THEO|ĐẾN|TỪ|SỐ|NGÀY)|\p{Lu},|\p{Lu}\s+-)$/u;
    return isCaps(prev) && CAPS_DANGLING.test(prev.last) && /^(?:\p{Lu}|\d)/u.test(next) && (nextCaps || !HAS_LOWER.test(next));
  };
  if (headerFragment()) return true;
  if (blanks > MAX_BLANKS_IN_JOIN || /[.:;!?]$/u.test(prev.last)) return false;
  const continues = /^(?:\p{Ll}|(?:19|20)\d\d(?=[.,;:)\s]|$)|\d+(?:[.,]\d+)*(?![\d.)])|[("'“‘«])/u.test(next);
  if (!continues && (blanks > 1 || !/^\p{Lu}/u.test(next))) return false;
  if (isCaps(prev) || isCapsText(next)) return false;
  if (LIST_ITEM.test(next) || standsAlone(next)) return false;
  if (TWO_COLUMNS.test(prev.last) || TWO_COLUMNS.test(next)) return false;
  if (continues) return true;
  if (OPENS_PARAGRAPH.test(next)) return false;
  if (DANGLING.test(prev.last)) return true;
  if (prev.afterHeading || OPENS_PARAGRAPH.test(prev.first)) return false;
  return prev.text.length >= MIN_WRAPPED_LINE && !standsAlone(prev.first);
}

const lineWords = ['của', 'Ban', 'Chấp', 'hành', 'Ban Chấp', 'Chấp  hành', 'ĐỐI VỚI', 'Thường vụ', 'A -', 'CỦA', 'ĐỐI', 'VỚI', 'SỞ', 'Y', 'TẾ', 'X,', '-', 'A', 'và', 'xã', 'ngày', 'Hà Nội,', 'kế hoạch', '1.', 'a)', '2021', '.', ':', 'x.', 'Căn cứ', 'Số:', 'UBND', 'Đảng', 'mục', 'tiêu'];
const line = fc.array(fc.tuple(fc.constantFrom(...lineWords), fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', '  ', '\t', '\u00A0', '    ', '')), { minLength: 1, maxLength: 6 })
  .map((a) => a.map(([w, sp]) => w + sp).join('').trim())
  .filter((t) => t.length > 0);

describe('fast paths give what their plain definition gives', () => {
  test.prop([text])('splitGluedWords', (t) => {
    expect(splitGluedWords(t).edits).toEqual(gluedReference(t));
  });
  test.prop([fc.oneof(text, symbolText, symbolText)], { numRuns: 400 })('tightenSymbols', (t) => {
    expect(tightenSymbols(t).edits).toEqual(tightenReference(t));
  });
  test.prop([line, line, line, fc.nat(3), fc.boolean()], { numRuns: 2000 })('continuesSentence', (first, last, next, blanks, afterHeading) => {
    const prev: Logical = { first, last, text: first === last ? first : `${first} ${last}`, afterHeading };
    expect(continuesSentence({ ...prev }, next, blanks)).toBe(continuesReference(prev, next, blanks));
  });
  const toneText = fc.array(fc.constantFrom('qu', 'Qu', 'QU', 'u', 'U', 'o', 'O', 'ỷ', 'Ỷ', 'ý', 'à', 'À', 'ẻ', 'è', 'a', 'n', ' ', '\u0301', '1', '𝐀'), { maxLength: 12 }).map((a) => a.join(''));
  test.prop([fc.oneof(text, toneText)], { numRuns: 300 })('placeTonesNewStyle finds the syllables the plain pattern finds', (t) => {
    const OLD = /(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}\p{N}])|[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![\p{L}\p{M}\p{N}])/gu;
    const starts = placeTonesNewStyle(t).edits.filter((_, i) => i % 2 === 0).map((e) => e.start);
    expect(starts).toEqual([...t.matchAll(OLD)].map((m) => m.index));
  });
  const capsText = fc.array(fc.constantFrom('A', 'Ố', 'a)', 'b)', ' a)', 'xa)', ')', 'a', 'đ', ' ', '1', '(', 'I.'), { maxLength: 8 }).map((a) => a.join(''));
  test.prop([fc.oneof(text, capsText)], { numRuns: 300 })('isAllCaps', (t) => {
    expect(isAllCaps(t)).toBe(/\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t.replace(/\b[a-z]\)/gu, '')));
  });
  test.prop([fc.oneof(text, symbolText, symbolText)], { numRuns: 400 })('symbolMatches', (t) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0], { ...m.groups }];
    expect([...symbolMatches(t)].map(shape)).toEqual([...t.matchAll(symbolRegex())].map(shape));
  });
  const keyText = fc.oneof(text, symbolText, fc.string({ unit: fc.constantFrom('1', '/', '-', 'K', 'h', 'ß', 'đ', 'Đ', 'Ð', 'ð', 'ǆ', 'ﬀ', '\u2013', '\u2215', ' ', '\u00A0', 'e', '\u0301', 'İ', 'Σ', 'ệ'), maxLength: 12 }));
  test.prop([keyText], { numRuns: 400 })('canonicalKey and writtenKey', (t) => {
    const written = t.normalize('NFC').replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/[\u2044\u2215\uFF0F]/gu, '/').replace(/\s+/gu, '');
    expect(writtenKey(t)).toBe(written);
    expect(canonicalKey(t)).toBe(written.toLocaleUpperCase('vi'));
  });
  const oneSymbol = fc
    .tuple(fc.constantFrom('586', '124/2021', '51', '30c'), fc.array(fc.tuple(fc.constantFrom('/', '-', ' - ', '.'), fc.constantFrom('UBND', 'TTLT', 'BTC', 'NQ', 'TW', 'TTg', 'qđ')), { minLength: 1, maxLength: 5 }))
    .map(([n, parts]) => n + parts.map((p) => p.join('')).join(''));
  test.prop([fc.oneof(oneSymbol, symbolText, keyText)], { numRuns: 400 })('parseSymbol splits codes as split(/[-/.]/u) does', (t) => {
    const g = new RegExp(`^${SYMBOL}$`, 'u').exec(t.replace(/\s+/gu, ''))?.groups;
    const reference = !g?.num ? null
      : g.ptype && g.pissuer ? { number: g.num, year: null, components: [g.ptype, ...g.pissuer.split(/[-/.]/u)], party: true }
      : g.code ? { number: g.num, year: g.year ?? null, components: g.code.split(/[-/.]/u), party: false } : null;
    expect(parseSymbol(t)).toEqual(reference);
  });
  test.prop([keyText], { numRuns: 400 })('cleanCode and stripMarks', (t) => {
    expect(cleanCode(t)).toBe(t.normalize('NFC').replace(/\u00D0/gu, 'Đ').replace(/\u00F0/gu, 'đ').replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/[\u2044\u2215\uFF0F]/gu, '/').replace(/\s+/gu, ''));
    expect(stripMarks(t)).toBe(t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC'));
  });
  // Clauses with deadline phrases blanked to runs of spaces, around actors, ":" and duty verbs.
  const clause = fc.array(fc.constantFrom('Các', 'các', 'đơn vị', 'Sở', 'Trường', 'quận,', 'huyện', 'Đoàn', 'Đề nghị', 'giao', 'yêu cầu', 'báo cáo', 'gửi', 'chủ trì', 'trình', 'chương trình', 'Phòng', ':', ';', '(', '\n', '1.', '-', 'a)', ' ', '   ', '          ', '\t', '\u00A0'), { maxLength: 24 })
    .map((a) => a.join(' '));
  test.prop([fc.oneof(clause, text)], { numRuns: 1000 })('the role patterns end no actor inside a run of spaces', (t) => {
    const plain = (re: RegExp): RegExp => new RegExp(re.source.replaceAll('(?<!\\s)', ''), re.flags);
    const shape = (m: RegExpExecArray | null): unknown => m && [m.index, m[0], m.groups?.actor];
    expect(plain(LEADING).source.length).toBeLessThan(LEADING.source.length);
    expect(shape(LEADING.exec(t))).toEqual(shape(plain(LEADING).exec(t)));
    expect(shape(REQUEST.exec(t))).toEqual(shape(plain(REQUEST).exec(t)));
  });
  // Windows before a citation: issuers, their verbs and the words the patterns end with, any blanks after.
  const blank = fc.constantFrom(' ', '  ', '\n', '\t', '\u00A0', '\u2028', '\u3000', '\uFEFF', '');
  const window = fc.array(fc.tuple(fc.constantFrom('của', 'do', 'Sở Y tế', 'UBND tỉnh', 'Bộ', 'đã', 'ban hành', 'ban', 'hành', 'có', 'tại', 'theo', 'tạo', '(Thường trực)', ',', 'X'), blank), { maxLength: 10 })
    .map((a) => a.map(([w, b]) => w + b).join(''));
  test.prop([fc.oneof(window, window, text)], { numRuns: 1000 })('the issuer patterns before a citation match only windows ending in their words', (t) => {
    expect(!ISSUER_BEFORE.test(t) || endsWithAny(t, ISSUER_BEFORE_ENDS)).toBe(true);
    expect(!ISSUER_SUBJECT.test(t) || endsWithAny(t, ISSUER_SUBJECT_ENDS)).toBe(true);
  });
  const outline = fc.array(fc.constantFrom('I. MỤC TIÊU', '1. Căn cứ pháp lý', 'II. CĂN CỨ XÂY DỰNG', 'A) CƠ SỞ PHÁP LÝ', ' 12 - Căn cứ', '3/',  'II.', ' III) KẾT QUẢ', 'PHẦN', 'PHẦN THỨ NHẤT', 'Phần thứ hai', 'A. ', 'D.', 'IIII.', 'x', 'a', ' ', '\t', '\n', '\n', '\n\n', '\r', '\r\n', '\u2028', 'chỉ tiêu 95%'), { maxLength: 20 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(outline, outline, text)], { numRuns: 1000 })('headings tried at line starts: what matchAll finds', (t) => {
    const shape = (m: RegExpMatchArray): unknown => [m.index, m[0], { ...m.groups }];
    expect(matchesAtLineStarts(BASIS_HEADING, t).map(shape)).toEqual([...t.matchAll(BASIS_HEADING)].map(shape));
    const TOP = /^[ \t]*(?:[IVX]{1,4}[.)]|PHẦN\s+(?:THỨ\s+)?[\p{Lu}IVX]+|Phần\s+thứ\s+\p{L}+|[A-D]\.)[ \t]*[^\n]{0,160}$/gmu;
    expect(topHeadings(t)).toEqual([...t.matchAll(TOP)].map((m) => ({ start: m.index, text: m[0] })));
  });
  it('a heading run over a line break ("PHẦN\nIV. …") hides the line start inside it', () => {
    for (const t of ['PHẦN\nIV. KẾT QUẢ\nV. MỤC TIÊU', 'x\nPHẦN \n II) A\n\nII.', 'I. A\r\nII. B\u2028III. C']) {
      expect(topHeadings(t)).toEqual([...t.matchAll(/^[ \t]*(?:[IVX]{1,4}[.)]|PHẦN\s+(?:THỨ\s+)?[\p{Lu}IVX]+|Phần\s+thứ\s+\p{L}+|[A-D]\.)[ \t]*[^\n]{0,160}$/gmu)].map((m) => ({ start: m.index, text: m[0] })));
    }
  });
  it('every unit the first steps replace is a replaceable unit (so text without one skips them)', () => {
    const missed: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      const replaced = [unifyNewlines, cleanCharacters, unifySpaces, unifyPunctuation].some((step) => step(c).edits.length > 0);
      if (replaced && !hasReplaceableUnits(`ab${c}`)) missed.push(u.toString(16));
    }
    expect(missed).toEqual([]);
  });
  test.prop([text])('hasReplaceableUnits is false only when the first steps change nothing', (t) => {
    if (!hasReplaceableUnits(t)) for (const step of [unifyNewlines, cleanCharacters, unifySpaces, unifyPunctuation]) expect(step(t).edits).toEqual([]);
  });
  const cited = fc.array(fc.constantFrom('Công văn số', '4152', '/', '-', 'UBND', 'NC', '2021', 'QĐ', 'TTg', ' về việc ', ' quy định ', ' hướng dẫn ', 'tổ chức', 'hằng năm', ';', ' '), { maxLength: 16 }).map((a) => a.join(''));
  test.prop([fc.oneof(cited, text)])('a cited subject needs a "/" (the gate before CITED_SUBJECT)', (t) => {
    expect(!CITED_SUBJECT.test(t) || t.includes('/')).toBe(true);
  });
  // Sentences with clause marks, list marks and blanks around a target.
  const clauseText = fc.array(fc.constantFrom('a', 'b', 'đ', '1', '12', 'x', 'Tỷ lệ', ' đạt ', '95%', ';', ':', '(', ')', '.', '. ', '.\n', '\n', '\n- ', '\n  a) ', '\n2. ', '- ', '• ', ' ', '  ', '\t', 'A.', 'v.v', '…'), { maxLength: 40 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(clauseText, clauseText, text), fc.nat()], { numRuns: 2000 })('clauseStart finds the boundary the plain pattern finds', (t, n) => {
    const at = n % (t.length + 1);
    const from = Math.max(0, at - 160);
    const m = /(?:[;:\n(]|\.\s|^[-+•·]\s|\n[-+•·]\s|\n\s*[a-zđ0-9]{1,2}[.)]\s)(?=(?:[^;:\n(.]|\.(?!\s))*$)/u.exec(t.slice(from, at));
    expect(clauseStart(t, at)).toBe(m ? from + m.index + m[0].length : from === 0 ? 0 : at);
  });
  // Deadline phrases in any case, glued to letters or not: cues, periods, dates, years.
  const deadlineText = fc.array(fc.constantFrom('trước', 'Trước', 'TRƯỚC', 'trưóc', 'truớc', 'một lần', 'mỗi', 'sáu', 'chậm nhất', 'Chậm  nhất là', 'muộn nhất', 'không muộn hơn', 'hạn chót:', 'Thời hạn nộp:', 'thời gian hoàn thành là', 'đến hết', 'Đến', 'trong', 'vào', 'cuối', 'hết', 'từ', 'hằng', 'Hàng', 'định kỳ', 'báo cáo', 'ngày', 'tháng', 'quý', 'năm', 'II', 'IV', '6', '15/12', '30/6/2024', '05', '2025', '12', 'x', 'a', ' ', '  ', ',', 'và', '\n', '(', ')', ':'), { maxLength: 24 })
    .map((a) => a.join(' ').replace(/ {3}/gu, ''));
  const rules = { CUE_DATE, YEAR, PERIOD, RANGE, RECURRING };
  test.prop([fc.oneof(deadlineText, deadlineText, text)], { numRuns: 600 })('the deadline patterns match only where a cue word starts', (t) => {
    const cues = new Set(cueWordStarts(t));
    for (const re of Object.values(rules)) {
      const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
      for (let at = 0; at < t.length; at++) {
        sticky.lastIndex = at;
        if (sticky.exec(t)) expect(cues.has(at)).toBe(true);
      }
    }
  });
  test.prop([fc.oneof(deadlineText, deadlineText, text)], { numRuns: 600 })('wordStartsAt at the cue words gives what wordStarts gives', (t) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0], { ...m.groups }];
    const cues = cueWordStarts(t);
    for (const re of Object.values(rules)) expect([...wordStartsAt(re, t, cues)].map(shape)).toEqual([...wordStarts(re, t)].map(shape));
  });
  // Text before a symbol: type words in any case, "liên tịch", "số:", quotes, brackets, blanks.
  const headWindow = fc.array(fc.constantFrom('Căn cứ', 'Thông tư', 'THÔNG TƯ', 'thông tư', 'liên tịch', 'LIÊN TỊCH', 'Nghị quyết liên tịch', 'Kế hoạch', 'kế hoạch', 'QĐ', 'KH', 'số', 'Số', 'SỐ', 'ſố', ':', '.', '"', '(', '“', ' ', '  ', '\n', '\u00A0', 'x', 'Luật', 'hoạch', 'ch', 'tịch'), { maxLength: 14 })
    .map((a) => a.join(' ').replace(/ {3}/gu, ''));
  test.prop([fc.oneof(headWindow, headWindow, text)], { numRuns: 1500 })('the citation head patterns, tried from headFrom, find what a plain search finds', (w) => {
    const shape = (m: RegExpExecArray | null): unknown => m && [m.index, m[0], { ...m.groups }];
    for (const re of [HEAD, HEAD_I]) {
      re.lastIndex = headFrom(w);
      expect(shape(re.exec(w))).toEqual(shape(new RegExp(re.source, re.flags.replace('g', '')).exec(w)));
    }
  });
  const tailText = fc.array(fc.constantFrom(', ', 'của', 'do', 'giữa', 'Bộ Tài chính', 'UBND tỉnh', 'TP. Hà Nội', 'Bộ Lao động, Thương binh và Xã hội', 'về việc', 'Về', 'V/v', '"', '“', 'tăng cường', 'công tác', 'ngày 5/3/2021', 'và', 'hướng dẫn', ';', '.', ' ', '\n', '(', 'x'), { maxLength: 14 })
    .map((a) => a.join(' '));
  test.prop([fc.oneof(tailText, tailText, text)], { numRuns: 1000 })('the tail\'s issuer and subject end the match: lastGroup gives their indices', (t) => {
    for (const [re, name] of [[TAIL_ISSUER, 'issuer'], [TAIL_SUBJECT, 'subject']] as const) {
      const m = re.exec(t);
      const d = new RegExp(re.source, `${re.flags}d`).exec(t);
      expect(m && lastGroup(m, m.groups?.[name])).toEqual(d && d.indices?.groups?.[name]);
    }
  });
  it('tightenSymbols reaches the farthest spaced separator a number can look ahead to', () => {
    for (const t of [`12345/${'A'.repeat(39)}  /UBND`, `12345/${'A'.repeat(39)} /UBND`, `1/${'A'.repeat(39)}- UBND`, `12345/${'A'.repeat(40)}  /UBND`]) {
      expect(tightenSymbols(t).edits).toEqual(tightenReference(t));
    }
    expect(tightenSymbols(`12345/${'A'.repeat(39)}  /UBND`).edits.length).toBeGreaterThan(0);
  });
  // number.ts's numberMatches as it was, with exec() per run of digits.
  function* numberMatchesReference(sticky: RegExp, t: string, needs?: Needs): Generator<RegExpExecArray> {
    const runs = /\d+/g;
    let next = -1;
    for (let r = runs.exec(t); r; r = runs.exec(t)) {
      const at = r.index;
      if (needs) {
        if (next < at) next = t.indexOf(needs.char, at);
        if (next < 0) return;
        if (next - at > needs.within) {
          runs.lastIndex = Math.max(runs.lastIndex, next - needs.within);
          continue;
        }
      }
      if (at > 0 && /[\p{L}\p{N}/.,-]/u.test(t[at - 1]!)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(t);
      if (m) yield m;
    }
  }
  const numbers = fc.array(fc.constantFrom('1', '05', '1.000', '2,5', '12345678901', '%', ' %', '-', '/', ' ', 'a', 'đ', 'x1', '\n', 'trên', '95', '.', ','), { maxLength: 30 }).map((a) => a.join(''));
  test.prop([fc.oneof(numbers, numbers, text), fc.constantFrom(undefined, { char: '%', within: 3 }, { char: '%', within: 12 })], { numRuns: 1000 })('numberMatches finds the runs exec() found', (t, needs) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0]];
    const sticky = new RegExp(NUM_BARE, 'uy');
    expect([...numberMatches(sticky, t, needs)].map(shape)).toEqual([...numberMatchesReference(new RegExp(NUM_BARE, 'uy'), t, needs)].map(shape));
  });
  test.prop([fc.oneof(oneSymbol, symbolText, symbolText, keyText)], { numRuns: 1000 })('symbolPartsOf reads what parseSymbol reads', (t) => {
    for (const m of symbolMatches(t)) expect(symbolPartsOf(m)).toEqual(parseSymbol(m[0]));
  });
  const statement = fc.array(fc.constantFrom('Sở Y tế', 'sở y tế', 'UBND tỉnh', 'Phòng GDĐT', 'ban hành', 'xây dựng', 'Kế hoạch', 'kế hoạch', 'về', '(SYT)', ',', ';', '.', ':', '\n', ' ', '   ', 'các', 'đã'), { maxLength: 20 }).map((a) => a.join(' '));
  test.prop([fc.oneof(statement, statement, text)], { numRuns: 800 })('a sticky run at a match of the scan gives that match, with its indices', (t) => {
    const sticky = new RegExp(SELF_STATEMENT.source, 'diuy');
    for (const x of t.matchAll(new RegExp(SELF_STATEMENT.source, 'gdiu'))) {
      sticky.lastIndex = x.index;
      const m = sticky.exec(t);
      expect(m && [m.index, m[0], m.indices?.groups]).toEqual([x.index, x[0], x.indices?.groups]);
    }
  });
  it('daysInMonth counts as Date does', () => {
    let mismatches = 0;
    for (let y = -500; y <= 12000; y++) for (let m = -1; m <= 14; m++) if (daysInMonth(y, m) !== new Date(Date.UTC(y, m, 0)).getUTCDate()) mismatches++;
    expect(mismatches).toBe(0);
  });
});
