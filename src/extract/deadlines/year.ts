import { matchesAt, stickyOf } from './cue-index.js';
import { YEAR } from '../../grammar/vi/dates.js';
import { OBLIGATION } from './fragments.js';
import type { Proposal, RuleInput } from './types.js';

// A year alone as a due date: "hoàn thành trong năm 2025", "tổng kết vào năm 2010", "trước năm
// 2026" (the last day before it: 2025-12-31), "chậm nhất trong năm 2024", "đến hết năm 2025".
// The date is the year's last day, as a month gives its last day. A year is far more often a
// horizon ("phấn đấu đến năm 2030, 100% …", "đến năm 2025") or a period of a narrative ("Trong
// năm 2023, huyện đã …") than a due date, so: "đến năm" never counts, and a duty verb must
// govern the year closely, with no target in the clause.
const CUE = String.raw`(?<cue>trước|trong|vào|chậm\s{1,3}nhất(?:\s{1,3}(?:là|trong|vào))?|đến\s{1,3}hết)`;
// "rà soát hộ nghèo cuối năm 2023" names the year-end review; "vào cuối năm 2023", "đến cuối năm" date a duty.
export const PATTERN = new RegExp(String.raw`(?:${CUE}\s{1,3}(?:cả\s{1,3}|cuối\s{1,3})?|(?<cue2>đến)\s{1,3}cuối\s{1,3})năm\s{1,3}(?<y>${YEAR})(?![\p{L}\p{N}]|\s{0,2}[-–/]\s{0,2}\d|\s{1,3}(?:và|,)\s{1,3}(?:năm\s{1,3})?\d)`, 'giu');
const STICKY = stickyOf(PATTERN);
/** A duty verb ending right before the cue, perhaps with its object between (bounded). */
const VERB_BEFORE = new RegExp(String.raw`${OBLIGATION}(?:[^;:.\n]{0,70})?\s*$`, 'iu');
/** A quantity the year is the horizon of: "trong năm 2025, 100% xã …", "phấn đấu … đạt 95%". */
const TARGET_NEAR = /\d\s?%|phấn\s+đấu|chỉ\s+tiêu|mục\s+tiêu|(?:ít\s+nhất|tối\s+thiểu|trên|đạt)\s+\d/iu;
const LOOK_BACK = 90;
const LOOK_AHEAD = 120;

export function years({ text, cues }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const m of matchesAt(STICKY, text, cues.year, cues.rare)) {
    const g = m.groups ?? {};
    const y = Number(g.y);
    const start = m.index, end = start + m[0].length;
    const before = lineBefore(text, start);
    if (!VERB_BEFORE.test(before)) continue;
    const after = text.slice(end, Math.min(text.length, end + LOOK_AHEAD)).split(/[;\n]|\.\s/u)[0] ?? '';
    if (TARGET_NEAR.test(before) || TARGET_NEAR.test(after)) continue;
    const strictlyBefore = /^trước/iu.test(g.cue ?? '') && !/cuối/iu.test(m[0]);
    const yy = strictlyBefore ? y - 1 : y;
    out.push({
      rule: 'deadline/trong-nam',
      kind: 'year',
      date: `${yy}-12-31`,
      rrule: null,
      span: { start, end },
      dateSpan: { start: end - (g.y?.length ?? 4) - 4, end },
      yearInferred: false,
      needsDuty: true,
      by: null,
    });
  }
  return out;
}

/** Up to LOOK_BACK characters before `at`, not past the start of its clause or line. */
function lineBefore(text: string, at: number): string {
  const s = text.slice(Math.max(0, at - LOOK_BACK), at);
  const cut = Math.max(s.lastIndexOf('\n'), s.lastIndexOf(';'), s.lastIndexOf(':'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}
