import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ReadError } from './errors.js';
import type { ReadLimits } from './limits.js';

/** What the guard learnt while walking the container. */
export interface ZipContents {
  /** Every entry name, in central-directory order. */
  readonly entries: readonly string[];
  /** The inflated bytes of the entries `keep` asked for (by default the XML and .rels parts). */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Inflated bytes of all entries, counted while streaming. */
  readonly inflatedBytes: number;
}

const LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP = Buffer.from('PK\x05\x06', 'latin1');
const XML_PART = /\.(?:xml|rels)$/iu;

/**
 * Walks a ZIP container (a DOCX) before any parser sees it: the entry count and every entry's
 * declared size from the central directory first, then the actual inflated bytes, counted while
 * streaming and abandoned as soon as a limit is crossed, since declared sizes can lie.
 */
export async function guardZip(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  keep: (name: string) => boolean = (name) => XML_PART.test(name),
): Promise<ZipContents> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!LOCAL_HEADER.equals(buffer.subarray(0, 4)) && !EMPTY_ZIP.equals(buffer.subarray(0, 4))) {
    throw new ReadError('corrupt', file, 'it is not a ZIP container, as a DOCX must be');
  }
  let zip: ZipFile | undefined;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, autoClose: false });
    if (zip.entryCount > limits.maxZipEntries) {
      throw new ReadError('limit-exceeded', file, `its ZIP container holds ${zip.entryCount} parts, over the limit of ${limits.maxZipEntries} (maxZipEntries)`);
    }
    const entries = await declaredEntries(zip, file, limits);
    const parts = new Map<string, Uint8Array>();
    let total = 0;
    for (const entry of entries) {
      const wanted = keep(entry.fileName);
      const chunks: Buffer[] = [];
      const size = await inflate(zip, entry, (chunk, soFar) => {
        if (soFar > limits.maxZipEntryBytes) {
          return new ReadError('limit-exceeded', file, `its part ${entry.fileName} inflates to more than ${limits.maxZipEntryBytes} bytes (maxZipEntryBytes)`);
        }
        if (total + soFar > limits.maxZipTotalBytes) {
          return new ReadError('limit-exceeded', file, `its parts inflate to more than ${limits.maxZipTotalBytes} bytes together (maxZipTotalBytes)`);
        }
        if (wanted) chunks.push(chunk);
        return null;
      });
      total += size;
      if (wanted) parts.set(entry.fileName, Buffer.concat(chunks));
    }
    return { entries: entries.map((e) => e.fileName), parts, inflatedBytes: total };
  } catch (err) {
    throw asReadError(err, file);
  } finally {
    zip?.close();
  }
}

/** Reads the central directory and refuses on declared sizes alone, before inflating anything. */
async function declaredEntries(zip: ZipFile, file: string, limits: ReadLimits): Promise<Entry[]> {
  const entries: Entry[] = [];
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.isEncrypted()) throw new ReadError('encrypted', file, 'it is protected by a password');
    if (entry.uncompressedSize > limits.maxZipEntryBytes) {
      throw new ReadError('limit-exceeded', file, `its part ${entry.fileName} would inflate to ${entry.uncompressedSize} bytes, over the limit of ${limits.maxZipEntryBytes} (maxZipEntryBytes)`);
    }
    declared += entry.uncompressedSize;
    if (declared > limits.maxZipTotalBytes) {
      throw new ReadError('limit-exceeded', file, `its parts would inflate to more than ${limits.maxZipTotalBytes} bytes together (maxZipTotalBytes)`);
    }
    entries.push(entry);
  }
  return entries;
}

/** Streams one entry; `onChunk` returns an error to abandon the stream at once. Resolves to the byte count. */
async function inflate(zip: ZipFile, entry: Entry, onChunk: (chunk: Buffer, soFar: number) => ReadError | null): Promise<number> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  return new Promise<number>((resolve, reject) => {
    let count = 0;
    stream.on('data', (chunk: Buffer) => {
      count += chunk.length;
      const stop = onChunk(chunk, count);
      if (stop) {
        stream.destroy();
        reject(stop);
      }
    });
    stream.once('error', reject);
    stream.once('end', () => resolve(count));
  });
}

/** yauzl and zlib speak in developer terms; a clerk gets the reason. */
function asReadError(err: unknown, file: string): ReadError {
  if (err instanceof ReadError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/end of central directory record signature not found/iu.test(message)) {
    return new ReadError('truncated', file, 'the file is cut short: its ZIP directory is missing (an interrupted download or copy?)', { cause: err });
  }
  if (/unexpected EOF|unexpected end of file|overflows file bounds/iu.test(message)) {
    return new ReadError('truncated', file, 'the file is cut short: a part of its ZIP container ends early', { cause: err });
  }
  if (/encrypt/iu.test(message)) return new ReadError('encrypted', file, 'it is protected by a password', { cause: err });
  if (/too many bytes in the stream|not enough bytes in the stream/iu.test(message)) {
    return new ReadError('corrupt', file, 'a part of its ZIP container does not inflate to the size it declares (a damaged or forged file)', { cause: err });
  }
  return new ReadError('corrupt', file, `its ZIP container is damaged (${message})`, { cause: err });
}
