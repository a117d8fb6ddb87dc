import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extractFile } from '../../pipelines/extract-file.js';

export interface ExtractCliOptions {
  readonly format: 'json' | 'ndjson';
  readonly out?: string;
}

/** Extracts every file in order; a failure is one stderr line and the batch goes on. */
export async function runExtract(files: readonly string[], opts: ExtractCliOptions): Promise<number> {
  let failed = 0;
  const used = new Set<string>();
  if (opts.out) await mkdir(opts.out, { recursive: true });
  for (const file of files) {
    const outcome = await extractFile(file);
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`${file}: ${outcome.error.code}: ${outcome.error.message}\n`);
      continue;
    }
    const json = opts.format === 'ndjson' ? JSON.stringify(outcome.record) : JSON.stringify(outcome.record, null, 2);
    if (opts.out) {
      await writeFile(join(opts.out, outName(file, used)), `${json}\n`);
    } else {
      process.stdout.write(`${json}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** <name>.json, with -2, -3 … when two inputs share a base name, so nothing is overwritten. */
function outName(file: string, used: Set<string>): string {
  const base = basename(file).replace(/\.[^.]*$/u, '') || 'document';
  let name = `${base}.json`;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}.json`;
  used.add(name);
  return name;
}
