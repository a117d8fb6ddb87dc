import { fromEdits, type Edit, type StepResult } from './edits.js';

/**
 * A year broken by a space inside a date, as PDF and web conversions leave it: "ngày 16/7/20 21",
 * "ngày 05 tháng 3 năm 20 19". Only a four-digit year 19xx/20xx split after its century, right
 * after a day and month (slash, dot or dash form, or "tháng m năm"), and followed by no digit or letter.
 */
const SPLIT = /(?<![\p{L}\p{N}])(?:\d{1,2}([/.-])\d{1,2}\1|tháng\s{1,3}\d{1,2}\s{0,3},?\s{0,3}năm\s{1,3})(?:19|20)( )\d\d(?![\p{L}\p{N}])/giu;
const QUICK = /(?:19|20) \d\d/u;

/** Removes the space inside a year split in two within a date. */
export function joinSplitYears(input: string): StepResult {
  if (!QUICK.test(input)) return { text: input, edits: [] };
  const edits: Edit[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(input); m; m = SPLIT.exec(input)) {
    const space = m.index + m[0].length - 3;
    edits.push({ start: space, end: space + 1, insert: '' });
  }
  return fromEdits(input, edits);
}
