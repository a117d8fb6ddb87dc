import { isoDate } from '../../grammar/vi/dates.js';
import { nextDayMonth } from './calendar.js';
import { matchesAt, stickyOf } from './cue-index.js';
import { dateAt, readDate } from './fragments.js';
import type { Proposal, RuleInput } from './types.js';

// "(trong thời gian) từ ngày 01/10 đến (hết) ngày 15/10/2023": the duty is due at the end. A range
// is also how events are written, so it only counts beside an obligation verb.
export const PATTERN = new RegExp(
  String.raw`(?:trong\s{1,3}thời\s{1,3}gian\s{1,3})?từ\s{1,3}(?:ngày\s{1,3})?${dateAt('a')}\s{0,3}(?:đến|tới|-)\s{0,3}(?:hết\s{1,3})?(?<ngay>ngày\s{1,3})?${dateAt('b')}`,
  'gdiu',
);
const STICKY = stickyOf(PATTERN);

export function ranges({ text, ref, cues }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const m of matchesAt(STICKY, text, cues.range, cues.rare)) {
    const g = m.groups ?? {};
    const gi = m.indices?.groups;
    const b = readDate(g, 'b');
    const a = readDate(g, 'a');
    if (!a || !b || a.m === null || b.m === null) continue;
    const y = b.y ?? a.y;
    const date = y !== null ? isoDate(y, b.m, b.d) : ref ? nextDayMonth(ref, b.m, b.d) : null;
    if (!date) continue;
    const start = m.index, end = start + m[0].length;
    const dateStart = (gi?.ngay ?? gi?.db ?? gi?.eb)?.[0] ?? start;
    out.push({
      rule: 'deadline/tu-ngay-den-ngay',
      kind: y !== null ? 'absolute' : 'partial',
      date,
      rrule: null,
      span: { start, end },
      dateSpan: { start: dateStart, end },
      yearInferred: y === null,
      needsDuty: true,
      by: null,
    });
  }
  return out;
}
