export { collectGraph, relationshipKey, sortGraph, type GraphData } from './graph-data.js';
export { ARRAY_DELIMITER, csvField, toNeo4jCsv, type CsvFile } from './csv.js';
export { cypherString, toCypherScript, toCypherStatements } from './cypher.js';
export { toGraphml, xmlEscape } from './graphml.js';
export { toJson, toNdjson } from './json.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'cypher', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
