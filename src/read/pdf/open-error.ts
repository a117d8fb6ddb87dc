import { ReadError } from '../errors.js';

const EOF_MARK = Buffer.from('%%EOF', 'latin1');
const ENDOBJ = Buffer.from('endobj', 'latin1');

/** Whether the file ends as a PDF does (a "%%EOF" in its last KiB; some writers add junk after it). */
export function hasPdfEnd(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.subarray(Math.max(0, b.length - 1024)).includes(EOF_MARK);
}

/** Turns what pdfjs (through pdf-parse) threw while opening or reading a PDF into a ReadError. */
export function pdfOpenError(err: unknown, bytes: Uint8Array, file: string, password: string | undefined): ReadError {
  if (err instanceof ReadError) return err;
  const name = (err as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') {
    return password === undefined
      ? new ReadError('encrypted', file, 'it is protected by a password (set a password in the configuration to open it)', { cause: err })
      : new ReadError('encrypted', file, 'it is protected by a password, and the configured password does not open it', { cause: err });
  }
  // Cut short: it has a PDF's body (objects) but not its end. Random bytes have neither.
  if (!hasPdfEnd(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENDOBJ)) return new ReadError('truncated', file, 'the PDF is cut short: its end is missing', { cause: err });
  return new ReadError('corrupt', file, 'the PDF is damaged and cannot be opened', { cause: err });
}
