/**
 * The words every match of the cue-date, year, period, range and recurring patterns begins with
 * (a test checks each pattern against them). Found in one scan and shared: each pattern is then
 * tried only where one of them starts (wordStartsAt) instead of scanning the text itself, which
 * cost about as much as this scan each.
 */
const FIRST_WORDS = /trước|chậm|muộn|không|hạn|thời|đến|trong|vào|cuối|hết|từ|hằng|hàng|định|báo/giu;

/** Where the first words occur in `text`, in order (overlapping occurrences too). */
export function cueWordStarts(text: string): number[] {
  const out: number[] = [];
  FIRST_WORDS.lastIndex = 0;
  for (let m = FIRST_WORDS.exec(text); m; m = FIRST_WORDS.exec(text)) {
    out.push(m.index);
    FIRST_WORDS.lastIndex = m.index + 1;
  }
  return out;
}
