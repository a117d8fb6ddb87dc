import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const seeds = readdirSync(join(root, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('fixtures/seeds', f));
const vanban = (...args: string[]) =>
  spawnSync('node', ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8' });

// Each case starts the CLI through tsx (seconds each on a loaded machine).
describe('vanban extract', { timeout: 60_000 }, () => {
  it('prints one NDJSON line per seed, each valid against the published JSON Schema', () => {
    const r = vanban('extract', ...seeds, '--ndjson');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(seeds.length);
    const schema = JSON.parse(readFileSync(join(root, 'src/record/record.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const [i, line] of lines.entries()) {
      const rec = JSON.parse(line) as { file: string };
      expect(validate(rec), JSON.stringify(validate.errors)).toBe(true);
      expect(rec.file).toBe(seeds[i]);
    }
  });

  it('walks folders, reports each unreadable file on stderr with its code, skips links and FIFOs, goes on, exits 1, and --report lists every input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-'));
    const inbox = join(dir, 'hộp thư đến');
    mkdirSync(join(inbox, 'con'), { recursive: true });
    const files = {
      empty: join(inbox, 'rỗng.txt'),
      binary: join(inbox, 'ảnh.txt'),
      good: join(inbox, 'con', 'kế hoạch.txt'),
      link: join(inbox, 'liên kết.txt'),
      fifo: join(inbox, 'ống.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(files.good, readFileSync(join(root, seeds[1]!)));
    symlinkSync(files.good, files.link);
    const fifo = spawnSync('mkfifo', [files.fifo]).status === 0;
    const missing = join(dir, 'không có.txt');
    const report = join(dir, 'report.json');
    const r = vanban('extract', seeds[0]!, missing, inbox, '--ndjson', '--report', report);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    const err = r.stderr.trim().split('\n');
    expect(err).toEqual([
      `${missing}: missing: no such file`,
      expect.stringMatching(new RegExp(`^${escape(files.link)}: not-a-file: skipped: a symbolic link`, 'u')),
      `${files.empty}: empty: the file is empty`,
      expect.stringMatching(new RegExp(`^${escape(files.binary)}: unsupported-type: `, 'u')),
      ...(fifo ? [expect.stringMatching(new RegExp(`^${escape(files.fifo)}: not-a-file: skipped: a named pipe`, 'u'))] : []),
    ]);
    const outcomes = JSON.parse(readFileSync(report, 'utf8')) as { path: string; status: string; code: string | null }[];
    expect(outcomes.map((o) => [o.path, o.status, o.code])).toEqual([
      [seeds[0], 'read', null],
      [missing, 'failed', 'missing'],
      [files.good, 'read', null],
      [files.link, 'skipped', 'not-a-file'],
      [files.empty, 'failed', 'empty'],
      [files.binary, 'failed', 'unsupported-type'],
      ...(fifo ? [[files.fifo, 'skipped', 'not-a-file']] : []),
    ]);
  });

  it('reads UTF-16 LE and BE, with and without a BOM, and UTF-8 with a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-'));
    const text = 'Căn cứ Kế hoạch số 103/KH-BCĐ ngày 22/12/2022 của Ban Chỉ đạo 799;';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const variants: [string, Buffer][] = [
      ['le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['le', le],
      ['be', be],
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ];
    const paths = variants.map(([name, bytes]) => {
      const p = join(dir, `${name}.txt`);
      writeFileSync(p, bytes);
      return p;
    });
    const r = vanban('extract', ...paths, '--ndjson');
    expect(r.stderr).toBe('');
    const keys = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { citations: { key: string; date: string }[] }).citations.map((c) => `${c.key} ${c.date}`));
    expect(keys).toEqual(variants.map(() => ['103/KH-BCĐ 2022-12-22']));
  });

  it('--out writes one file per input without overwriting same-named inputs', () => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    const dir = mkdtempSync(join(tmpdir(), 'vanban-'));
    const twin = join(dir, '000_58c87310f8ec2c38.txt');
    writeFileSync(twin, readFileSync(join(root, seeds[0]!)));
    const r = vanban('extract', seeds[0]!, twin, '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['000_58c87310f8ec2c38-2.json', '000_58c87310f8ec2c38.json']);
  });

  it('exits 2 on a usage error', () => {
    expect(vanban('extract').status).toBe(2);
    expect(vanban('frobnicate').status).toBe(2);
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
