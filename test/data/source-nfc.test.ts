import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Regex literals and tables must be NFC, or "Căn cứ" in NFD source would never match NFC text.
const root = join(import.meta.dirname, '../../src');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|json)$/u.test(f) ? [p] : [];
  });

it.each(walk(root).map((p) => [p.slice(root.length + 1), p]))('src/%s is NFC', (_name, path) => {
  const text = readFileSync(path, 'utf8');
  expect(text === text.normalize('NFC')).toBe(true);
});
