/**
 * Why a file could not be read. The CLI prints `<path>: <code>: <message>`; the message is a
 * sentence a clerk understands and never repeats the path (the CLI puts it first).
 */
export const READ_ERROR_CODES = [
  'missing',
  'not-a-file',
  'unreadable',
  'empty',
  'no-text',
  'unsupported-type',
  'type-mismatch',
  'corrupt',
  'truncated',
  'encrypted',
  'limit-exceeded',
  'encoding-unknown',
  'timeout',
] as const;

export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isReadError = (e: unknown): e is ReadError => e instanceof ReadError;
