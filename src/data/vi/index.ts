// Lookup tables for Vietnamese documents: issuer codes, document types, agency abbreviations,
// provinces, common syllables. The tables are the JSON files beside this one, checked by
// `schema.ts` at load.

export { ISSUER_CODES, issuerOfSymbol, issuersOfSymbol, lookupIssuerCode } from './_issuers.js';
export type { IssuerCode, IssuerLevel, SymbolIssuer } from './_issuers.js';
export { TYPE_WORDS, canonicalTypeWord, docTypeByCode, docTypeName, typeCodeOfWord } from './_doc-types.js';
export type { DocType } from './_doc-types.js';
export { docTypeOfSymbol } from './_doc-type-of-symbol.js';
export { AGENCY_ABBREVIATIONS, expandAgencyAbbreviations } from './_agencies.js';
export type { AgencyAbbreviation } from './_agencies.js';
export { PROVINCES, findProvince, provinceKey, provinceValidOn } from './_provinces.js';
export type { FindProvinceOptions, Province, ProvinceKind } from './_provinces.js';
export { KNOWN_AGENCY_NAMES } from './_known-names.js';
export { COMMON_SYLLABLES } from './_syllables.js';
