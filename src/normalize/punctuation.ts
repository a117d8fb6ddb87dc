import { replaceMatches, type StepResult } from './edits.js';

// Hyphens, dashes, minus signs; double quotes; single quotes and primes; slashes.
const PUNCT = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2018\u2019\u201A\u201B\u2032\u2044\u2215\uFF0F]/gu;

export const PUNCTUATION_ASCII: Readonly<Record<string, string>> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u2044': '/', '\u2215': '/', '\uFF0F': '/',
};

/**
 * Dash, quote and slash variants become their ASCII forms, one character for one, so grammar
 * rules spell only "-", '"', "'" and "/". The ellipsis "…" is kept: it is one character either way.
 */
export const unifyPunctuation = (input: string): StepResult =>
  replaceMatches(input, PUNCT, (m) => PUNCTUATION_ASCII[m[0]] ?? '-');
