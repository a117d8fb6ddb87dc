import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../graph/embedded/lineage.js';
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

  it('refuses a file written with another schema, saying which, and leaves it as it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vanban-graph-')), 'graph.db');
    const old = new Database(file);
    // Schema 1 keyed every table by text.
    old.exec(`CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; INSERT INTO meta VALUES ('schema', '1');
      CREATE TABLE rels (type TEXT NOT NULL, from_key TEXT NOT NULL, to_key TEXT NOT NULL, owner TEXT NOT NULL, PRIMARY KEY (type, from_key, to_key, owner)) WITHOUT ROWID;`);
    old.close();
    expect(() => openEmbedded(file)).toThrow(/schema 1, this one reads \d+\); ingest into a new file/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['meta', 'rels']);
    after.close();
  });
});

describe('decodeUtf8 (lineage reads its Vietnamese text as bytes)', () => {
  it('gives what V8 decodes, invalid UTF-8 included', () => {
    const cases = [Buffer.from('Kế hoạch số 88/KH-UBND của Ủy ban nhân dân tỉnh Lâm Đồng 𝄞\uFEFF'), Buffer.from([0x61, 0xff, 0x62, 0xed, 0xa0, 0x80]), Buffer.alloc(0)];
    for (const bytes of cases) expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
  });
});
