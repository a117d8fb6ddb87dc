import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReadError, type ReadErrorCode } from './errors.js';
import type { ReadLimits } from './limits.js';
import type { ReadOptions } from './types.js';

/** A parsing job: `fn` is an async function exported by `module` (an absolute file URL). */
export interface IsolatedJob {
  readonly module: string;
  readonly fn: string;
}

/** What a job function receives besides the bytes and the file name (an AbortSignal cannot cross threads). */
export interface IsolatedOptions {
  readonly limits: ReadLimits;
  readonly password?: string;
}

/** Sent to the worker. */
export interface IsolatedInput {
  readonly module: string;
  readonly fn: string;
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly opts: IsolatedOptions;
}

/** Sent back by the worker. */
export type IsolatedOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: ReadErrorCode | null; readonly message: string };

// Running from TypeScript sources (vitest, tsx) the worker entry is a .ts file and needs tsx's
// loader; from dist/ it is plain .js.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(FROM_SOURCES ? './isolate-worker.ts' : './isolate-worker.js', import.meta.url);

/**
 * The worker's code. From dist/ it is the entry file itself. From TypeScript sources it is a small
 * script that registers tsx's ESM hooks first: Node 20 ignores `--import tsx` for a worker's own
 * entry, and tsx's loader only registers itself on the main thread.
 */
function workerScript(): { code: URL | string; eval: boolean } {
  if (!FROM_SOURCES) return { code: WORKER_ENTRY, eval: false };
  const cjsApi = createRequire(import.meta.url).resolve('tsx/esm/api');
  const esmApi = pathToFileURL(cjsApi.replace(/\.cjs$/u, '.mjs')).href;
  const code = `import(${JSON.stringify(esmApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); });`;
  return { code, eval: true };
}

/**
 * The URL of a job module next to the caller, with the extension the caller runs under
 * (`siblingModule(import.meta.url, './docx/convert')`).
 */
export const siblingModule = (callerUrl: string, path: string): string =>
  new URL(`${path}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl).href;

/**
 * Runs `job` in a worker thread with a capped heap and a deadline, so a hostile file can neither
 * stall the batch nor exhaust the process. Failures come back as ReadError.
 */
export function runIsolated<T>(job: IsolatedJob, bytes: Uint8Array, file: string, opts: ReadOptions): Promise<T> {
  const { limits } = opts;
  const input: IsolatedInput = {
    module: job.module,
    fn: job.fn,
    bytes,
    file,
    opts: { limits, ...(opts.password !== undefined ? { password: opts.password } : {}) },
  };
  return new Promise<T>((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new ReadError('timeout', file, 'reading was stopped before it began'));
      return;
    }
    const script = workerScript();
    const worker = new Worker(script.code, {
      eval: script.eval,
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      outcome();
      // The worker may still be running (timeout, abort): stop it; a finished one just exits.
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(limits.timeoutMs / 100) / 10;
      settle(() => reject(new ReadError('timeout', file, `reading took longer than ${seconds} s (timeoutMs) and was stopped`)));
    }, limits.timeoutMs);
    const onAbort = (): void => settle(() => reject(new ReadError('timeout', file, 'reading was stopped because the time for this file ran out')));
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    worker.once('message', (outcome: IsolatedOutcome) => {
      settle(() => {
        if (outcome.ok) resolve(outcome.value as T);
        else if (outcome.code !== null) reject(new ReadError(outcome.code, file, outcome.message));
        else reject(new ReadError('corrupt', file, `it could not be parsed (${outcome.message})`));
      });
    });
    worker.once('error', (err: Error & { code?: string }) => {
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ReadError('limit-exceeded', file, `it needs more than ${limits.workerHeapMb} MB of memory to read (workerHeapMb)`, { cause: err })
            : new ReadError('corrupt', file, `it could not be parsed (${err.message})`, { cause: err }),
        ),
      );
    });
    worker.once('exit', (code) => {
      settle(() => reject(new ReadError('unreadable', file, `the reader stopped unexpectedly (exit code ${code})`)));
    });
  });
}
