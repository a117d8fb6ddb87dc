import type { Span } from '../doc/span.js';
import { placeDateAbove, readHeader, type Header } from './header.js';
import { cells, type Cell } from './lines.js';
import { readPreamble } from './preamble.js';
import { readRecipients, type Recipients } from './recipients.js';
import { readSignature, type SignatureBlock } from './signature.js';
import { readTitle, type Title } from './title.js';

export type { Cell } from './lines.js';
export type { Header, NumberLine, PlaceDate } from './header.js';
export type { Title } from './title.js';
export type { SignatureBlock } from './signature.js';
export type { Recipients } from './recipients.js';
export { isAllCaps } from './lines.js';

/** The anatomy of one document: where each part of it lies in the normalized text. */
export interface Segmented {
  readonly text: string;
  readonly cells: readonly Cell[];
  readonly header: Header;
  readonly title: Title | null;
  /** Paragraphs of the preamble (Căn cứ / Thực hiện / …). */
  readonly preamble: readonly Span[];
  /** From the first section to the closing (signature / Nơi nhận). */
  readonly body: Span;
  readonly recipients: Recipients;
  readonly signature: SignatureBlock | null;
}

/** Splits a normalized document into its parts. Missing parts are null, never guessed. */
export function segment(text: string): Segmented {
  const all = cells(text);
  const header = readHeader(all);
  // Below a recognised number or date line a heading may share its line with the subject.
  const title = readTitle(all, 0, header.numberLine || header.placeDate ? header.end : Infinity);
  const { spans: preamble, bodyStart } = readPreamble(all, title?.end ?? 0);
  const recipients = readRecipients(all);
  const closing = Math.min(recipients.noiNhan?.start ?? text.length, text.length);
  const signature = readSignature(all, bodyStart, text.length);
  const bodyEnd = Math.min(closing, signature?.authority?.start ?? signature?.title?.start ?? text.length);
  const signStart = signature?.authority?.start ?? signature?.title?.start;
  const closingDate = header.placeDate || signStart === undefined ? null : placeDateAbove(all, signStart);
  return {
    text,
    cells: all,
    header: closingDate ? { ...header, placeDate: closingDate } : header,
    title,
    preamble,
    body: { start: Math.min(bodyStart, bodyEnd), end: Math.max(bodyStart, bodyEnd) },
    recipients,
    signature,
  };
}
