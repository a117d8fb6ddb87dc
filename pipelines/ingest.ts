/**
 * Ingest many files into a graph store: walk folders (links not followed), hash each file's bytes,
 * skip those already on file WITHOUT extracting them, extract the rest with p-queue concurrency,
 * and write them in batches. One bad file never stops the others.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { GraphStore } from '../graph/store.js';
import type { DocumentRecord } from '../src/record/record.js';
import type { ReadErrorCode } from '../src/read/errors.js';
import { type ExtractOutcome, extractFile } from './extract-file.js';
import { walkInputs } from './walk.js';

export type IngestOutcome =
  | { readonly file: string; readonly status: 'ingested'; readonly sha256: string }
  | { readonly file: string; readonly status: 'unchanged'; readonly sha256: string }
  | { readonly file: string; readonly status: 'skipped'; readonly reason: string }
  | { readonly file: string; readonly status: 'failed'; readonly code: ReadErrorCode | 'store'; readonly message: string };

export interface IngestCounts {
  readonly files: number;
  readonly ingested: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly failed: number;
}

export interface IngestOptions {
  /** files extracted at once; default 2 (the readers are CPU-bound). */
  readonly concurrency?: number;
  /** records per store write; default 200. */
  readonly batchSize?: number;
  /** called once the list of files is known. */
  readonly onStart?: (total: number) => void;
  /** called for every file as soon as its outcome is known. */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
  /** the extractor; default extractFile (every format the readers cover). */
  readonly extract?: (file: string) => Promise<ExtractOutcome>;
}

/** Files up to this size are hashed with one synchronous read: no thread-pool round trip per file. */
const SYNC_HASH_BYTES = 1024 * 1024;

/** sha256 of a small file read at once; undefined when it is big (stream it), null when unreadable. */
export function hashSmallFileSync(file: string): string | null | undefined {
  try {
    if (statSync(file).size > SYNC_HASH_BYTES) return undefined;
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/** sha256 of the file's bytes, streamed; null when the file cannot be read (extraction will say why). */
export async function hashFile(file: string): Promise<string | null> {
  try {
    // Small files in one read (most letters are a few hundred KB); big scans streamed.
    if ((await stat(file)).size <= 8 * 1024 * 1024) return createHash('sha256').update(await readFile(file)).digest('hex');
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null; // the reader reports the precise reason (missing, not-a-file, unreadable)
  }
}

export async function ingestPaths(paths: readonly string[], store: GraphStore, opts: IngestOptions = {}): Promise<{ outcomes: IngestOutcome[]; counts: IngestCounts }> {
  const outcomes: IngestOutcome[] = [];
  const report = (o: IngestOutcome) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  const files: string[] = [];
  for await (const entry of walkInputs(paths)) {
    if (entry.kind === 'file') files.push(entry.path);
    else report({ file: entry.path, status: 'skipped', reason: entry.reason });
  }
  opts.onStart?.(files.length);

  // 1. Hash every file; ask the store which hashes it already holds.
  const io = new PQueue({ concurrency: 32 });
  // Most letters are small: hashed in line, which is several times faster than a promise per file.
  const small = files.map(hashSmallFileSync);
  const hashes = await Promise.all(files.map((f, i) => (small[i] !== undefined ? small[i]! : io.add(() => hashFile(f)))));
  const shas = hashes.filter((h): h is string => h !== null);
  const known = new Set<string>();
  for (let i = 0; i < shas.length; i += 1000) for (const s of await store.knownSources(shas.slice(i, i + 1000))) known.add(s);

  // 2. Extract the new ones; write in batches, one write at a time.
  const extract = opts.extract ?? ((f: string) => extractFile(f));
  const batchSize = opts.batchSize ?? 200;
  const queue = new PQueue({ concurrency: opts.concurrency ?? 2 });
  let pending: { file: string; record: DocumentRecord }[] = [];
  let writes = Promise.resolve();
  const flush = () => {
    const batch = pending;
    pending = [];
    writes = writes.then(async () => {
      if (batch.length === 0) return;
      try {
        await store.upsert(batch.map((b) => b.record));
        for (const b of batch) report({ file: b.file, status: 'ingested', sha256: b.record.sha256 });
      } catch (err) {
        const message = `the graph store refused the batch: ${err instanceof Error ? err.message : String(err)}`;
        for (const b of batch) report({ file: b.file, status: 'failed', code: 'store', message });
      }
    });
  };
  files.forEach((file, i) => {
    const sha = hashes[i];
    // Already on file, or the same bytes met earlier in this run (a copy): nothing to extract.
    if (sha && known.has(sha)) {
      report({ file, status: 'unchanged', sha256: sha });
      return;
    }
    if (sha) known.add(sha);
    void queue.add(async () => {
      const out = await extract(file);
      if (!out.ok) return report({ file, status: 'failed', code: out.error.code, message: out.error.message });
      pending.push({ file, record: out.record });
      if (pending.length >= batchSize) flush();
    });
  });
  await queue.onIdle();
  flush();
  await writes;

  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { outcomes, counts: { files: files.length, ingested: count('ingested'), unchanged: count('unchanged'), skipped: count('skipped'), failed: count('failed') } };
}
