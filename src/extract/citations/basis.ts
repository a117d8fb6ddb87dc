import type { Span } from '../../doc/span.js';
import { matchesAtLineStarts } from '../../grammar/vi/re.js';

/**
 * A plan may list what it carries out under a heading of its own instead of a preamble:
 *
 *   I. CĂN CỨ XÂY DỰNG KẾ HOẠCH          1. Căn cứ pháp lý           I. CƠ SỞ PHÁP LÝ
 *   1. Quyết định số 924/QĐ-TTg …        - Luật …; - Nghị định số …  …
 *   II. MỤC ĐÍCH, YÊU CẦU                2. Sự cần thiết             II. …
 *
 * The section runs from the heading to the next heading of its level (the next Roman numeral, or
 * the next Arabic number after the heading's own).
 */
export const HEADING = /^[ \t]*(?:(?<roman>[IVX]{1,4})|(?<num>\d{1,2})|[A-D])[ \t]*[.)/-][ \t]*(?:CĂN CỨ(?:[ \t]+(?:PHÁP LÝ|XÂY DỰNG|BAN HÀNH|LẬP|ĐỂ XÂY DỰNG))?|CƠ SỞ(?:[ \t]+(?:PHÁP LÝ|XÂY DỰNG))|Căn cứ(?:[ \t]+(?:pháp lý|xây dựng|ban hành))|Cơ sở(?:[ \t]+(?:pháp lý|xây dựng)))(?![\p{L}\p{N}])[^\n]{0,60}$/gmu;
const ROMAN_LINE = /\n[ \t]*[IVX]{1,4}[ \t]*[.)/-][ \t]*\S/gu;
const MAX = 5000;

const HEADING_AT = new RegExp(HEADING.source, 'muy');
/** The words every HEADING match holds on its line. */
const HEADING_WORDS = ['CĂN CỨ', 'CƠ SỞ', 'Căn cứ', 'Cơ sở'];

/**
 * matchesAtLineStarts(HEADING, text), with HEADING tried only at the starts of lines holding one
 * of its words (a match stays on its line), found with indexOf. Text with line breaks other than
 * "\n" (which `^` follows too) takes the plain way.
 */
export function headingMatches(text: string): RegExpExecArray[] {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return matchesAtLineStarts(HEADING, text);
  const starts = new Set<number>();
  for (const w of HEADING_WORDS) {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + w.length)) starts.add(text.lastIndexOf('\n', k) + 1);
  }
  const out: RegExpExecArray[] = [];
  for (const at of [...starts].sort((x, y) => x - y)) {
    HEADING_AT.lastIndex = at;
    const m = HEADING_AT.exec(text);
    if (m) out.push(m);
  }
  return out;
}

/** The spans of the text that list the document's legal basis under a heading. */
export function findBasisSections(text: string): Span[] {
  const out: Span[] = [];
  for (const m of headingMatches(text)) {
    // A heading names the section; a sentence that cites or ends in a period is body text.
    if (/\d\/|\.\s*$|[;,]/u.test(m[0].slice(m[0].search(/[\p{L}]/u)))) continue;
    const start = m.index;
    const from = start + m[0].length;
    let end = Math.min(text.length, from + MAX);
    if (m.groups?.roman) {
      ROMAN_LINE.lastIndex = from;
      const next = ROMAN_LINE.exec(text);
      if (next && next.index < end) end = next.index;
    } else {
      const n = Number(m.groups?.num ?? NaN);
      const nextNum = Number.isNaN(n) ? null : new RegExp(String.raw`\n[ \t]*(?:${n + 1}[ \t]*[.)/-]|[IVX]{1,4}[ \t]*[.)/-])[ \t]*\S`, 'u');
      const rest = text.slice(from, end);
      const hit = nextNum?.exec(rest);
      if (hit) end = from + hit.index;
    }
    out.push({ start, end });
  }
  return out;
}
