// Is a word a possible Vietnamese syllable? Used to score candidate decodings of legacy bytes:
// the right table yields "được", the wrong ones "®­îc", "ñöôïc" or "vieọt".

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// Onsets, longest first (ngh before ng before n).
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])';
// Nuclei that may close with a final consonant (ă and â must).
const CLOSABLE = '(?:uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uơ|uy|oo|[aăâeêioôơuưy])';
// Nuclei that end in a glide and take no final consonant.
const OPEN = '(?:oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyu|uya|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|ya|uơ|a|e|ê|i|o|ô|ơ|u|ư|y|oa|oe|uê|uy)';
const CODA = '(?:ch|nh|ng|[cmnpt])';
const SYLLABLE = new RegExp(`^${ONSET}?(?:${CLOSABLE}${CODA}|${OPEN})$`, 'u');

/** True for a lower- or upper-case Vietnamese syllable with at most one tone mark ("được", "NĂM", "Ủy"). */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(nfd.replace(TONE_MARKS, '').normalize('NFC'));
}

/** Frequent words of administrative Vietnamese that carry a diacritic: a right decoding is full of them. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'của', 'và', 'các', 'được', 'năm', 'ngày', 'tháng', 'thực', 'hiện', 'những', 'để', 'với', 'trên', 'này',
  'đã', 'có', 'là', 'về', 'số', 'định', 'quyết', 'căn', 'cứ', 'nhân', 'dân', 'tỉnh', 'huyện', 'xã', 'đơn',
  'vị', 'cơ', 'quan', 'trường', 'học', 'bộ', 'công', 'tác', 'kế', 'hoạch', 'việc', 'trong', 'đến', 'từ',
  'người', 'nội', 'dung', 'phát', 'triển', 'kinh', 'tế', 'hội', 'đồng', 'ủy', 'chủ', 'tịch', 'thủ', 'tướng',
]);
