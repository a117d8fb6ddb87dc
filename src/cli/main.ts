import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runExtract } from './extract.js';
import { runSchema } from './schema.js';
import { registerExportCommands } from './export-commands.js';
import { registerGraphCommands } from './graph-commands.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../read/limits.js';

/** --limit name=value, repeatable; names are those of ReadLimits. */
function parseLimit(value: string, previous: Partial<ReadLimits> = {}): Partial<ReadLimits> {
  const m = /^(\w+)=(\d+)$/u.exec(value);
  const name = m?.[1] as keyof ReadLimits | undefined;
  if (!m || !name || !(name in DEFAULT_LIMITS)) {
    throw new InvalidArgumentError(`expected name=number with a name among ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
  }
  return { ...previous, [name]: Number(m[2]) };
}

/** Exit codes: 0 every file read, 1 some file could not be read, 2 usage error. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('vanban')
    .description('Reads Vietnamese administrative documents: citations, lineage, deadlines, targets.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let code = 0;
  program
    .command('extract')
    .description('extract one record per file: text (UTF-8/16, Windows-1258, TCVN3, VNI), DOCX, DOC, RTF, PDF, scans and photos (OCR); folders are walked')
    .argument('<path...>', 'documents or folders to read')
    .addOption(new Option('--json', 'one pretty JSON object per file (default)').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'one JSON object per line'))
    .option('--out <dir>', 'write <dir>/<name>.json per file instead of printing')
    .option('--report <file>', 'write a JSON list of per-file outcomes')
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--limit <name=value>', `override a reading limit (repeatable): ${Object.entries(DEFAULT_LIMITS).map(([k, v]) => `${k}=${v}`).join(', ')}`, parseLimit)
    .action(async (files: string[], opts: { json?: boolean; ndjson?: boolean; out?: string; report?: string; password?: string; limit?: Partial<ReadLimits> }) => {
      code = await runExtract(files, {
        format: opts.ndjson ? 'ndjson' : 'json',
        ...(opts.out ? { out: opts.out } : {}),
        ...(opts.report ? { report: opts.report } : {}),
        ...(opts.password !== undefined ? { password: opts.password } : {}),
        ...(opts.limit ? { limits: opts.limit } : {}),
      });
    });
  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .option('--out <file>', 'write it to a file')
    .action(async (opts: { out?: string }) => {
      code = await runSchema(opts.out);
    });
  registerGraphCommands(program, { setExitCode: (c) => { code = c; }, stdout: process.stdout, stderr: process.stderr });
  registerExportCommands(program, (c) => { code = c; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    throw err;
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`vanban: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
