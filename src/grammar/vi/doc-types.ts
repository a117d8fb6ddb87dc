import { TYPE_WORDS } from '../../data/vi/index.js';
import { alternation } from './re.js';

/** Short forms written before "số" in running text: "QĐ số 12/QĐ-UBND", "CV số 45/UBND-VX". */
const SHORT_TYPE_WORDS = ['QĐ', 'KH', 'CV', 'NQ', 'CT', 'TT', 'NĐ', 'TB', 'HD', 'BC'];

/** Any type word: "Thông tư liên tịch", "Kế hoạch", "Công văn", ... (match case-insensitively). */
export const TYPE_WORD = alternation(TYPE_WORDS);
export const SHORT_TYPE_WORD = alternation(SHORT_TYPE_WORDS);
/** The longest a TYPE_WORD or SHORT_TYPE_WORD match can be, in UTF-16 units (each letter folds to one unit). */
export const MAX_TYPE_WORD_LENGTH = Math.max(...TYPE_WORDS.map((w) => w.length), ...SHORT_TYPE_WORDS.map((w) => w.length));

export const SHORT_TYPE_NAMES: Readonly<Record<string, string>> = {
  QĐ: 'Quyết định', KH: 'Kế hoạch', CV: 'Công văn', NQ: 'Nghị quyết', CT: 'Chỉ thị',
  TT: 'Thông tư', NĐ: 'Nghị định', TB: 'Thông báo', HD: 'Hướng dẫn', BC: 'Báo cáo',
};
