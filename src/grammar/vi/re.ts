/** Builds a global, Unicode regex with group indices from a raw template: re`${L}ngày${R}`. */
export const re = (strings: TemplateStringsArray, ...parts: readonly (string | number)[]): RegExp =>
  new RegExp(String.raw({ raw: strings }, ...parts), 'gdu');


/** Escapes a literal for use inside a pattern. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literals, longest first so "Thông tư liên tịch" wins over "Thông tư". */
export const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
