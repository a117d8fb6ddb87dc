// Jobs for test/read/isolate.test.ts, run inside the isolation worker.
import { ReadError } from '../../src/read/errors.js';
import type { IsolatedOptions } from '../../src/read/isolate.js';

export async function countBytes(bytes: Uint8Array, file: string, opts: IsolatedOptions): Promise<{ n: number; file: string; heap: number }> {
  return { n: bytes.length, file, heap: opts.limits.workerHeapMb };
}

export async function loopForever(): Promise<never> {
  for (;;) {
    // Busy: a parser stuck in a loop never yields to the event loop.
  }
}

export async function allocateForever(): Promise<number> {
  const hoard: number[][] = [];
  for (;;) hoard.push(Array.from({ length: 1_000_000 }, (_, i) => i * 1.5));
}

export async function throwEncrypted(_bytes: Uint8Array, file: string): Promise<never> {
  throw new ReadError('encrypted', file, 'it is protected by a password');
}

export async function throwPlain(): Promise<never> {
  throw new TypeError('unexpected token at 12');
}
