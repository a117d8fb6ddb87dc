// Worker entry of runIsolated: imports the job's module, runs its function on the bytes and posts
// the outcome back. A ReadError crosses the thread boundary as its code and message.
import { parentPort, workerData } from 'node:worker_threads';
import { READ_ERROR_CODES, type ReadErrorCode } from './errors.js';
import type { IsolatedInput, IsolatedOutcome } from './isolate.js';

const isCode = (v: unknown): v is ReadErrorCode => typeof v === 'string' && (READ_ERROR_CODES as readonly string[]).includes(v);

async function run(input: IsolatedInput): Promise<IsolatedOutcome> {
  try {
    const mod = (await import(input.module)) as Record<string, unknown>;
    const fn = mod[input.fn];
    if (typeof fn !== 'function') return { ok: false, code: null, message: `the reader job ${input.fn} is missing` };
    const value: unknown = await fn(input.bytes, input.file, input.opts);
    return { ok: true, value };
  } catch (err) {
    // Duck-typed: the job may have loaded errors.ts under another URL than this file did.
    const code = (err as { code?: unknown } | null)?.code;
    const name = (err as { name?: unknown } | null)?.name;
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, code: name === 'ReadError' && isCode(code) ? code : null, message };
  }
}

const outcome = await run(workerData as IsolatedInput);
parentPort?.postMessage(outcome);
