import { DAY, isoDate, MONTH, quarterNumber, YEAR } from '../../grammar/vi/dates.js';
import { monthEnd, nextDayMonth, nextMonthYear, quarterEnd } from './calendar.js';
import type { Proposal, RuleInput } from './types.js';

// An activity table of a plan: a row per task, a "Thời gian (thực hiện)" / "Thời hạn" / "Tiến độ"
// column holding "Tháng 5/2024", "Quý III/2023", "Trước 30/6/2024", "15/10/2024", "Năm 2026". DOCX rows come as
// tab-joined cells, web tables as "|"-joined cells. A cell that is only a time, under such a
// header, dates the row's task: no cue word, no duty verb needed.
const HEADER_CELL = /^\s*(?:thời\s+(?:gian|hạn)|tiến\s+độ)(?![\p{L}])/iu;
/** How far above a row its table header may be. */
const HEADER_REACH = 80;
const CELL = new RegExp(
  String.raw`^\s*(?:(?<cue>trước|trong|chậm\s+nhất|đến\s+hết|đến|hoàn\s+thành\s+trước|hoàn\s+thành\s+trong)\s+)?(?:` +
    String.raw`(?:ngày\s+)?(?<d>${DAY})\s?[/.-]\s?(?<m>${MONTH})(?:\s?[/.-]\s?(?<y>${YEAR}))?` +
    String.raw`|tháng\s+(?<mm>${MONTH})(?:\s?/\s?(?<my>${YEAR})|\s+năm\s+(?<my2>${YEAR}))?` +
    String.raw`|quý\s+(?<q>IV|III|II|I|[1-4])(?:\s?/\s?(?<qy>${YEAR})|\s+năm\s+(?<qy2>${YEAR}))?` +
    String.raw`|năm\s+(?<yy>${YEAR})` +
    String.raw`)\s*[.;]?\s*$`,
  'iu',
);

interface Cell { readonly start: number; readonly end: number }

/** The cells of the line [from, to), split at `sep` (found by indexOf, not read unit by unit). */
function cellsOf(text: string, from: number, to: number, sep: string): Cell[] {
  const out: Cell[] = [];
  let s = from;
  for (let i = text.indexOf(sep, from); i >= 0 && i < to; i = text.indexOf(sep, i + 1)) {
    out.push({ start: s, end: i });
    s = i + 1;
  }
  out.push({ start: s, end: to });
  return out;
}

export function tableCells({ text, ref }: RuleInput): Proposal[] {
  if (!text.includes('\t') && !text.includes('|')) return [];
  const out: Proposal[] = [];
  let headerLine = -Infinity;
  let line = 0;
  // The next tab and bar at or after the line start, each found once: a search per line would be quadratic.
  let tab = text.indexOf('\t'), bar = text.indexOf('|');
  for (let from = 0; from <= text.length; line++) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (tab >= 0 && tab < from) tab = text.indexOf('\t', from);
    if (bar >= 0 && bar < from) bar = text.indexOf('|', from);
    const sep = tab >= 0 && tab < to ? '\t' : bar >= 0 && bar < to ? '|' : null;
    if (sep) {
      const cells = cellsOf(text, from, to, sep).filter((c) => text.slice(c.start, c.end).trim() !== '');
      if (cells.some((c) => HEADER_CELL.test(text.slice(c.start, c.end)))) headerLine = line;
      else if (line - headerLine <= HEADER_REACH && cells.length >= 2) {
        // The last cell that is only a time: the row's due date (a start date comes before it).
        for (let i = cells.length - 1; i >= 1; i--) {
          const p = read(text, cells[i]!, ref);
          if (p) {
            out.push(p);
            break;
          }
        }
      }
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

function read(text: string, cell: Cell, ref: RuleInput['ref']): Proposal | null {
  const raw = text.slice(cell.start, cell.end);
  const m = CELL.exec(raw);
  if (!m) return null;
  const g = m.groups ?? {};
  const lead = raw.length - raw.trimStart().length;
  const span = { start: cell.start + lead, end: cell.start + raw.trimEnd().length };
  const before = /^trước/iu.test(g.cue ?? '');
  let date: string | null = null;
  let written = true;
  let kind: Proposal['kind'] = 'absolute';
  if (g.d !== undefined) {
    written = g.y !== undefined;
    date = written ? isoDate(Number(g.y), Number(g.m), Number(g.d)) : ref ? nextDayMonth(ref, Number(g.m), Number(g.d)) : null;
    kind = written ? 'absolute' : 'partial';
  } else if (g.mm !== undefined) {
    if (before) return null; // "Trước tháng 5" in a cell: rare, and ambiguous
    const y = g.my ?? g.my2;
    written = y !== undefined;
    const yy = written ? Number(y) : ref ? nextMonthYear(ref, Number(g.mm)) : null;
    date = yy === null ? null : monthEnd(yy, Number(g.mm));
    kind = 'month';
  } else if (g.yy !== undefined) {
    // "Năm 2026": the year's last day ("Trước năm 2026": the last day before it).
    date = `${before ? Number(g.yy) - 1 : Number(g.yy)}-12-31`;
    kind = 'year';
  } else {
    const q = quarterNumber(g.q ?? '');
    if (q === null || before) return null;
    const y = g.qy ?? g.qy2;
    written = y !== undefined;
    const yy = written ? Number(y) : ref ? nextMonthYear(ref, q * 3) : null;
    date = yy === null ? null : quarterEnd(yy, q);
    kind = 'quarter';
  }
  if (!date) return null;
  return { rule: 'deadline/bang-thoi-gian', kind, date, rrule: null, span, dateSpan: span, yearInferred: !written, needsDuty: false, by: null };
}
