import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../fixtures/make/docx.js';
import { layoutOf } from '../../fixtures/make/layout.js';

// A document whose two-column header lives in Word's first-page header (fixtures/make's
// docx-header/ variant) must give the identity its text gives: the CLI end to end, through tsx.
const root = join(import.meta.dirname, '../..');
const extract = (file: string) => spawnSync('node', ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'extract', file, '--json'], { cwd: root, encoding: 'utf8' });

interface Identity {
  readonly number: string | null;
  readonly symbol: string | null;
  readonly date: string | null;
  readonly place: string | null;
  readonly issuer: string | null;
}

describe('a DOCX with its header in the Word page header', () => {
  it.each<[string, string, Identity]>([
    ['seeds', '003_30a5a5f86e8b92a4', { number: null, symbol: 'PGDDĐT', date: '2021-02', place: 'Thủ Thừa', issuer: 'Phòng Giáo dục và Đào tạo huyện Thủ Thừa' }],
    ['corpus', '116_cat_quangninh_kh_matuy', { number: '215/KH-CAT-PC04', symbol: 'KH-CAT-PC04', date: '2025-01-24', place: 'Quảng Ninh', issuer: 'Công an tỉnh Quảng Ninh' }],
  ])('%s/%s keeps its number, date, place and issuer', async (set, id, identity) => {
    const layout = layoutOf(id, readFileSync(join(root, 'fixtures', set, `${id}.txt`), 'utf8'));
    const file = join(mkdtempSync(join(tmpdir(), 'vanban-header-')), `${id}.docx`);
    writeFileSync(file, await buildDocx(layout, { header: 'page' }));
    const r = extract(file);
    expect(r.status, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout) as { document: Identity; source: { warnings: string[] } };
    const { number, symbol, date, place, issuer } = record.document;
    expect({ number, symbol, date, place, issuer }).toEqual(identity);
    expect(record.source.warnings).toContainEqual(expect.stringMatching(/^the first-page header \(word\/header\d\.xml\) was read before the body/u));
  }, 60_000);
});
