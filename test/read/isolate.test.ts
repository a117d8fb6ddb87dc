import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/read/errors.js';
import { runIsolated, siblingModule } from '../../src/read/isolate.js';
import { withLimits } from '../../src/read/limits.js';
import { refusal } from './refusal.js';

const JOBS = siblingModule(import.meta.url, './isolate-jobs');
const bytes = new TextEncoder().encode('Số: 123/KH-SGDĐT');

const failure = refusal;

describe('runIsolated', () => {
  it('runs a job in a worker and returns its value', async () => {
    const out = await runIsolated<{ n: number; file: string; heap: number }>(
      { module: JOBS, fn: 'countBytes' }, bytes, 'kh.txt', { limits: withLimits({ workerHeapMb: 96 }) });
    expect(out).toEqual({ n: bytes.length, file: 'kh.txt', heap: 96 });
  });

  it('stops a job that never ends at the deadline', async () => {
    const err = await failure(runIsolated({ module: JOBS, fn: 'loopForever' }, bytes, 'x.docx', { limits: withLimits({ timeoutMs: 1500 }) }));
    expect(err.code).toBe('timeout');
    expect(err.message).toBe('reading took longer than 1.5 s (timeoutMs) and was stopped');
  });

  it('stops a job that eats memory at the heap cap', async () => {
    const err = await failure(runIsolated({ module: JOBS, fn: 'allocateForever' }, bytes, 'x.docx', { limits: withLimits({ workerHeapMb: 64 }) }));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toBe('it needs more than 64 MB of memory to read (workerHeapMb)');
  });

  it('brings a ReadError back with its code and message', async () => {
    const err = await failure(runIsolated({ module: JOBS, fn: 'throwEncrypted' }, bytes, 'mat.docx', { limits: withLimits() }));
    expect(err.code).toBe('encrypted');
    expect(err.file).toBe('mat.docx');
    expect(err.message).toBe('it is protected by a password');
  });

  it('turns any other failure of the parser into corrupt', async () => {
    const err = await failure(runIsolated({ module: JOBS, fn: 'throwPlain' }, bytes, 'x.docx', { limits: withLimits() }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('unexpected token at 12');
  });

  it('names a job function that does not exist', async () => {
    const err = await failure(runIsolated({ module: JOBS, fn: 'nope' }, bytes, 'x.docx', { limits: withLimits() }));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('nope');
  });

  it('stops when the caller aborts', async () => {
    const ctl = new AbortController();
    const p = runIsolated({ module: JOBS, fn: 'loopForever' }, bytes, 'x.docx', { limits: withLimits(), signal: ctl.signal });
    setTimeout(() => ctl.abort(), 300);
    const err = await failure(p);
    expect(err.code).toBe('timeout');
  });
});
