import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as plainTest } from 'vitest';
import { HEADING as BASIS_HEADING, headingMatches } from '../../src/extract/citations/basis.js';
import { IMPLEMENTS_VERB, mayEndWithVerb } from '../../src/extract/citations/links.js';
import { mayHavePinpoint, mayNameAct, NAMED_ACT, PINPOINT } from '../../src/extract/citations/head.js';
import { LIST_HEAD, mayHeadList } from '../../src/extract/citations/lists.js';
import { hasNgayAtStart, mayNameBoard, SUBJECT as TAIL_SUBJECT, SUBJECT_START } from '../../src/extract/citations/tail.js';
import { symbolMatches, symbolRegex } from '../../src/grammar/vi/symbol.js';
import { unitTest } from '../../src/grammar/vi/unit-class.js';
import { hasTwoUpper, isPlainKey, mayStartSymbol, NOT_PLAIN_KEY, SYMBOL } from '../../src/grammar/vi/symbol.js';
import { isCleanCode, NOT_CLEAN } from '../../src/data/vi/_text.js';
import { cells, indexOfGap, type Cell } from '../../src/segment/lines.js';
import { mayBeMotto, MOTTO, NUMBER_LINE, OPEN_YEAR, TYPED_NUMBER_LINE } from '../../src/segment/header.js';
import { ANNEX, mayBeAnnex } from '../../src/segment/signature.js';
import { SELF_STATEMENT, selfStatements } from '../../src/extract/identity/index.js';
import { mayNameOfficial, OFFICIAL, tidy } from '../../src/resolve/issuer.js';
import { ABBREVIATION, mayHaveAbbreviation } from '../../src/data/vi/_agencies.js';
import { collapseBlanks } from '../../src/grammar/vi/blanks.js';
import { mayNameCity, NAMED_CITY } from '../../src/resolve/locality.js';

/*
 * The fast paths of citations, segment, identity and resolve against their plain definitions:
 * a pre-test must hold wherever the pattern it guards matches; a scan must find what matchAll finds.
 */

const units = [...'aăâbcdđeêghiklmnoôơpqrstuưxyàáảãạếềểễệọụủứừựBANHÀNHĐUCAQĐKHÓỆỦV0123456789/-., \n\t"“,'.split(''),
  'é', 'ß', 'Ω', 'я', '中', 'ª', 'µ', '\u0301', '\u00A0', '…', '–', '𝐀', '𐐀', '\uD835', '\uDC00', '\u212A', 'İ', 'ı', 'ſ', '\r', '\u2028', '\u3000'];
const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 200 });
const blank = fc.constantFrom(' ', '  ', '\n', '\t', '\u00A0', '\u2028', '\u3000', '\uFEFF', '');

describe('citations fast paths', () => {
  // Symbols of every form, the Party type code long or astral, "/" far from or near digits.
  const symbolish = fc.array(fc.tuple(
    fc.constantFrom('', ' ', 'x', 'đ', '-', '/', '.', ',', '5', '𝐀', '(', 'năm '),
    fc.constantFrom('586', '2021', '04', '1234567', '30c', '12'),
    fc.constantFrom('/', '-', ' - ', ' ', '  ', '\t', ' \t', '', 'a/'),
    fc.constantFrom('UBND', 'QĐ', 'NQ', 'KH', 'TTr', '𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀', 'ABCDEFGHIJKLMNOP', 'ngày', '2021', ''),
    fc.constantFrom('/', '/TW', '/TWĐTN', '-BCA/ ', '', ' /', '/2021/TT-BCA'),
  ), { maxLength: 6 }).map((a) => a.map((p) => p.join('')).join(' '));
  test.prop([fc.oneof(text, symbolish, symbolish)], { numRuns: 1000 })('symbolMatches finds what matchAll finds', (t) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0], { ...m.groups }];
    expect([...symbolMatches(t)].map(shape)).toEqual([...t.matchAll(symbolRegex())].map(shape));
  });

  const outline = fc.array(fc.constantFrom('I. MỤC TIÊU', '1. Căn cứ pháp lý', 'II. CĂN CỨ XÂY DỰNG', 'A) CƠ SỞ PHÁP LÝ', ' 12 - Căn cứ', 'Cơ sở', 'CƠ SỞ', '3/', 'II.', 'x', ' ', '\t', '\n', '\n', '\r', '\r\n', '\u2028', '\u2029', 'Căn cứ Luật; Căn cứ'), { maxLength: 20 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(outline, outline, text)], { numRuns: 1000 })('basis headings tried on lines holding their words: what matchAll finds', (t) => {
    const shape = (m: RegExpMatchArray): unknown => [m.index, m[0], { ...m.groups }];
    expect(headingMatches(t).map(shape)).toEqual([...t.matchAll(BASIS_HEADING)].map(shape));
  });

  const between = fc.array(fc.tuple(fc.constantFrom('về việc', 'để', 'tiếp tục', 'triển khai', 'THỰC HIỆN', 'thực hiện', 'Thi Hành', 'hướng dẫn thi hành', 'quy định chi tiết', 'cụ thể HÓA', 'một số điều của', 'nội dung', 'các nhiệm vụ', 'CÁC NHIỆM VỤ', 'của', 'X'), blank), { maxLength: 8 })
    .map((a) => a.map(([w, b]) => w + b).join(''));
  test.prop([fc.oneof(between, between, text)], { numRuns: 1000 })('IMPLEMENTS_VERB matches only text mayEndWithVerb lets through', (t) => {
    expect(!IMPLEMENTS_VERB.test(t) || mayEndWithVerb(t)).toBe(true);
  });

  const tail = fc.array(fc.constantFrom(' ', ',', '"', '“', '\n', '\u00A0', 'về', 'Về', 'V/v', 'việc', 'Ngày', 'ngày', 'của', 'Ban', 'Chỉ đạo', 'Ủy ban', 'Hội đồng', 'quốc gia', 'x', 'ban hành'), { maxLength: 12 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(tail, tail, text)], { numRuns: 1000 })('the tail pre-tests hold wherever their patterns match', (t) => {
    SUBJECT_START.lastIndex = 0;
    expect(!TAIL_SUBJECT.test(t) || SUBJECT_START.test(t)).toBe(true);
    expect(hasNgayAtStart(t)).toBe(/^[\s\S]{0,3}Ngày/u.test(t));
    const BOARD = /(?:Ban\s+Chỉ\s+đạo|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng)(?:\s+(?:quốc\s+gia|Quốc\s+gia|Trung\s+ương|tỉnh|thành\s+phố|huyện|[\p{Lu}][\p{L}]*)){0,3}$/u;
    expect(!BOARD.test(t) || mayNameBoard(t)).toBe(true);
  });

  const before = fc.array(fc.constantFrom('khoản 2', 'Điều 5', 'điều 3a', 'ĐIỀU 1', 'điểm a', 'của', 'tại', ',', 'Luật', 'Bộ luật', 'Pháp lệnh', 'Thủy lợi', 'số', ':', ' ', '  ', '\n', 'x'), { maxLength: 12 })
    .map((a) => a.join(' '));
  test.prop([fc.oneof(before, before, text)], { numRuns: 1000 })('the pinpoint and named-act pre-tests hold wherever their patterns match', (t) => {
    expect(!PINPOINT.test(t) || mayHavePinpoint(t)).toBe(true);
    expect(!NAMED_ACT.test(t) || mayNameAct(t)).toBe(true);
  });

  const listHead = fc.array(fc.constantFrom('các', 'CÁC', 'Các', 'cÁc', 'những', 'NHỮNG', 'Quyết định', 'nghị quyết', 'của', 'Hội đồng nhân dân tỉnh', 'sau đây', ':', 'số', ' ', '\n', 'x'), { maxLength: 10 })
    .map((a) => a.join(' '));
  test.prop([fc.oneof(listHead, listHead, text)], { numRuns: 1000 })('the list-head pre-test holds wherever LIST_HEAD matches', (t) => {
    expect(!LIST_HEAD.test(t) || mayHeadList(t)).toBe(true);
  });

  const classes = [/\s/u, /[\p{L}\p{N}]/u, /[\s"(:.]|[liêntịchsố]/iu, /[\s;:(.)\-+•·a-zđ0-9]/u];
  test.prop([text, fc.integer({ min: 0, max: classes.length - 1 })], { numRuns: 1000 })('unitTest(re)(unit) is re.test of the unit', (t, k) => {
    const re = classes[k]!;
    const is = unitTest(re);
    for (let i = 0; i < t.length; i++) expect(is(t.charCodeAt(i))).toBe(re.test(t[i]!));
  });

  test.prop([fc.oneof(text, symbolish, symbolish)], { numRuns: 1000 })('mayStartSymbol holds wherever a symbol starts', (t) => {
    const at = new RegExp(SYMBOL, 'uy');
    for (let i = 0; i < t.length; i++) {
      at.lastIndex = i;
      if (at.test(t)) expect(mayStartSymbol(t, i)).toBe(true);
    }
  });
});

describe('segment fast paths', () => {
  // cells() as it was: every line sliced, scanned for columns, each piece trimmed.
  function cellsReference(t: string): Cell[] {
    const COLUMN_GAP = /\t+|(?<!ngày|:) {8,}/gu;
    const out: Cell[] = [];
    let start = 0;
    let line = 0;
    while (start <= t.length) {
      const nl = t.indexOf('\n', start);
      const end = nl === -1 ? t.length : nl;
      const lineText = t.slice(start, end);
      const pieces: [number, number][] = [];
      let from = 0;
      for (const m of lineText.matchAll(COLUMN_GAP)) {
        pieces.push([from, m.index]);
        from = m.index + m[0].length;
      }
      pieces.push([from, lineText.length]);
      let column = 0;
      for (const [a, b] of pieces) {
        const raw = lineText.slice(a, b);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (trimmed) out.push({ start: start + a + lead, end: start + a + lead + trimmed.length, text: trimmed, line, column: column++ });
      }
      if (nl === -1) break;
      start = nl + 1;
      line++;
    }
    return out;
  }
  const header = fc.array(fc.constantFrom('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'cộng hoà xã hội', 'CHỦ NGHĨA VIỆT NAM', 'chủ nghĩa việt nam', 'Tự do - Hạnh phúc', 'TỰ DO - HẠNH PHÚC', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 12/KH-UBND', 'Số:', 'Số: …/QĐ-UBND', 'Kế hoạch số 5/KH-SYT', 'Nghị quyết số: ', '/', 'ngày', 'ngày 12 tháng 3 năm', 'năm', ':', '\t', '\t\t', '        ', '         ', '   ', ' ', '\n', '\n', '\u00A0', '\u3000', '(Ban hành kèm theo Quyết định số 1)', '(kèm theo Kế hoạch số', 'Kèm'), { maxLength: 16 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(header, header, text)], { numRuns: 1000 })('cells: the lines and columns the plain split gives', (t) => {
    expect(cells(t)).toEqual(cellsReference(t));
  });
  const spaces = fc.array(fc.constantFrom(' ', '  ', '   ', '    ', '       ', '        ', 'x', '\t', '\n'), { maxLength: 30 }).map((a) => a.join(''));
  test.prop([fc.oneof(spaces, spaces, text), fc.nat(40)], { numRuns: 1000 })('indexOfGap is indexOf of eight spaces', (t, from) => {
    expect(indexOfGap(t, from)).toBe(t.indexOf('        ', from));
  });
  test.prop([fc.oneof(header, header, text)], { numRuns: 1000 })('the motto, annex and open-year pre-tests hold wherever their patterns match', (t) => {
    expect(!MOTTO.test(t) || mayBeMotto(t)).toBe(true);
    expect(!ANNEX.test(t) || mayBeAnnex(t)).toBe(true);
    expect(!OPEN_YEAR.test(t) || t.trimEnd().endsWith('năm')).toBe(true);
    expect(!NUMBER_LINE.test(t) || t.includes('/')).toBe(true);
    expect(!TYPED_NUMBER_LINE.test(t) || t.includes('/')).toBe(true);
  });
});

describe('identity fast paths', () => {
  const statement = fc.array(fc.constantFrom('Sở Y tế', 'sở', 'ſở', 'SỞ', 'đảng ủy', 'Trung tâm', 'viện', 'hội đồng', 'Văn phòng', 'cục', 'Tổng cục', 'bệnh viện', 'Công an', 'trường', 'Phòng', 'UBND huyện', 'ủy ban nhân dân', 'Ban', 'ban hành', 'xây dựng', 'Kế hoạch', 'kế hoạch', 'triển khai', 'về', 'và các', '(Sở)', ',', ';', '.', ':', '\n', ' ', '  ', '   ', '    ', '\u00A0', 'x', 'Căn cứ'), { maxLength: 24 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(statement, statement, text)], { numRuns: 1000 })('selfStatements: what matchAll(SELF_STATEMENT) finds', (t) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0], { ...m.groups }];
    expect([...selfStatements(t)].map(shape)).toEqual([...t.matchAll(SELF_STATEMENT)].map(shape));
  });
});

describe('resolve fast paths', () => {
  const names = fc.array(fc.constantFrom('Ủy ban nhân dân', 'thành phố', 'Thành phố', 'TP.', 'TP', 'Hà Nội', 'huyện', 'tỉnh', ',', ', ', ' ,', ' ', '  ', '\n', '\t', '\u00A0', '\u3000', 'x'), { maxLength: 12 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(names, names, text)], { numRuns: 1000 })('tidy: blanks made one space, spaces and commas cut at both ends', (t) => {
    expect(tidy(t)).toBe(t.replace(/\s+/gu, ' ').replace(/^[\s,]+|[\s,]+$/gu, ''));
    expect(collapseBlanks(t)).toBe(t.replace(/\s+/gu, ' '));
    NAMED_CITY.lastIndex = 0;
    expect(!NAMED_CITY.test(t) || mayNameCity(t)).toBe(true);
    NAMED_CITY.lastIndex = 0;
  });
  const agencies = fc.array(fc.constantFrom('UBND', 'HĐND', 'GD&ĐT', 'TƯ', 'TP.', 'TP.HCM', 'VP UBND', 'tỉnh', 'Sở', 'Bộ trưởng', 'Giám đốc', 'Chánh Văn phòng', 'Hiệu trưởng', 'Bộ Y tế', 'và', ',', ' ', 'U', 'B', 'Đ', 'x', '51-NQ/TW'), { maxLength: 10 })
    .map((a) => a.join(''));
  test.prop([fc.oneof(agencies, agencies, text)], { numRuns: 1000 })('the abbreviation and official pre-tests hold wherever their patterns match', (t) => {
    ABBREVIATION.lastIndex = 0;
    expect(!ABBREVIATION.test(t) || mayHaveAbbreviation(t)).toBe(true);
    OFFICIAL.lastIndex = 0;
    expect(!OFFICIAL.test(t) || mayNameOfficial(t)).toBe(true);
    OFFICIAL.lastIndex = 0;
  });
  test.prop([fc.oneof(names, text)], { numRuns: 1000 })('toUpperCase() is toLocaleUpperCase("vi") (titleCase uses the cheaper one)', (t) => {
    expect(t.toUpperCase()).toBe(t.toLocaleUpperCase('vi'));
  });
});

describe('key and code scans', () => {
  const keys = fc.string({ unit: fc.constantFrom('1', '/', '-', 'K', 'h', 'ß', 'đ', 'Đ', 'Ð', 'ð', 'ǆ', 'ﬀ', '\u2013', '\u2215', ' ', '\u00A0', 'e', '\u0301', 'İ', 'Σ', 'ệ', '\u00BF', '\u00C0', '\u024F', '\u0250', '\u1DFF', '\u1E00', '\u1EFF', '\u1F00', '\u0020', '\u0021', '\u007E', '\u007F', '𝐀', '\uD835'), maxLength: 12 });
  test.prop([fc.array(fc.oneof(keys, text), { maxLength: 4 })], { numRuns: 2000 })('hasTwoUpper counts what the spread and filter counted', (cs) => {
    const letters = cs.join('');
    expect(hasTwoUpper(cs)).toBe([...letters].filter((ch) => ch !== ch.toLowerCase()).length >= 2);
  });
  plainTest('hasTwoUpper: a surrogate pair split over two parts is one letter', () => {
    for (const cs of [['\uD801', '\uDC00'], ['A', '\uD801', '\uDC00'], ['\uD801\uDC00', 'b'], ['Đ', 'đ', 'Ð']]) {
      expect(hasTwoUpper(cs)).toBe([...cs.join('')].filter((ch) => ch !== ch.toLowerCase()).length >= 2);
    }
  });
  test.prop([fc.oneof(keys, text)], { numRuns: 2000 })('isPlainKey and isCleanCode are their patterns, negated', (t) => {
    expect(isPlainKey(t)).toBe(!NOT_PLAIN_KEY.test(t));
    expect(isCleanCode(t)).toBe(!NOT_CLEAN.test(t));
  });
});
