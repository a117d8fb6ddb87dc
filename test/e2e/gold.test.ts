import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The whole pipeline scored by the project's scorer on the seed gold and our own corpus gold.
// Runs the TypeScript sources through tsx so it needs no build.
const root = join(import.meta.dirname, '../..');
const scorer = join(root, '../shared/eval/score.mjs');
const cmd = `node --import tsx ${JSON.stringify(join(root, 'src/cli/main.ts'))} extract {file} --json`;
const GATE = ['--min', 'citations=0.98', '--min', 'implements=0.95', '--min', 'links=0.95', '--min', 'deadlines=0.95', '--min', 'targets=0.9', '--min', 'attributes=0.95'];

describe.skipIf(!existsSync(scorer))('accuracy gate (../shared/eval/score.mjs)', () => {
  it.each([['seeds', 'fixtures/gold/seeds.gold.json'], ['own corpus', 'fixtures/gold/corpus.gold.json']])(
    '%s gold passes the gate',
    (_name, gold) => {
      let out = '';
      try {
        out = execFileSync('node', [scorer, '--gold', join(root, gold), '--cmd', cmd, '--verbose', ...GATE], { encoding: 'utf8', cwd: root });
      } catch (err) {
        out = String((err as { stdout?: string }).stdout ?? err);
      }
      expect(out).not.toMatch(/^below:/mu);
      expect(out).toMatch(/failed docs 0/u);
    },
    900_000, // 106 corpus documents, each through tsx, on a shared 2-core machine
  );
});
