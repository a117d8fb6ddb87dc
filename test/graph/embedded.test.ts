import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEmbedded } from '../../graph/embedded/store.js';
import { makeRecord } from './records.js';
import { graphStoreContract } from './store.contract.js';

graphStoreContract('embedded SQLite', async () => openEmbedded(':memory:'));

describe('embedded store file', () => {
  it('persists to one file in WAL mode and reopens with the same graph', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vanban-graph-')), 'sub', 'graph.db');
    const s = openEmbedded(file);
    await s.upsert([makeRecord({ file: 'in/a.txt', number: '12/KH-UBND', date: '2023-02-01', issuer: 'UBND huyện Thủ Thừa' })]);
    const before = await s.stats();
    await s.close();
    const again = openEmbedded(file);
    expect(await again.stats()).toEqual(before);
    await again.close();
  });
});
