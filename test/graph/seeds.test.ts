/** The must-show checks, through the commands as a user runs them, on the bundled seeds. */
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { openEmbedded } from '../../graph/embedded/store.js';
import type { LineageResult } from '../../graph/store.js';
import { extractFile } from '../../pipelines/extract-file.js';
import { ingestPaths } from '../../pipelines/ingest.js';
import { registerGraphCommands } from '../../src/cli/graph-commands.js';

async function vanban(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(String(chunk)); done(); } });
  const program = new Command().exitOverride();
  registerGraphCommands(program, {
    setExitCode: (c) => { code = c; },
    stdout: sink((s) => { stdout += s; }),
    stderr: sink((s) => { stderr += s; }),
    isTTY: false,
  });
  await program.parseAsync(args, { from: 'user' });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'vanban-seeds-'));

describe('the seeds in the embedded store', () => {
  const store = join(tmp(), 'graph.db');

  it('ingesting the seeds twice leaves `vanban stats --json` byte-identical', async () => {
    const first = await vanban(['ingest', 'fixtures/seeds', '--store', store]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('5 files: 5 ingested, 0 unchanged, 0 failed\n');
    const stats1 = await vanban(['stats', '--json', '--store', store]);
    const second = await vanban(['ingest', 'fixtures/seeds', '--store', store]);
    expect(second.stdout).toBe('5 files: 0 ingested, 5 unchanged, 0 failed\n');
    expect(second.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('unchanged '))).toBe(true);
    const stats2 = await vanban(['stats', '--json', '--store', store]);
    expect(stats2.stdout).toBe(stats1.stdout);
    expect(JSON.parse(stats1.stdout)).toMatchObject({ documents: 5 });
  }, 60_000);

  it('`lineage 124/2021/TT-BCA --down --format json` lists 88/KH-UBND and the seed plan that implements both', async () => {
    const { code, stdout } = await vanban(['lineage', '124/2021/TT-BCA', '--down', '--format', 'json', '--store', store]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as LineageResult;
    const plan = r.nodes.find((n) => n.files.some((f) => f.file?.endsWith('004_bde4111289bea890.txt')));
    const k88 = r.nodes.find((n) => n.number === '88/KH-UBND');
    expect(k88?.depth).toBe(1);
    expect(plan?.depth).toBe(1);
    const pairs = r.edges.map((e) => [e.from, e.to]);
    expect(pairs).toContainEqual([k88?.key, r.root]);
    expect(pairs).toContainEqual([plan?.key, r.root]);
    expect(pairs).toContainEqual([plan?.key, k88?.key]);
    expect(r.edges.find((e) => e.from === k88?.key)?.evidence?.quote).toContain('88/KH-UBND');
  });

  it('`lineage 250/KH-BCA-V05 --up --format json` lists 07/CT-BCA-V28', async () => {
    const { stdout } = await vanban(['lineage', '250/kh-bca-v05', '--up', '--format', 'json', '--store', store]);
    const r = JSON.parse(stdout) as LineageResult;
    expect(r.nodes.map((n) => [n.number, n.depth])).toEqual([['250/KH-BCA-V05', 0], ['07/CT-BCA-V28', 1]]);
    expect(r.edges[0]?.via).toBe('link');
  });

  it('missing, show and deadlines answer in text and JSON', async () => {
    const missing = JSON.parse((await vanban(['missing', '--format', 'json', '--store', store])).stdout) as { citedBy: number; document: { number: string } }[];
    expect(missing.length).toBeGreaterThan(10);
    expect(missing.map((m) => m.document.number)).toContain('51-NQ/TW');
    const show = await vanban(['show', '88/KH-UBND', '--store', store]);
    expect(show.stdout).toContain('← IMPLEMENTS');
    expect(show.stdout).toContain('Kế hoạch số 88/KH-UBND');
    const due = JSON.parse((await vanban(['deadlines', '--from', '2023-12-01', '--to', '2023-12-31', '--format', 'json', '--store', store])).stdout) as { date: string | null }[];
    expect(due.map((d) => d.date)).toContain('2023-12-05');
    expect((await vanban(['show', '999/KH-KHONG', '--store', store])).code).toBe(1);
    expect((await vanban(['deadlines', '--from', '05/12/2023', '--store', store])).code).toBe(2);
  });
});

describe('ingest', () => {
  it('a bad file fails with its code after the others are written, and exit is 1', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    copyFileSync('fixtures/seeds/003_30a5a5f86e8b92a4.txt', join(dir, 'in', 'cong-van.txt'));
    writeFileSync(join(dir, 'in', 'rong.txt'), '');
    const res = await vanban(['ingest', join(dir, 'in'), '--store', join(dir, 'g.db')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`failed     ${join(dir, 'in', 'rong.txt')}: empty:`);
    expect(res.stdout).toBe('2 files: 1 ingested, 0 unchanged, 1 failed\n');
  });

  it('hashes first: an unchanged file is not extracted again, and a copy is not extracted at all', async () => {
    const dir = tmp();
    copyFileSync('fixtures/seeds/000_58c87310f8ec2c38.txt', join(dir, 'a.txt'));
    copyFileSync('fixtures/seeds/000_58c87310f8ec2c38.txt', join(dir, 'a-copy.txt'));
    const store = openEmbedded(':memory:');
    let extracted = 0;
    const extract = async (f: string) => { extracted++; return extractFile(f); };
    const first = await ingestPaths([dir], store, { extract });
    expect([first.counts.ingested, first.counts.unchanged, extracted]).toEqual([1, 1, 1]);
    const again = await ingestPaths([dir], store, { extract });
    expect([again.counts.ingested, again.counts.unchanged, extracted]).toEqual([0, 2, 1]);
    await store.close();
  });
});
