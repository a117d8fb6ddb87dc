import { docTypeByCode, type DocType } from './_doc-types.js';
import { cleanCode } from './_text.js';

/** A symbol split for table lookups (not a grammar: `grammar/vi/symbol.ts` finds symbols in text). */
export interface SymbolCodes {
  /** The type part, when the symbol has one: NQ in 51-NQ/TW, TT in 124/2021/TT-BCA. */
  readonly type: DocType | undefined;
  /** What follows the type: ["BCA", "V05"], ["UBND", "NCTCD"], ["TW"], ["QH14"]. */
  readonly rest: readonly string[];
}

const PARTY = /^\d*-([^/]+)\/(.+)$/u;
const NUMBER_OR_BLANK = /^[\d.…_]*$/u;

/**
 * "124/2021/TT-BCA" → TT + [BCA]; "51-NQ/TW" → NQ + [TW]; "586/UBND-NCTCD" → none + [UBND, NCTCD];
 * "43/2019/QH14" → none + [QH14]; "1234/QĐ.UBND" → QĐ + [UBND]; "/KH-SGDĐT" (a draft) → KH + [SGDĐT]; "qđ-ttg" → QĐ + [ttg].
 */
export function splitSymbol(symbol: string): SymbolCodes {
  const s = cleanCode(symbol).replace(/^số:?/iu, '');
  const party = PARTY.exec(s);
  if (party?.[1] && party[2]) {
    return { type: docTypeByCode(party[1]), rest: party[2].split(/[-/.]/u).filter((c) => c !== '') };
  }
  const parts = s.split('/');
  while (parts.length > 1 && NUMBER_OR_BLANK.test(parts[0] ?? '')) parts.shift();
  // A dot typed for the dash: "1234/QĐ.UBND".
  const comps = parts.join('-').split(/[-.]/u).filter((c) => c !== '');
  const first = comps[0];
  const type = comps.length >= 2 && first !== undefined ? docTypeByCode(first) : undefined;
  return { type, rest: type ? comps.slice(1) : comps };
}
