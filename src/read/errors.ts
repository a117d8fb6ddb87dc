/** Why a file could not be read; the CLI prints `<path>: <code>: <message>`. */
export type ReadErrorCode =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'not-text'
  | 'encoding-unknown'
  | 'limit-exceeded';

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
