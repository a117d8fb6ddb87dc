/** How relationship props and evidence are stored as text, and read back as the same objects. */
import type { Span } from '../../src/doc/span.js';
import type { GraphEvidence, RelProps } from '../model.js';

/** Most relationships carry no props: stored as NULL. */
export const packProps = (p: RelProps): string | null =>
  p.pinpoints.length === 0 && p.via === null && p.authority === null ? null : JSON.stringify(p);

export const unpackProps = (s: string | null): RelProps =>
  s === null ? { pinpoints: [], via: null, authority: null } : (JSON.parse(s) as RelProps);

/** A row of `sources`: evidence from that file refers to it by id instead of repeating the file and its sha256. */
export interface SourceRef {
  readonly id: number;
  readonly sha256: string;
  readonly file: string | null;
}

const plain = (s: Span | null): boolean =>
  s === null || (typeof s.start === 'number' && typeof s.end === 'number' && Object.keys(s).length === 2);

/**
 * [text, source id]: `[start, end, sourceStart, sourceEnd, quote]` when `src` is the evidence's file
 * (a third of the bytes); otherwise the whole object as JSON and no source.
 */
export function packEvidence(e: GraphEvidence, src: SourceRef | undefined): [string, number | null] {
  if (!src || src.sha256 !== e.sha256 || src.file !== e.file || !plain(e.span) || !plain(e.sourceSpan)) return [JSON.stringify(e), null];
  const at = (s: Span | null) => (s === null ? 'null,null' : `${s.start},${s.end}`);
  return [`[${at(e.span)},${at(e.sourceSpan)},${JSON.stringify(e.quote)}]`, src.id];
}

export type Packed = [number | null, number | null, number | null, number | null, string];

/** The evidence object as it was given to packEvidence; `sha256` and `file` are the source row's (null without one). */
export const unpackEvidence = (text: string, sha256: string | null, file: string | null): GraphEvidence =>
  evidenceOf(JSON.parse(text) as Packed | GraphEvidence, sha256, file);

/** unpackEvidence on a value already parsed (many at once: one JSON.parse for a whole list). */
export function evidenceOf(value: Packed | GraphEvidence, sha256: string | null, file: string | null): GraphEvidence {
  if (!Array.isArray(value) || sha256 === null) return value as GraphEvidence;
  const [s, e, ss, se, quote] = value;
  return {
    file, sha256,
    span: s === null || e === null ? null : { start: s, end: e },
    sourceSpan: ss === null || se === null ? null : { start: ss, end: se },
    quote,
  };
}
