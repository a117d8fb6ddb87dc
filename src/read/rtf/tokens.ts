// RTF's lexical layer: 7-bit text with control words (\par, \f2, \u7889), hex bytes (\'e9),
// control symbols (\~, \*, \\), group braces, and raw \binN data that is never text.

export type RtfToken =
  | { readonly kind: 'open' }
  | { readonly kind: 'close' }
  | { readonly kind: 'word'; readonly word: string; readonly param: number | null }
  | { readonly kind: 'hex'; readonly byte: number }
  | { readonly kind: 'symbol'; readonly symbol: string }
  | { readonly kind: 'text'; readonly text: string };

// A control word eats one space after it; bare line breaks in the source mean nothing.
const TOKEN = /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)/gy;
const OPEN: RtfToken = { kind: 'open' };
const CLOSE: RtfToken = { kind: 'close' };

/** The tokens of `source` (a Latin-1 string of the file's bytes); stops at the first byte no token starts with. */
export function* rtfTokens(source: string): Generator<RtfToken> {
  const token = new RegExp(TOKEN.source, TOKEN.flags);
  let m: RegExpExecArray | null;
  while (token.lastIndex < source.length && (m = token.exec(source)) !== null) {
    const [, word, param, hex, symbol, brace, text] = m;
    if (brace !== undefined) yield brace === '{' ? OPEN : CLOSE;
    else if (hex !== undefined) yield { kind: 'hex', byte: parseInt(hex, 16) };
    else if (text !== undefined) yield { kind: 'text', text };
    else if (symbol !== undefined) yield { kind: 'symbol', symbol };
    else if (word === 'bin') token.lastIndex += Math.max(0, param === undefined ? 0 : Number(param)); // raw binary data
    else if (word !== undefined) yield { kind: 'word', word, param: param === undefined ? null : Number(param) };
  }
}
