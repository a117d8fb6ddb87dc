import { fromEdits, type Edit, type StepResult } from './edits.js';

/**
 * A year broken by a space inside a date, as PDF and web conversions leave it: "ngày 16/7/20 21",
 * "ngày 05 tháng 3 năm 20 19". Only a four-digit year 19xx/20xx split after its century, right
 * after a day and month (slash, dot or dash form, or "tháng m năm"), and followed by no digit or letter.
 */
const SPLIT = /(?<![\p{L}\p{N}])(?:\d{1,2}([/.-])\d{1,2}\1|tháng\s{1,3}\d{1,2}\s{0,3},?\s{0,3}năm\s{1,3})(?:19|20)( )\d\d(?![\p{L}\p{N}])/giu;

/** Whether "19 " or "20 " followed by two digits (as /(?:19|20) \d\d/u) is in `s`: literal searches, quicker than the pattern. */
export function hasSplitCentury(s: string): boolean {
  for (const century of ['19 ', '20 ']) {
    for (let i = s.indexOf(century); i !== -1; i = s.indexOf(century, i + 1)) {
      const a = s.charCodeAt(i + 3);
      const b = s.charCodeAt(i + 4);
      if (a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39) return true;
    }
  }
  return false;
}

/** Removes the space inside a year split in two within a date. */
export function joinSplitYears(input: string): StepResult {
  if (!hasSplitCentury(input)) return { text: input, edits: [] };
  const edits: Edit[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(input); m; m = SPLIT.exec(input)) {
    const space = m.index + m[0].length - 3;
    edits.push({ start: space, end: space + 1, insert: '' });
  }
  return fromEdits(input, edits);
}
