/**
 * The Neo4j store (neo4j-driver 6): uniqueness constraints, UNWIND batches of idempotent MERGEs in
 * one managed write transaction (executeWrite retries it whole), lineage by variable-length paths.
 * Plans come from the same planner as the embedded store (graph/plan.ts).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { DocumentRecord } from '../../src/record/record.js';
import { canonicalKey } from '../../src/grammar/vi/symbol.js';
import { type DocumentFacts } from '../facts.js';
import { issuerKey } from '../identity.js';
import { type DocIdentity, type GraphEvidence, type GraphItem, type GraphNode, type NodeLabel, REL_TYPES, type RelProps, type RelType, type SourceFile } from '../model.js';
import { type BatchPlan, fillNulls, numbersOf, planBatch } from '../plan.js';
import { agencyMatches, compareDeadlines, compareLineageNodes, compareMissing, dedupeEdges, deadlineInRange } from '../query-rules.js';
import { type DeadlineRow, type DocumentSummary, type GraphStats, type GraphStore, type LineageEdge, lineageDepth, type UpsertSummary } from '../store.js';
import * as Q from './cypher.js';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** rows per UNWIND statement. */
  readonly batchSize?: number;
}

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const summaryOf = (p: Props, files: SourceFile[]): DocumentSummary => ({
  key: String(p.key), number: str(p.number), canonicalNumber: str(p.canonicalNumber), year: str(p.year), date: str(p.date),
  type: str(p.type), issuer: str(p.issuer), subject: str(p.subject), stub: p.stub === true, label: String(p.label), files,
});
const docProps = (f: DocumentFacts, stub: boolean) => ({ ...f, issuerKey: issuerKey(f.issuer), stub });
const factsOf = (p: Props): DocumentFacts => {
  const { key: _k, files: _f, stub: _s, ...facts } = summaryOf(p, []);
  return facts;
};

export async function openNeo4j(opts: Neo4jOptions): Promise<GraphStore> {
  const driver: Driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user ?? 'neo4j', opts.password ?? ''), { disableLosslessIntegers: true });
  const sessionOpts = opts.database ? { database: opts.database } : {};
  const batch = opts.batchSize ?? 500;
  const read = async (query: string, params: Props = {}) => {
    const session = driver.session(sessionOpts);
    try {
      return (await session.executeRead((tx) => tx.run(query, params))).records.map((r) => r.toObject() as Props);
    } finally {
      await session.close();
    }
  };
  const runBatched = async (tx: ManagedTransaction, query: string, rows: readonly unknown[]) => {
    const out: Props[] = [];
    for (let i = 0; i < rows.length; i += batch) {
      const res = await tx.run(query, { rows: rows.slice(i, i + batch) });
      out.push(...res.records.map((r) => r.toObject() as Props));
    }
    return out;
  };
  const summaries = async (keys: readonly string[]) =>
    new Map((await read(Q.DOCUMENTS_BY_KEY, { keys })).map((r) => {
      const s = summaryOf(r.props as Props, (r.files as SourceFile[]).map((f) => ({ sha256: f.sha256, file: f.file ?? null })));
      return [s.key, s];
    }));
  const deadlineOf = (r: Props): DeadlineRow => {
    const p = r.props as Props;
    return {
      key: String(p.key), document: String(p.document), date: str(p.date), rrule: str(p.rrule), kind: p.kind as DeadlineRow['kind'],
      action: str(p.action), actor: str(p.actor), recipient: str(p.recipient), text: String(p.text),
      documentLabel: String(r.label), issuer: str(r.issuer), evidence: JSON.parse(String(p.evidence)) as GraphEvidence,
    };
  };

  const session = driver.session(sessionOpts);
  try {
    for (const c of Q.CONSTRAINTS) await session.run(c);
  } finally {
    await session.close();
  }

  const apply = async (tx: ManagedTransaction, plan: BatchPlan) => {
    const touched = new Set<string>();
    const collect = (rows: Props[]) => rows.forEach((r) => typeof r.touched === 'string' && touched.add(r.touched));
    if (plan.absorbs.length) for (const q of Q.ABSORB) await tx.run(q, { absorbs: plan.absorbs });
    for (const q of Q.DROP_OWNED) {
      const res = await tx.run(q, { owners: plan.owners, keys: plan.owners });
      collect(res.records.map((r) => r.toObject() as Props));
    }
    await runBatched(tx, Q.UPSERT_DOCUMENTS, plan.documents.map((d) => ({ key: d.key, props: docProps(d.facts, false) })));
    await runBatched(tx, Q.ADD_SOURCES, plan.sources);
    const had = new Map((await tx.run(Q.DOCUMENTS_BY_KEY, { keys: plan.stubs.map((s) => s.key) })).records.map((r) => {
      const p = r.get('props') as Props;
      return [String(p.key), p];
    }));
    const stubs = plan.stubs.flatMap((s) => {
      const p = had.get(s.key);
      if (p && p.stub !== true) return [];
      return [{ key: s.key, props: docProps(p ? fillNulls(factsOf(p), s.facts) : s.facts, true) }];
    });
    await runBatched(tx, Q.UPSERT_DOCUMENTS, stubs);
    await runBatched(tx, Q.UPSERT_AGENCIES, plan.agencies.map((a) => ({ key: a.key, name: a.props.name })));
    await runBatched(tx, Q.UPSERT_PERSONS, plan.persons.map((p) => ({ key: p.key, ...p.props })));
    await runBatched(tx, Q.UPSERT_DEADLINES, plan.deadlines.map((d) => ({ key: d.key, props: { key: d.key, ...d.props, evidence: JSON.stringify(d.evidence) } })));
    await runBatched(tx, Q.UPSERT_TARGETS, plan.targets.map((t) => ({ key: t.key, props: { key: t.key, ...t.props, evidence: JSON.stringify(t.evidence) } })));
    for (const type of REL_TYPES) {
      const rows = plan.relationships.filter((r) => r.type === type).map((r) => ({
        from: r.from.key, to: r.to.key, owner: r.owner, pinpoints: [...r.props.pinpoints], via: r.props.via,
        authority: r.props.authority, evidence: JSON.stringify(r.evidence), quote: r.evidence.quote,
      }));
      await runBatched(tx, Q.UPSERT_RELATIONSHIPS[type], rows);
    }
    if (touched.size) await tx.run(Q.SWEEP_ORPHANS, { keys: [...touched] });
  };

  return {
    name: 'neo4j',
    caps: { transactions: true },
    async upsert(records: readonly DocumentRecord[]): Promise<UpsertSummary> {
      const known = new Set((await read(Q.KNOWN_SOURCES, { shas: records.map((r) => r.sha256) })).map((r) => String(r.sha256)));
      const fresh = records.filter((r) => !known.has(r.sha256));
      if (fresh.length === 0) return { ingested: 0, unchanged: records.length, mergedStubs: 0 };
      const s = driver.session(sessionOpts);
      try {
        // Identities are read inside the write transaction so a retry plans against what is on file then.
        const plan = await s.executeWrite(async (tx) => {
          const ids = (await tx.run(Q.IDENTITIES, { numbers: numbersOf(fresh) })).records.map((r) => r.toObject() as unknown as DocIdentity);
          const p = planBatch(fresh, ids.map((i) => ({ ...i, stub: i.stub === true })));
          await apply(tx, p);
          return p;
        });
        return { ingested: fresh.length - plan.duplicates, unchanged: records.length - fresh.length + plan.duplicates, mergedStubs: plan.mergedStubs };
      } finally {
        await s.close();
      }
    },
    knownSources: async (shas) => new Set((await read(Q.KNOWN_SOURCES, { shas })).map((r) => String(r.sha256))),
    async findDocuments(query) {
      const exact = await summaries([query]);
      if (exact.size) return [...exact.values()];
      const keys = (await read(Q.FIND_BY_NUMBER, { number: canonicalKey(query) })).map((r) => String(r.key));
      const docs = await summaries(keys);
      return keys.flatMap((k) => docs.get(k) ?? []);
    },
    async document(key) {
      const [doc] = (await summaries([key])).values();
      if (!doc) return null;
      const rels = await read(Q.RELATIONSHIPS_OF, { key });
      const view = (r: Props) => {
        const p = r.props as Props;
        return {
          type: r.type as RelType, other: { label: r.label as NodeLabel, key: String(r.key), name: String(r.name) },
          props: { pinpoints: (p.pinpoints as string[] | undefined) ?? [], via: (str(p.via) as RelProps['via']) ?? null, authority: str(p.authority) },
          evidence: JSON.parse(String(p.evidence)) as GraphEvidence,
        };
      };
      return {
        document: doc,
        outgoing: rels.filter((r) => r.outgoing === true).map(view),
        incoming: rels.filter((r) => r.outgoing !== true).map(view),
        deadlines: (await read(Q.DEADLINES_OF, { key })).map(deadlineOf).sort(compareDeadlines),
        targets: (await read(Q.TARGETS_OF, { key })).map((r) => {
          const p = r.props as Props;
          return { key: String(p.key), document: String(p.document), value: Number(p.value), unit: str(p.unit), comparator: p.comparator as '=' | '>=' | '<=',
            measure: str(p.measure), text: String(p.text), evidence: JSON.parse(String(p.evidence)) as GraphEvidence };
        }),
      };
    },
    async lineage(key, opts) {
      const max = lineageDepth(opts.depth);
      if ((await read(Q.DOCUMENT_EXISTS, { key })).length === 0) return null;
      const depths = new Map<string, number>([[key, 0]]);
      for (const r of await read(Q.lineageWalk(opts.direction, max), { key })) if (r.key !== key) depths.set(String(r.key), Number(r.depth));
      const docs = await summaries([...depths.keys()]);
      const nodes = [...depths].flatMap(([k, depth]) => {
        const d = docs.get(k);
        return d ? [{ ...d, depth }] : [];
      }).sort(compareLineageNodes);
      const edges: LineageEdge[] = (await read(Q.EDGES_AMONG, { keys: [...depths.keys()] }))
        .filter((r) => (depths.get(String(opts.direction === 'down' ? r.to : r.from)) ?? max) < max)
        .map((r) => ({ from: String(r.from), to: String(r.to), type: 'IMPLEMENTS', via: (str(r.via) as LineageEdge['via']) ?? null,
          pinpoints: (r.pinpoints as string[] | null) ?? [], evidence: opts.evidence === false ? null : (JSON.parse(String(r.evidence)) as GraphEvidence) }));
      return { root: key, direction: opts.direction, depth: max, nodes, edges: dedupeEdges(edges) };
    },
    async missing() {
      const rows = await read(Q.MISSING);
      const docs = await summaries(rows.map((r) => String(r.key)));
      return rows.flatMap((r) => {
        const d = docs.get(String(r.key));
        return d ? [{ document: d, citedBy: Number(r.n), citers: (r.citers as string[]).sort() }] : [];
      }).sort(compareMissing);
    },
    async deadlines(q = {}) {
      return (await read(Q.DEADLINES)).map(deadlineOf).filter((d) => deadlineInRange(d, q) && (!q.agency || agencyMatches(d, q.agency))).sort(compareDeadlines);
    },
    async stats(): Promise<GraphStats> {
      const n: Record<string, number> = {};
      for (const r of await read(Q.COUNT_NODES)) {
        const label = r.label === 'Document' && r.stub === true ? 'Stub' : String(r.label);
        n[label] = (n[label] ?? 0) + Number(r.n);
      }
      const rels = Object.fromEntries(REL_TYPES.map((t) => [t, 0])) as Record<RelType, number>;
      for (const r of await read(Q.COUNT_RELATIONSHIPS)) if ((REL_TYPES as readonly string[]).includes(String(r.type))) rels[r.type as RelType] = Number(r.n);
      return { agencies: n.Agency ?? 0, deadlines: n.Deadline ?? 0, documents: n.Document ?? 0, persons: n.Person ?? 0,
        relationships: rels, sourceFiles: n.Source ?? 0, stubs: n.Stub ?? 0, targets: n.Target ?? 0 };
    },
    snapshot: (): AsyncIterable<GraphItem> => ({
      async *[Symbol.asyncIterator]() {
        const keys = (await read(Q.ALL_DOCUMENT_KEYS)).map((r) => String(r.key));
        for (let i = 0; i < keys.length; i += batch) {
          const docs = await summaries(keys.slice(i, i + batch));
          for (const k of keys.slice(i, i + batch)) {
            const d = docs.get(k);
            if (d) {
              const { key, ...props } = d;
              yield { kind: 'node', node: { label: 'Document', key, props } };
            }
          }
        }
        for (const r of await read(Q.SNAPSHOT_NODES)) yield { kind: 'node', node: nodeOf(String(r.label), r.props as Props) };
        for (const r of await read(Q.SNAPSHOT_RELATIONSHIPS)) {
          const p = r.props as Props;
          yield { kind: 'relationship', relationship: {
            type: r.type as RelType, from: { label: r.fromLabel as NodeLabel, key: String(r.from) }, to: { label: r.toLabel as NodeLabel, key: String(r.to) },
            owner: String(p.owner), props: { pinpoints: (p.pinpoints as string[] | undefined) ?? [], via: (str(p.via) as RelProps['via']) ?? null, authority: str(p.authority) },
            evidence: JSON.parse(String(p.evidence)) as GraphEvidence,
          } };
        }
      },
    }),
    close: async () => driver.close(),
  };
}

function nodeOf(label: string, p: Props): GraphNode {
  const key = String(p.key);
  switch (label) {
    case 'Agency': return { label, key, props: { name: String(p.name) } };
    case 'Person': return { label, key, props: { name: String(p.name), title: str(p.title) } };
    case 'Deadline': return { label, key, props: { document: String(p.document), date: str(p.date), rrule: str(p.rrule), kind: p.kind as 'absolute',
      action: str(p.action), actor: str(p.actor), recipient: str(p.recipient), text: String(p.text) } };
    default: return { label: 'Target' as const, key, props: { document: String(p.document), value: Number(p.value), unit: str(p.unit),
      comparator: p.comparator as '=', measure: str(p.measure), text: String(p.text) } };
  }
}
