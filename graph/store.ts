/**
 * One interface for every graph backend (embedded SQLite, Neo4j). The contract suite in
 * test/graph/store.contract.ts runs the same behaviour against each.
 */
import type { DocumentRecord } from '../src/record/record.js';
import type {
  DeadlineProps,
  DocKey,
  DocumentProps,
  GraphEvidence,
  GraphItem,
  GraphRelationship,
  NodeLabel,
  RelType,
  TargetProps,
} from './model.js';

export interface UpsertSummary {
  /** records written as (new or updated) ingested documents. */
  readonly ingested: number;
  /** records whose sha256 was already on file: nothing was written. */
  readonly unchanged: number;
  /** stubs that became (merged into) an ingested document. */
  readonly mergedStubs: number;
}

export interface DocumentSummary extends DocumentProps {
  readonly key: DocKey;
}

export type LineageDirection = 'up' | 'down';

export interface LineageOptions {
  /** up: what this document implements (towards the directive); down: what implements it. */
  readonly direction: LineageDirection;
  /** how many IMPLEMENTS hops to follow; default 10, at most 50. */
  readonly depth?: number;
  /** read each edge's evidence (default true); false leaves `evidence` null, for callers that show none (pictures). */
  readonly evidence?: boolean;
}

export interface LineageNode extends DocumentSummary {
  /** hops from the root (the root is 0); the shortest when reached twice. */
  readonly depth: number;
}

export interface LineageEdge {
  /** always read as "from IMPLEMENTS to", whatever the direction of the walk. */
  readonly from: DocKey;
  readonly to: DocKey;
  readonly type: 'IMPLEMENTS';
  readonly via: 'citation' | 'link' | null;
  readonly pinpoints: readonly string[];
  /** null when the walk was asked for no evidence. */
  readonly evidence: GraphEvidence | null;
}

export interface LineageResult {
  readonly root: DocKey;
  readonly direction: LineageDirection;
  readonly depth: number;
  /** the root first, then by depth, then key. */
  readonly nodes: readonly LineageNode[];
  /** every IMPLEMENTS edge between two listed nodes that the walk crossed, sorted by from, to. */
  readonly edges: readonly LineageEdge[];
}

export interface MissingEntry {
  readonly document: DocumentSummary;
  /** distinct ingested documents that cite or implement it. */
  readonly citedBy: number;
  readonly citers: readonly DocKey[];
}

export interface DeadlineQuery {
  /** ISO date (YYYY-MM-DD or shorter); a partial due date counts when its period overlaps the range. */
  readonly from?: string;
  readonly to?: string;
  /** matched (case- and accent-sensitive Vietnamese lower case, substring) against actor, recipient and issuer. */
  readonly agency?: string;
}

export interface DeadlineRow extends DeadlineProps {
  readonly key: string;
  readonly documentLabel: string;
  readonly issuer: string | null;
  readonly evidence: GraphEvidence;
}

export interface TargetRow extends TargetProps {
  readonly key: string;
  readonly evidence: GraphEvidence;
}

export interface RelationshipView {
  readonly type: RelType;
  readonly other: { readonly label: NodeLabel; readonly key: string; readonly name: string };
  readonly props: GraphRelationship['props'];
  readonly evidence: GraphEvidence;
}

/** Everything `vanban show KEY` prints. */
export interface DocumentView {
  readonly document: DocumentSummary;
  /** relationships leaving this document, sorted by type then other key (deadlines and targets excluded). */
  readonly outgoing: readonly RelationshipView[];
  /** relationships arriving here (who cites or implements it). */
  readonly incoming: readonly RelationshipView[];
  readonly deadlines: readonly DeadlineRow[];
  readonly targets: readonly TargetRow[];
}

/** Counts; keys sorted so that JSON.stringify is deterministic. */
export interface GraphStats {
  readonly documents: number;
  readonly stubs: number;
  readonly agencies: number;
  readonly persons: number;
  readonly deadlines: number;
  readonly targets: number;
  readonly sourceFiles: number;
  readonly relationships: Readonly<Record<RelType, number>>;
}

/** What a backend lacks; the contract suite skips only what is declared here. */
export interface StoreCaps {
  readonly transactions: boolean;
}

export interface GraphStore {
  readonly name: string;
  readonly caps: StoreCaps;
  /** Writes records (one per source file); idempotent: a sha256 already on file is skipped. */
  upsert(records: readonly DocumentRecord[]): Promise<UpsertSummary>;
  /** The subset of these sha256 values already ingested: lets ingestion skip a file before extracting it. */
  knownSources(sha256s: readonly string[]): Promise<ReadonlySet<string>>;
  /** Document keys matching what a user typed: an exact key, or a symbol in any spelling (canonicalKey). */
  findDocuments(query: string): Promise<readonly DocumentSummary[]>;
  document(key: DocKey): Promise<DocumentView | null>;
  lineage(key: DocKey, opts: LineageOptions): Promise<LineageResult | null>;
  /** Stubs (cited, not on file), most cited first, then by key. */
  missing(): Promise<readonly MissingEntry[]>;
  /** Sorted by date (undated recurring duties last), then document key, then deadline key. */
  deadlines(query?: DeadlineQuery): Promise<readonly DeadlineRow[]>;
  stats(): Promise<GraphStats>;
  /** The whole graph, nodes first (label, key) then relationships (type, from, to): for exports. */
  snapshot(): AsyncIterable<GraphItem>;
  close(): Promise<void>;
}

export const DEFAULT_LINEAGE_DEPTH = 10;
export const MAX_LINEAGE_DEPTH = 50;

/** Clamps a requested depth into 1..MAX_LINEAGE_DEPTH. */
export const lineageDepth = (depth: number | undefined): number =>
  Math.max(1, Math.min(MAX_LINEAGE_DEPTH, Math.trunc(depth ?? DEFAULT_LINEAGE_DEPTH)));
