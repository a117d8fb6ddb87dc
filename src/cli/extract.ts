import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extractFile } from '../../pipelines/extract-file.js';
import { walkInputs } from '../../pipelines/walk.js';
import { closeReaders } from '../read/index.js';
import type { ReadLimits } from '../read/limits.js';

export interface ExtractCliOptions {
  readonly format: 'json' | 'ndjson';
  readonly out?: string;
  readonly report?: string;
  readonly limits?: Partial<ReadLimits>;
  readonly password?: string;
}

/** One line of --report: what became of each input. */
export interface FileOutcome {
  readonly path: string;
  readonly status: 'read' | 'failed' | 'skipped';
  readonly code: string | null;
  readonly message: string | null;
  readonly sha256: string | null;
  readonly reader: string | null;
  readonly pages: number | null;
  readonly ocrPages: number | null;
  readonly warnings: readonly string[];
}

/**
 * Extracts every file (folders walked) in order; a failure is one stderr line
 * `<path>: <code>: <sentence>` and the batch goes on. Exit 1 when any file was not read.
 */
export async function runExtract(inputs: readonly string[], opts: ExtractCliOptions): Promise<number> {
  let failed = 0;
  const used = new Set<string>();
  const report: FileOutcome[] = [];
  if (opts.out) await mkdir(opts.out, { recursive: true });
  try {
    for await (const entry of walkInputs(inputs)) {
      if (entry.kind === 'skipped') {
        process.stderr.write(`${entry.path}: not-a-file: skipped: ${entry.reason}\n`);
        report.push({ path: entry.path, status: 'skipped', code: 'not-a-file', message: entry.reason, sha256: null, reader: null, pages: null, ocrPages: null, warnings: [] });
        continue;
      }
      const file = entry.path;
      const outcome = await extractFile(file, { ...(opts.limits ? { limits: opts.limits } : {}), ...(opts.password !== undefined ? { password: opts.password } : {}) });
      if (!outcome.ok) {
        failed++;
        process.stderr.write(`${file}: ${outcome.error.code}: ${outcome.error.message}\n`);
        report.push({ path: file, status: 'failed', code: outcome.error.code, message: outcome.error.message, sha256: null, reader: null, pages: null, ocrPages: null, warnings: [] });
        continue;
      }
      const { record } = outcome;
      const src = record.source;
      report.push({
        path: file,
        status: 'read',
        code: null,
        message: null,
        sha256: record.sha256,
        reader: src?.reader ?? null,
        pages: src?.pages.length ?? null,
        ocrPages: src ? src.pages.filter((p) => p.ocr).length : null,
        warnings: src?.warnings ?? [],
      });
      const json = opts.format === 'ndjson' ? JSON.stringify(record) : JSON.stringify(record, null, 2);
      if (opts.out) await writeFile(join(opts.out, outName(file, used)), `${json}\n`);
      else process.stdout.write(`${json}\n`);
    }
  } finally {
    await closeReaders();
    if (opts.report) await writeFile(opts.report, `${JSON.stringify(report, null, 2)}\n`);
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
