// Legacy Vietnamese encodings: TCVN3 (.VnTime), VNI (VNI-Times) and Windows-1258; decoding,
// encoding (for fixtures and tests), detection by Vietnamese-ness, and DOCX font-run repair.

export { LEGACY_ENCODINGS, LEGACY_ENCODING_NAMES, decodeLegacy, encodeLegacy } from './legacy.js';
export type { LegacyEncoding } from './legacy.js';
export { legacyEncodingOfFont, repairLegacyRun, repairLegacyRuns } from './fonts.js';
export type { LegacyRun } from './fonts.js';
export { guessLegacyEncoding } from './detect.js';
export type { EncodingScore, LegacyGuess } from './detect.js';
export { isVietnameseSyllable } from './syllable.js';
export { repairMojibake, repairMojibakeLines, type Repaired } from './mojibake.js';
