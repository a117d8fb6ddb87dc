/**
 * Word boundaries for Vietnamese. JavaScript's `\b` only knows ASCII, so "Căn cứ" has a
 * "boundary" after "C"; these lookarounds treat every letter and digit as a word character.
 */
export const L = String.raw`(?<![\p{L}\p{N}])`;
export const R = String.raw`(?![\p{L}\p{N}])`;
