/** A half-open range of UTF-16 offsets: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const span = (start: number, end: number): Span => ({ start, end });

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);

export const spanWithin = (outer: Span, inner: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
