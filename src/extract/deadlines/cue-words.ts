/**
 * The words every match of the cue-date, year, period, range and recurring patterns begins with
 * (a test checks each pattern against them). Found in one scan and shared: each pattern is then
 * tried only where one of them starts (wordStartsAt) instead of scanning the text itself, which
 * cost about as much as this scan each.
 */
// "trước" also as OCR misreads its vowel ("trưóc", "truớc"), as STRONG_CUE reads it.
export const FIRST_WORDS = /tr[ưu][ớóơoờ]c|chậm|muộn|không|hạn|thời|đến|trong|vào|cuối|hết|từ|hằng|hàng|định|báo/giu;
// A cycle "6 tháng một lần", "mỗi quý một lần" starts on its count or period word, which are
// everywhere ("ngày 5 tháng 6 năm 2024"): they count only in a text that says "một lần".
export const ONCE = /một\s{1,3}lần/iu;
export const ONCE_FIRST_WORDS = /mỗi|\d|một|hai|ba|bốn|sáu|mười|tuần|tháng|quý|năm/giu;

/**
 * Where the first words occur in `text`, in order (overlapping occurrences too). The plain
 * definition: the pipeline reads the faster cueIndex (cue-index.ts), tested against this.
 */
export function cueWordStarts(text: string): number[] {
  const out = scan(FIRST_WORDS, text);
  if (!ONCE.test(text)) return out;
  return [...new Set([...out, ...scan(ONCE_FIRST_WORDS, text)])].sort((a, b) => a - b);
}

function scan(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}
