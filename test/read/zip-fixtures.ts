// Hand-built ZIP containers for the guard tests: honest ones, forged ones and bombs.
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (already deflated when method is 8). */
  readonly stored: Buffer;
  readonly method: 0 | 8;
  /** Uncompressed size written in both headers (may lie). */
  readonly declaredSize: number;
  readonly crc: number;
  /** General-purpose flags: bit 0 = encrypted. */
  readonly flags?: number;
}

export const deflated = (name: string, content: string | Buffer): RawEntry => {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, stored: deflateRawSync(data), method: 8, declaredSize: data.length, crc: crc32(data) };
};

/**
 * A deflate stream that inflates to `mb` MiB of zeros while staying ~1 KB per MiB: one fully
 * flushed (self-contained, byte-aligned) block of 1 MiB, repeated, then an empty final block.
 */
export function zeroBomb(mb: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const finalEmpty = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: mb }, () => block), finalEmpty]);
}

/** Checks what a bomb holds, cheaply, for a small one. */
export const inflatedLength = (stored: Buffer): number => inflateRawSync(stored).length;

export function buildZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags ?? 0) | 0x0800; // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.stored);
    centrals.push(central, name);
    offset += local.length + name.length + e.stored.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
