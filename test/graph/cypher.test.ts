import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '../../graph/model.js';
import { allStatements, lineageWalk } from '../../graph/neo4j/cypher.js';

// Neo4j's own parser and semantic analysis (compiled to JS); no server needed.
const SCHEMA = {
  labels: [...NODE_LABELS, 'Source'],
  relationshipTypes: [...REL_TYPES],
  parameters: { shas: [], numbers: [], keys: [], absorbs: [], owners: [], rows: [], key: '', number: '' },
};
const problems = (q: string): string[] =>
  lintCypherQuery(q, SCHEMA).diagnostics
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => (typeof d.message === 'string' ? d.message : d.message.value));

describe('every Cypher statement vanban sends', () => {
  const statements = Object.entries(allStatements());

  it('there are statements for every write and query', () => {
    expect(statements.length).toBeGreaterThan(40);
  });

  it.each(statements)('%s passes Neo4j\'s parser with no error or warning', (_name, query) => {
    expect(problems(query)).toEqual([]);
  }, 60_000);

  it('the checker catches a broken statement and an unknown label', () => {
    expect(problems('MATC (d:Document) RETURN d')).not.toEqual([]);
    expect(problems('MATCH (d:Documnet) RETURN d')).not.toEqual([]);
  }, 60_000);

  it('lineage depth is checked before it is written into a statement', () => {
    expect(() => lineageWalk('up', 0)).toThrow(RangeError);
    expect(() => lineageWalk('down', 51)).toThrow(RangeError);
    expect(() => lineageWalk('down', 2.5)).toThrow(RangeError);
  });
});
