import issuerJson from './issuer-codes.json' with { type: 'json' };
import docTypeJson from './doc-types.json' with { type: 'json' };
import agencyJson from './agencies.json' with { type: 'json' };
import provinceJson from './provinces.json' with { type: 'json' };
import syllableJson from './common-syllables.json' with { type: 'json' };
import { AgencyTableSchema, CommonSyllableTableSchema, DocTypeTableSchema, IssuerTableSchema, ProvinceTableSchema } from './schema.js';

// The tables, parsed once at module load: a broken table throws here, naming the file.

function load<T>(file: string, parse: (raw: unknown) => T, raw: unknown): T {
  try {
    return parse(raw);
  } catch (cause) {
    throw new Error(`src/data/vi/${file}: table does not match its schema`, { cause });
  }
}

export const issuerTable = load('issuer-codes.json', (r) => IssuerTableSchema.parse(r), issuerJson as unknown);
export const docTypeTable = load('doc-types.json', (r) => DocTypeTableSchema.parse(r), docTypeJson as unknown);
export const agencyTable = load('agencies.json', (r) => AgencyTableSchema.parse(r), agencyJson as unknown);
export const provinceTable = load('provinces.json', (r) => ProvinceTableSchema.parse(r), provinceJson as unknown);
export const commonSyllableTable = load('common-syllables.json', (r) => CommonSyllableTableSchema.parse(r), syllableJson as unknown);
