import { docTypeByCode, lookupIssuerCode } from '../data/vi/index.js';
import { looksLikeSymbol, parseSymbol } from '../grammar/vi/symbol.js';
import { fromEdits, type Edit, type StepResult } from './edits.js';

/**
 * OCR confusions inside số hiệu, repaired only on text that came from OCR: "I18-KH/ĐUCA" (I for
 * 1), "l24/2021/TT-BCA" (l for 1), "1O/KH-UBND" (O for 0), "03/C1-BCA-V28" (1 for T), "KH/DUCA"
 * (D for Đ), "124/2021/TI-BCA" (I for T), "118KH/ĐUCA" (dropped hyphen), "03CT-BCA" (dropped slash),
 * "124/2021/TT:BCA" (a hyphen read as a colon). A repair is kept only
 * when every code it changes becomes a known type or issuer code, so born-digital text, where a
 * symbol is what it says, never goes through here.
 */

// A token starting with a number that may have I/l/O in it, then code-like parts.
// A colon between parts is a hyphen OCR misread ("124/2021/TT:BCA").
const TOKEN = /(?<![\p{L}\p{N}/.,-])(?=[IlOo\d]{0,5}\d)[IlOo\d]{1,6}(?:[-/:]?[\p{L}\p{N}&]{1,16}){1,7}(?![\p{L}\p{N}&])/gu;
const NUMBERISH = /^[IlOo\d]{1,6}/u;

const isKnown = (code: string): boolean => docTypeByCode(code) !== undefined || lookupIssuerCode(code) !== undefined;

// Look-alikes OCR swaps inside codes; each is tried one at a time, then in pairs.
const SWAPS: Readonly<Record<string, readonly string[]>> = {
  '1': ['T', 'I'],
  '0': ['O', 'Đ'],
  '8': ['B'],
  '5': ['S'],
  D: ['Đ'],
  I: ['T'],
  l: ['I', 'T'],
};

/** The known code a damaged component stands for, or null. */
export function repairCode(code: string): string | null {
  if (isKnown(code) || code.length > 10) return null;
  const chars = [...code];
  const spots = chars.flatMap((c, i) => (SWAPS[c] ? [i] : []));
  const variants = (at: readonly number[], base: readonly string[]): string[] => {
    if (at.length === 0) return [base.join('')];
    const [i, ...rest] = at as [number, ...number[]];
    return SWAPS[base[i]!]!.flatMap((s) => variants(rest, base.with(i, s)));
  };
  for (const size of [1, 2]) {
    for (let a = 0; a < spots.length; a++) {
      const picks = size === 1 ? [[spots[a]!]] : spots.slice(a + 1).map((b) => [spots[a]!, b]);
      for (const p of picks) {
        const hit = variants(p, chars).find(isKnown);
        if (hit) return hit;
      }
    }
  }
  return null;
}

/** The repaired symbol, or null when the token is not a damaged symbol we can vouch for. */
export function repairSymbol(token: string): string | null {
  const run = NUMBERISH.exec(token)?.[0] ?? '';
  const number = run.replace(/[Il]/gu, '1').replace(/[Oo]/gu, '0');
  let rest = token.slice(run.length);
  const afterColon = [...rest.matchAll(/:([\p{L}\p{N}&]+)/gu)].map((m) => m[1]!);
  // Only a code may follow a misread hyphen: "15/QĐ-UBND:Về" is a symbol and a heading.
  if (afterColon.some((c) => !isKnown(c) && !repairCode(c))) return null;
  const colon = afterColon.length > 0;
  rest = rest.replace(/:(?=[\p{L}\p{N}])/gu, '-');
  if (rest === '' || !/\d/u.test(number)) return null;
  if (!/^[-/]/u.test(rest)) {
    // Dropped separator: "118KH/ĐUCA" (Party: number-type/issuer), "03CT-BCA" (state: number/type-issuer).
    const first = /^[\p{L}\p{N}&]+(?=([-/]))/u.exec(rest);
    if (!first || !(isKnown(first[0]) || repairCode(first[0]))) return null;
    rest = (first[1] === '/' ? '-' : '/') + rest;
  }
  const parts = rest.split(/([-/])/u); // ['', sep, comp, sep, comp ...]
  let changedCode = colon;
  for (let i = 2; i < parts.length; i += 2) {
    const comp = parts[i]!;
    if (/^(?:19|20)\d\d$/u.test(comp) && i === 2) continue; // the year
    const fixed = repairCode(comp);
    if (fixed) {
      parts[i] = fixed;
      changedCode = true;
    }
  }
  const out = number + parts.join('');
  if (out === token || !out.includes('/')) return null;
  const sym = parseSymbol(out);
  if (!sym || !looksLikeSymbol(sym, isKnown)) return null;
  // A number repair alone must still land on a symbol with a known code.
  if (!changedCode && !sym.components.some(isKnown)) return null;
  return out;
}

/** Repairs OCR-damaged symbols where `inScope(start, end)` says the text came from OCR. */
export function repairOcrSymbols(input: string, inScope: (start: number, end: number) => boolean = () => true): StepResult {
  const edits: Edit[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(input); m; m = TOKEN.exec(input)) {
    const start = m.index, end = start + m[0].length;
    if (!inScope(start, end)) continue;
    const fixed = repairSymbol(m[0]);
    if (fixed) edits.push({ start, end, insert: fixed });
  }
  return fromEdits(input, edits);
}
