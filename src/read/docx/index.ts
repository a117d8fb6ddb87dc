import { runIsolated, siblingModule } from '../isolate.js';
import type { Reader, ReadResult } from '../types.js';

const JOB = { module: siblingModule(import.meta.url, './convert'), fn: 'convertDocx' } as const;

/**
 * Reads a DOCX: the ZIP and its XML are checked, then mammoth converts it, all in an isolated
 * worker with the heap and time limits of `opts.limits`. Throws ReadError.
 */
export const readDocx: Reader = (bytes, file, opts) => runIsolated<ReadResult>(JOB, bytes, file, opts);
