import { splitSymbol } from './_symbol-parts.js';
import { issuerTable } from './_tables.js';
import { cleanCode, foldCode, uniqueIndex, upperVi } from './_text.js';
import type { IssuerEntry } from './schema.js';
import { memoByString } from './_memo.js';

export type IssuerLevel = IssuerEntry['level'];

export interface IssuerCode {
  readonly code: string;
  readonly name: string;
  readonly level: IssuerLevel;
  readonly relative: boolean;
  readonly nameInCity?: string;
  readonly numbered?: boolean;
  readonly variants: readonly string[];
  readonly examples: readonly string[];
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly successor?: string;
  readonly note?: string;
}

const freeze = (code: string, e: IssuerEntry): IssuerCode =>
  Object.freeze({ ...e, code, variants: Object.freeze([...e.variants]), examples: Object.freeze([...e.examples]) });

/** Every issuer, in key order. */
export const ISSUER_CODES: readonly IssuerCode[] = Object.freeze(
  Object.entries(issuerTable).map(([code, e]) => freeze(code, e)),
);

const spellings = (i: IssuerCode): readonly string[] => [i.code, ...i.variants];
const byExact = uniqueIndex(ISSUER_CODES.flatMap((i) => spellings(i).map((s) => [s, i] as const)));
const byUpper = uniqueIndex(ISSUER_CODES.flatMap((i) => spellings(i).map((s) => [upperVi(s), i] as const)));
const byFold = uniqueIndex(ISSUER_CODES.flatMap((i) => spellings(i).map((s) => [foldCode(s), i] as const)));

const lookupPlain = (s: string): IssuerCode | undefined =>
  byExact.get(s) ?? byUpper.get(upperVi(s)) ?? byFold.get(foldCode(s));

/**
 * The issuer a code names. NFC; the key first, then the variants ("SGDDĐT" → SGDĐT), then
 * Vietnamese case ("ttg" → TTg), then without accents ("BGDDT" → BGDĐT), then without a trailing
 * number for codes that carry one ("QH14" → QH, "BCĐ138" → BCĐ).
 */
export function lookupIssuerCode(code: string): IssuerCode | undefined {
  return issuerOfCode(code);
}

const issuerOfCode = memoByString((code: string): IssuerCode | undefined => {
  const s = cleanCode(code);
  if (s === '') return undefined;
  const found = lookupPlain(s);
  if (found) return found;
  const stem = /^(.*\D)\d{1,4}$/u.exec(s)?.[1];
  const numbered = stem === undefined ? undefined : lookupPlain(stem);
  return numbered?.numbered ? numbered : undefined;
});

export interface SymbolIssuer {
  readonly code: string;
  readonly entry: IssuerCode;
}

/** Resolves components in order, joining a pair first ("SGD-ĐT", "PTC-KH"). */
function resolveComponents(comps: readonly string[]): SymbolIssuer[] {
  const found: SymbolIssuer[] = [];
  for (let i = 0; i < comps.length; i++) {
    const one = comps[i] ?? '';
    const next = comps[i + 1];
    const pair = next === undefined ? undefined : lookupIssuerCode(`${one}-${next}`);
    if (pair) {
      found.push({ code: pair.code, entry: pair });
      i++;
      continue;
    }
    const entry = lookupIssuerCode(one);
    if (entry) found.push({ code: entry.code, entry });
    else if (found.length === 0) return [];   // the issuer comes first; an unknown one is not guessed
  }
  return found;
}

/**
 * Every issuer a symbol names. Joint documents (TTLT, NQLT) name several: "01/2015/TTLT-BTC-BNV"
 * → BTC, BNV. Others name one, then perhaps a unit: "9745/QĐ-BCA-V05" → BCA.
 */
export function issuersOfSymbol(symbol: string): readonly SymbolIssuer[] {
  const { type, rest } = splitSymbol(symbol);
  const found = resolveComponents(rest);
  return type?.joint ? found : found.slice(0, 1);
}

/**
 * "124/2021/TT-BCA" → BCA; "51-NQ/TW" → TW; "586/UBND-NCTCD" → UBND; "43/2019/QH14" → QH;
 * "291/SGDDĐT-HCQT" → SGDĐT; "01/2015/TTLT-BTC-BNV" → BTC (the first; see issuersOfSymbol).
 */
export function issuerOfSymbol(symbol: string): SymbolIssuer | undefined {
  return issuersOfSymbol(symbol)[0];
}
