import { SHORT_TYPE_NAMES, SHORT_TYPE_WORD, TYPE_WORD } from '../../grammar/vi/doc-types.js';
import { canonicalTypeWord } from '../../data/vi/index.js';

/** What stands before a symbol: "Điều 9 Thông tư số ", "Kế hoạch ", "Công văn số ". */
export interface Head {
  readonly type: string | null;
  /** Offset where the citation starts (the type word, or the symbol when there is none). */
  readonly start: number;
  readonly pinpoint: string | null;
}

const WINDOW = 90;
// Type word, optional "số"/"số:", then the symbol; a quote or "(" may sit in between.
const HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<type>${TYPE_WORD})|(?<short>${SHORT_TYPE_WORD}))(?:\s+(?:liên\s+tịch))?[\s"(]*(?:(?:số|Số|SỐ)\s*[:.]?\s*)?["(]?\s*$`,
  'du',
);
const HEAD_I = new RegExp(HEAD.source, 'diu');
// "khoản 2 Điều 5 " / "điểm a khoản 1 Điều 3 của " before the type word.
const PINPOINT = /(?<![\p{L}\p{N}])(?<pin>(?:[Đđ]iểm\s+[a-zđ]\s*,?\s*)?(?:[Kk]hoản\s+\d{1,3}\s*,?\s*)?(?:Điều|điều|ĐIỀU)\s+\d{1,3}[a-zđ]?)\s*,?\s*(?:của\s+|tại\s+)?$/du;

/** Reads the type word and pinpoint that end right before `symbolStart`. */
export function readHead(text: string, symbolStart: number): Head {
  const from = Math.max(0, symbolStart - WINDOW);
  const window = text.slice(from, symbolStart);
  const m = HEAD.exec(window) ?? HEAD_I.exec(window);
  if (!m?.indices) return { type: null, start: symbolStart, pinpoint: null };
  const start = from + m.index;
  const word = m.groups?.type ?? null;
  const short = m.groups?.short ?? null;
  const type = word ? canonicalTypeWord(word) ?? null : short ? SHORT_TYPE_NAMES[short] ?? null : null;
  const pin = PINPOINT.exec(text.slice(Math.max(0, start - 60), start));
  return { type, start, pinpoint: pin?.groups?.pin?.replace(/\s+/gu, ' ') ?? null };
}
