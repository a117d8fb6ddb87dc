// The directory of an OLE compound file (CFB, [MS-CFB]): just enough to tell a Word 97 document
// from an Excel or PowerPoint one, and to see a password before a parser reads garbage.

export interface OleEntry {
  readonly name: string;
  /** 1 storage, 2 stream, 5 root. */
  readonly type: number;
  readonly startSector: number;
  readonly size: number;
}

export type OleKind = 'word' | 'word-encrypted' | 'encrypted-package' | 'excel' | 'powerpoint' | 'other';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export const isOle = (bytes: Uint8Array): boolean => SIGNATURE.every((b, i) => bytes[i] === b);

/** Lists the storages and streams; throws a plain Error on a damaged file. */
export function readOleDirectory(bytes: Uint8Array): OleEntry[] {
  if (!isOle(bytes) || bytes.length < 512) throw new Error('not an OLE compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw new Error(`bad sector size 2^${shift}`);
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const offsetOf = (sector: number): number => {
    if (sector >= sectorCount) throw new Error(`sector ${sector} lies past the end of the file`);
    return (sector + 1) * sectorSize;
  };
  const fat = readFat(view, sectorSize, offsetOf);
  const entries: OleEntry[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector !== END_OF_CHAIN; sector = fat[sector] ?? END_OF_CHAIN) {
    if (sector > MAX_SECTOR || seen.has(sector)) throw new Error('the directory chain is broken');
    seen.add(sector);
    const base = offsetOf(sector);
    for (let at = base; at < base + sectorSize; at += 128) {
      const type = view.getUint8(at + 66);
      if (type === 0) continue;
      const nameBytes = Math.min(view.getUint16(at + 64, true), 64);
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(at, at + Math.max(nameBytes - 2, 0)));
      entries.push({ name, type, startSector: view.getUint32(at + 116, true), size: view.getUint32(at + 120, true) });
    }
  }
  return entries;
}

function readFat(view: DataView, sectorSize: number, offsetOf: (s: number) => number): number[] {
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  const perDifat = sectorSize / 4 - 1;
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat <= MAX_SECTOR && fatSectors.length < fatCount; hops++) {
    if (hops > 10_000) throw new Error('the DIFAT chain loops');
    const base = offsetOf(difat);
    for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(base + i * 4, true));
    difat = view.getUint32(base + perDifat * 4, true);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    const base = offsetOf(s);
    for (let i = 0; i < sectorSize; i += 4) fat.push(view.getUint32(base + i, true));
  }
  return fat;
}

/** What an OLE file holds, told by its stream names and, for Word, the FIB's password flags. */
export function describeOle(bytes: Uint8Array): OleKind {
  const entries = readOleDirectory(bytes);
  const names = new Set(entries.map((e) => e.name));
  // A password-protected DOCX/XLSX is an OLE file wrapping the encrypted package ([MS-OFFCRYPTO]).
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted-package';
  const word = entries.find((e) => e.name === 'WordDocument' && e.type === 2);
  if (word) return wordIsEncrypted(bytes, word) ? 'word-encrypted' : 'word';
  if (names.has('Workbook') || names.has('Book')) return 'excel';
  if (names.has('PowerPoint Document')) return 'powerpoint';
  return 'other';
}

/** FIB flags fEncrypted (0x0100) or fObfuscated (0x8000), read from the stream's first sector. */
function wordIsEncrypted(bytes: Uint8Array, word: OleEntry): boolean {
  // A stream under 4096 bytes sits in the mini stream; Word's main stream never is that small.
  if (word.size < 4096) return false;
  const sectorSize = 1 << new DataView(bytes.buffer, bytes.byteOffset).getUint16(0x1e, true);
  const at = (word.startSector + 1) * sectorSize;
  if (at + 12 > bytes.length) return false;
  const flags = bytes[at + 0x0a]! | (bytes[at + 0x0b]! << 8);
  return (flags & 0x0100) !== 0 || (flags & 0x8000) !== 0;
}
