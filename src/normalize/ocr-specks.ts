import type { Span } from '../doc/span.js';
import { fromEdits, type Edit, type StepResult } from './edits.js';
import { DANGLING } from './line-joins.js';

/*
 * A speck of scan noise at the end of a line reads as a full stop: "của Ban.\nThường vụ Huyện ủy",
 * "tăng cường lãnh.\nđạo", "Công văn số 586/UBND-NCTCD ngày.\n21/01/2021". Such a stop would end
 * the preamble's sentence early and cut a citation from its date. On OCR'd text only, a stop at a
 * line's end is dropped when no sentence can end there: the next line goes on in lower case, or
 * the word before it is one no sentence ends with.
 */
const LINE_END_STOP = /(?<=[\p{L}\p{N}])\.(?=[ \t]*\n[ \t]*(\S))/gu;
const LAST_WORD = /[\p{L}]+$/u;

export function dropOcrSpecks(input: string, regions: readonly Span[]): StepResult {
  const edits: Edit[] = [];
  for (const m of input.matchAll(LINE_END_STOP)) {
    const at = m.index;
    if (!regions.some((r) => r.start <= at && at < r.end)) continue;
    const next = m[1]!;
    const before = LAST_WORD.exec(input.slice(Math.max(0, at - 30), at))?.[0] ?? '';
    const lowerNext = /\p{Ll}/u.test(next);
    // "ngày." before the date it names; a dangling word ("của", "Ban") before anything.
    if (lowerNext || DANGLING.test(before) || (before === 'ngày' && /\d/u.test(next))) edits.push({ start: at, end: at + 1, insert: '' });
  }
  return fromEdits(input, edits);
}
