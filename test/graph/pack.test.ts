/** The embedded store's compact evidence: what goes in comes out as the same object. */
import { describe, expect, it } from 'vitest';
import { type SourceRef, packEvidence, packProps, unpackEvidence, unpackProps } from '../../graph/embedded/pack.js';
import type { GraphEvidence } from '../../graph/model.js';

const src: SourceRef = { id: 7, sha256: 'ab'.repeat(32), file: 'in/a.docx' };
const ev = (over: Partial<GraphEvidence> = {}): GraphEvidence => ({
  file: src.file, sha256: src.sha256, span: { start: 3, end: 9 }, sourceSpan: { start: 4, end: 10 }, quote: 'Kế hoạch "số" 88\n', ...over,
});
const roundTrip = (e: GraphEvidence, s = src) => {
  const [text, id] = packEvidence(e, s);
  const row = id === null ? null : s;
  return { text, id, back: unpackEvidence(text, row?.sha256 ?? null, row?.file ?? null) };
};

describe('packed evidence', () => {
  it('names its file by source id and reads back the same object, key order included', () => {
    const { text, id, back } = roundTrip(ev());
    expect(id).toBe(7);
    expect(text).not.toContain(src.sha256);
    expect(JSON.stringify(back)).toBe(JSON.stringify(ev()));
  });

  it('keeps null spans and a null file', () => {
    const e = ev({ span: null, sourceSpan: null, file: null });
    expect(JSON.stringify(roundTrip(e, { ...src, file: null }).back)).toBe(JSON.stringify(e));
  });

  it('stores the whole object when the source row does not match or a span is unusual', () => {
    for (const [e, s] of [
      [ev({ file: 'elsewhere.pdf' }), src],
      [ev({ sha256: 'cd'.repeat(32) }), src],
      [ev({ span: { start: 1, end: 2, page: 3 } as GraphEvidence['span'] }), src],
    ] as const) {
      const { id, back } = roundTrip(e, s);
      expect(id).toBeNull();
      expect(back).toEqual(e);
    }
    const [text, id] = packEvidence(ev(), undefined);
    expect(id).toBeNull();
    expect(unpackEvidence(text, null, null)).toEqual(ev());
  });

  it('stores default props as NULL and reads them back', () => {
    expect(packProps({ pinpoints: [], via: null, authority: null })).toBeNull();
    expect(JSON.stringify(unpackProps(null))).toBe('{"pinpoints":[],"via":null,"authority":null}');
    const p = { pinpoints: ['Điều 9'], via: 'citation' as const, authority: null };
    expect(unpackProps(packProps(p))).toEqual(p);
  });
});
