/** How relationship props and evidence are stored as text, and read back as the same objects. */
import type { GraphEvidence, RelProps } from '../model.js';

/** Most relationships carry no props: stored as NULL. */
export const packProps = (p: RelProps): string | null =>
  p.pinpoints.length === 0 && p.via === null && p.authority === null ? null : JSON.stringify(p);

export const unpackProps = (s: string | null): RelProps =>
  s === null ? { pinpoints: [], via: null, authority: null } : (JSON.parse(s) as RelProps);

export const packEvidence = (e: GraphEvidence): string => JSON.stringify(e);

export const unpackEvidence = (s: string): GraphEvidence => JSON.parse(s) as GraphEvidence;
