import neo4j from 'neo4j-driver';
import { describe } from 'vitest';
import { WIPE } from '../../graph/neo4j/cypher.js';
import { openNeo4j } from '../../graph/neo4j/store.js';
import { graphStoreContract } from './store.contract.js';

const uri = process.env.NEO4J_URI;
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? '';

// Runs only against a live server: NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... npx vitest run test/graph/neo4j.test.ts
describe.skipIf(!uri)('Neo4j store (live server)', () => {
  graphStoreContract('Neo4j', async () => {
    const driver = neo4j.driver(uri ?? '', neo4j.auth.basic(user, password));
    try {
      await driver.executeQuery(WIPE);
    } finally {
      await driver.close();
    }
    return openNeo4j({ uri: uri ?? '', user, password });
  }, { separateInstances: false });
});
