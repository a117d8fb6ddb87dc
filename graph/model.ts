/**
 * The graph model: what the stores hold and what every query and export hands out.
 *
 *   (:Document)-[:IMPLEMENTS|CITES]->(:Document)      preamble/title/body citations, and links
 *                                                     stated between two cited documents
 *   (:Document)-[:ISSUED_BY]->(:Agency)   -[:SENT_TO]->(:Agency)   -[:SIGNED_BY]->(:Person)
 *   (:Document)-[:HAS_DEADLINE]->(:Deadline)   -[:HAS_TARGET]->(:Target)
 *
 * A Document is either ingested (read from one or more files) or a stub (only cited so far).
 * Keys are plain strings built by graph/identity.ts; every relationship carries its evidence.
 */
import type { Span } from '../src/doc/span.js';

export type DocKey = string;

export const NODE_LABELS = ['Document', 'Agency', 'Person', 'Deadline', 'Target'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = ['IMPLEMENTS', 'CITES', 'ISSUED_BY', 'SIGNED_BY', 'SENT_TO', 'HAS_DEADLINE', 'HAS_TARGET'] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Where a fact was read: the source file, the span in the normalized and original text, the quote. */
export interface GraphEvidence {
  readonly file: string | null;
  readonly sha256: string;
  /** null when the record names the fact without a span (e.g. a recipient line). */
  readonly span: Span | null;
  readonly sourceSpan: Span | null;
  readonly quote: string;
}

/** One file a Document was read from: the same document as DOCX and PDF has two. */
export interface SourceFile {
  readonly sha256: string;
  readonly file: string | null;
}

export interface DocumentProps {
  /** số hiệu as written (124/2021/TT-BCA); null for an unnumbered draft. */
  readonly number: string | null;
  /** canonicalKey(number): what a user's typed symbol is matched against. */
  readonly canonicalNumber: string | null;
  readonly year: string | null;
  readonly date: string | null;
  readonly type: string | null;
  readonly issuer: string | null;
  readonly subject: string | null;
  /** true while the document is only cited; false once a file of it has been ingested. */
  readonly stub: boolean;
  /** a short human label: "Kế hoạch 88/KH-UBND (2022-04-29)". */
  readonly label: string;
  /** sorted by sha256; empty for a stub. */
  readonly files: readonly SourceFile[];
}

export interface AgencyProps { readonly name: string }
export interface PersonProps { readonly name: string; readonly title: string | null }

export interface DeadlineProps {
  readonly document: DocKey;
  readonly date: string | null;
  readonly rrule: string | null;
  readonly kind: 'absolute' | 'partial' | 'month' | 'quarter' | 'year' | 'recurring';
  readonly action: string | null;
  readonly actor: string | null;
  readonly recipient: string | null;
  readonly text: string;
}

export interface TargetProps {
  readonly document: DocKey;
  readonly value: number;
  readonly unit: string | null;
  readonly comparator: '=' | '>=' | '<=';
  readonly measure: string | null;
  readonly text: string;
}

export type GraphNode =
  | { readonly label: 'Document'; readonly key: DocKey; readonly props: DocumentProps }
  | { readonly label: 'Agency'; readonly key: string; readonly props: AgencyProps }
  | { readonly label: 'Person'; readonly key: string; readonly props: PersonProps }
  | { readonly label: 'Deadline'; readonly key: string; readonly props: DeadlineProps }
  | { readonly label: 'Target'; readonly key: string; readonly props: TargetProps };

/** Relationship properties; only CITES/IMPLEMENTS have pinpoints, only SIGNED_BY an authority. */
export interface RelProps {
  /** article pinpoints ("Điều 9") on CITES/IMPLEMENTS; empty otherwise. */
  readonly pinpoints: readonly string[];
  /** how the relation was stated: 'citation' (the document's own citation), 'link' (between two cited documents), or null. */
  readonly via: 'citation' | 'link' | null;
  /** KT., TL., ... on SIGNED_BY; null otherwise. */
  readonly authority: string | null;
}

export interface GraphRelationship {
  readonly type: RelType;
  readonly from: { readonly label: NodeLabel; readonly key: string };
  readonly to: { readonly label: NodeLabel; readonly key: string };
  /** the ingested document whose record stated this relationship (its facts are replaced together). */
  readonly owner: DocKey;
  readonly props: RelProps;
  readonly evidence: GraphEvidence;
}

/** What snapshot() streams: nodes first (by label, then key), then relationships (by type, from, to). */
export type GraphItem =
  | { readonly kind: 'node'; readonly node: GraphNode }
  | { readonly kind: 'relationship'; readonly relationship: GraphRelationship };

/** The identity fields the merge rule reads (graph/identity.ts). */
export interface DocIdentity {
  readonly key: DocKey;
  readonly canonicalNumber: string | null;
  readonly year: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly stub: boolean;
}
