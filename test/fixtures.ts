import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** [name, text] of every fixture document (the five seeds and our own corpus). */
export function fixtureTexts(): [string, string][] {
  return ['seeds', 'corpus'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f): [string, string] => [`${dir}/${f}`, readFileSync(join(FIXTURES, dir, f), 'utf8')]),
  );
}
