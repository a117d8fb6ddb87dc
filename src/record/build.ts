import type { OffsetMap } from '../doc/offset-map.js';
import type { Span } from '../doc/span.js';
import type { Evidence } from './record.js';

/** Turns spans of the normalized text into evidence that points into the original input. */
export function evidenceMaker(raw: string, map: OffsetMap): (s: Span) => Evidence {
  return (s) => {
    const sourceSpan = map.toRaw(s);
    return { span: { start: s.start, end: s.end }, sourceSpan, quote: raw.slice(sourceSpan.start, sourceSpan.end) };
  };
}
