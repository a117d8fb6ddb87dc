/** Opens the store the command line asks for: the embedded file by default, or a Neo4j server. */
import { DEFAULT_STORE_FILE, openEmbedded } from './embedded/store.js';
import { openNeo4j } from './neo4j/store.js';
import type { GraphStore } from './store.js';

export interface StoreChoice {
  /** the SQLite file; default .vanban/graph.db */
  readonly store?: string;
  /** bolt:// or neo4j:// URI; user and password from NEO4J_USER / NEO4J_PASSWORD. */
  readonly neo4j?: string;
}

export async function openStore(choice: StoreChoice, env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (choice.neo4j) {
    return openNeo4j({
      uri: choice.neo4j,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    });
  }
  return openEmbedded(choice.store ?? DEFAULT_STORE_FILE);
}
