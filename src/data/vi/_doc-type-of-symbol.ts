import type { DocType } from './_doc-types.js';
import { splitSymbol } from './_symbol-parts.js';

/**
 * The type part of a symbol: "3560/KH-SGDĐT" → Kế hoạch; "51-NQ/TW" → Nghị quyết;
 * "586/UBND-NCTCD" → undefined (a công văn has no type part: the caller decides).
 */
export function docTypeOfSymbol(symbol: string): DocType | undefined {
  return splitSymbol(symbol).type;
}
