import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';

// The README's example Cypher must parse: newcomers paste it into Neo4j Browser.
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const block = /```cypher\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
const queries = block.split(';').map((s) => s.replace(/^\s*\/\/.*$/gmu, '').trim()).filter(Boolean);

describe('README Cypher examples', () => {
  it('has examples', () => expect(queries.length).toBeGreaterThanOrEqual(3));
  it.each(queries)('parses: %s', (q) => {
    expect(lintCypherQuery(q, {}).diagnostics).toEqual([]);
  });
});
