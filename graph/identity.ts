/**
 * Document identity and the merge rule. Pure: no store, no I/O; the stores call these.
 *
 * A numbered document is keyed `<số hiệu, canonical>|<year>|<issuer, normalized>`; the same
 * số hiệu recurs across issuers and years (88/KH-UBND exists in many provinces), so the number
 * alone never identifies a document. Year = the symbol's year part (124/2021/TT-BCA), else the
 * date's year. An unknown part is left empty: "88/KH-UBND|2022|".
 *
 * Two identities AGREE when: the canonical numbers are equal, both years are known and equal,
 * their dates do not contradict (one is a prefix of the other), and their issuers do not
 * contradict (unknown on one side, or one contains the other as whole words: "Ủy ban nhân dân
 * thành phố" agrees with "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Bộ Công an" with "Bộ trưởng
 * Bộ Công an").
 *  - an ingested document absorbs every stub that agrees with it;
 *  - a citation goes to the node with its own key if there is one, else to the single best
 *    agreeing ingested document, else to the single best agreeing stub that knows at least as
 *    much (issuer, date), else it becomes a new stub. A tie is ambiguous: a new stub.
 *  - two ingested documents merge only when their keys are equal (same number, year, issuer):
 *    the DOCX and the PDF of one letter become one Document with two source files.
 * An unnumbered document (a draft) is keyed by what it says about itself: type, symbol, date,
 * issuer and subject; with none of those, by its bytes.
 */
import { createHash } from 'node:crypto';
import { expandAgencyAbbreviations } from '../src/data/vi/index.js';
import { canonicalKey, parseSymbol } from '../src/grammar/vi/symbol.js';
import { placeTonesNewStyle } from '../src/normalize/tone-placement.js';
import type { DocIdentity, DocKey } from './model.js';

/** What the rule needs to know about one document, ingested or cited. */
export interface IdentityInput {
  readonly number: string;
  readonly date: string | null;
  readonly issuer: string | null;
}

const PARENTHESIS = /\s*\([^)]*\)\s*/gu;
const NON_WORD = /[^\p{L}\p{N}&]+/gu;

// Issuers repeat across thousands of records: remember the last few thousand keys.
const ISSUER_KEYS = new Map<string, string | null>();

/** "UBND Thành phố Hồ Chí Minh" → "ủy ban nhân dân thành phố hồ chí minh"; null when nothing is left. */
export function issuerKey(issuer: string | null): string | null {
  if (!issuer) return null;
  const known = ISSUER_KEYS.get(issuer);
  if (known !== undefined) return known;
  if (ISSUER_KEYS.size >= 4096) ISSUER_KEYS.clear();
  const key = computeIssuerKey(issuer);
  ISSUER_KEYS.set(issuer, key);
  return key;
}

function computeIssuerKey(issuer: string): string | null {
  const expanded = expandAgencyAbbreviations(issuer.normalize('NFC')).replace(PARENTHESIS, ' ');
  const s = placeTonesNewStyle(expanded).text.toLocaleLowerCase('vi').replace(NON_WORD, ' ').trim();
  return s.length > 0 ? s : null;
}

/** The year part of the symbol, else the year of the date. */
export function yearOf(number: string, date: string | null): string | null {
  return parseSymbol(number)?.year ?? (date ? date.slice(0, 4) : null);
}

/** The identity of a numbered document (a citation or an ingested document with a số hiệu). */
export function identityOf(input: IdentityInput, stub: boolean): DocIdentity {
  const canonicalNumber = canonicalKey(input.number);
  const year = yearOf(input.number, input.date);
  const issuer = issuerKey(input.issuer);
  return { key: `${canonicalNumber}|${year ?? ''}|${issuer ?? ''}`, canonicalNumber, year, date: input.date, issuer, stub };
}

const hash12 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** The key of a document without a số hiệu: what it says about itself, else its bytes. */
export function unnumberedKey(doc: {
  readonly type: string | null;
  readonly symbol: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly subject: string | null;
  readonly sha256: string;
}): DocKey {
  const issuer = issuerKey(doc.issuer);
  const subject = doc.subject ? doc.subject.normalize('NFC').toLocaleLowerCase('vi').replace(NON_WORD, ' ').trim() : '';
  const said = [doc.type ?? '', doc.symbol ?? '', doc.date ?? '', issuer ?? '', subject];
  const basis = subject || doc.symbol ? said.join('|') : `bytes|${doc.sha256}`;
  return `unnumbered|${doc.date?.slice(0, 4) ?? ''}|${issuer ?? ''}|${hash12(basis)}`;
}

const containsWords = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);

const issuersAgree = (a: string | null, b: string | null): boolean =>
  a === null || b === null || containsWords(a, b) || containsWords(b, a);

const datesAgree = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a.startsWith(b) || b.startsWith(a);

/** How well two identities agree: null when they contradict, else a score (issuer 4, date 2, year 1). */
export function agreement(a: DocIdentity, b: DocIdentity): number | null {
  if (a.canonicalNumber === null || a.canonicalNumber !== b.canonicalNumber) return null;
  if (a.year === null || b.year === null || a.year !== b.year) return null;
  if (!datesAgree(a.date, b.date) || !issuersAgree(a.issuer, b.issuer)) return null;
  return (a.issuer !== null && a.issuer === b.issuer ? 4 : 0) + (a.date !== null && a.date === b.date ? 2 : 0) + 1;
}

/** The single best-scoring candidate, or null when there is none or the best is tied. */
function uniqueBest(incoming: DocIdentity, candidates: readonly DocIdentity[]): DocIdentity | null {
  let best: DocIdentity | null = null;
  let bestScore = -1;
  let tied = false;
  for (const c of candidates) {
    const score = agreement(incoming, c);
    if (score === null) continue;
    if (score > bestScore) [best, bestScore, tied] = [c, score, false];
    else if (score === bestScore) tied = true;
  }
  return tied ? null : best;
}

const knowsAsMuch = (node: DocIdentity, incoming: DocIdentity): boolean =>
  (incoming.issuer === null || node.issuer !== null) && (incoming.date === null || node.date !== null);

/** Where a citation goes: an existing node's key, or its own key for a new stub. */
export function resolveCitation(incoming: DocIdentity, existing: readonly DocIdentity[]): { key: DocKey; isNew: boolean } {
  if (existing.some((e) => e.key === incoming.key)) return { key: incoming.key, isNew: false };
  const ingested = uniqueBest(incoming, existing.filter((e) => !e.stub));
  if (ingested) return { key: ingested.key, isNew: false };
  const stub = uniqueBest(incoming, existing.filter((e) => e.stub && knowsAsMuch(e, incoming)));
  if (stub) return { key: stub.key, isNew: false };
  return { key: incoming.key, isNew: true };
}

/** The stubs an ingested document absorbs: every stub (with another key) that agrees with it. */
export function stubsAbsorbedBy(ingested: DocIdentity, existing: readonly DocIdentity[]): DocKey[] {
  return existing
    .filter((e) => e.stub && e.key !== ingested.key && agreement(ingested, e) !== null)
    .map((e) => e.key)
    .sort();
}
