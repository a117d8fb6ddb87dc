import type { Span } from './span.js';

/**
 * Maps offsets in a derived text back to the text it was made from.
 * Built by the normalize steps as they edit; composed across steps.
 */
export interface OffsetMap {
  /** Length of the derived text. */
  readonly length: number;
  /** Where offset `i` of the derived text was in the original (0 <= i <= length). */
  toRawOffset(i: number): number;
  /** The smallest original span that holds everything `s` was made from. */
  toRaw(s: Span): Span;
}

/** The identity map, for text that was not changed. */
export const identityMap = (length: number): OffsetMap => ({
  length,
  toRawOffset: (i) => Math.max(0, Math.min(length, i)),
  toRaw: (s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }),
});
