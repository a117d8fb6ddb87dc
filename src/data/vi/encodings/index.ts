import tcvn3Json from './tcvn3.json' with { type: 'json' };
import vniJson from './vni.json' with { type: 'json' };
import { EncodingTableSchema, type EncodingTable } from './schema.js';

// Legacy Vietnamese encoding tables (data, checked at load): a broken table throws here, naming the file.

function load(file: string, raw: unknown): EncodingTable {
  try {
    return EncodingTableSchema.parse(raw);
  } catch (cause) {
    throw new Error(`src/data/vi/encodings/${file}: table does not match its schema`, { cause });
  }
}

/** TCVN3 (ABC, .VnTime fonts): one byte per character. */
export const TCVN3_TABLE: EncodingTable = load('tcvn3.json', tcvn3Json as unknown);
/** VNI Windows (VNI-Times fonts): a base letter plus a modifier byte, or one byte. */
export const VNI_TABLE: EncodingTable = load('vni.json', vniJson as unknown);

export type { EncodingTable } from './schema.js';
