import { Command, CommanderError, Option } from 'commander';
import { runExtract } from './extract.js';
import { runSchema } from './schema.js';

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
    .description('extract one record per file (plain text: UTF-8 or UTF-16)')
    .argument('<file...>', 'documents to read')
    .addOption(new Option('--json', 'one pretty JSON object per file (default)').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'one JSON object per line'))
    .option('--out <dir>', 'write <dir>/<name>.json per file instead of printing')
    .action(async (files: string[], opts: { json?: boolean; ndjson?: boolean; out?: string }) => {
      code = await runExtract(files, { format: opts.ndjson ? 'ndjson' : 'json', ...(opts.out ? { out: opts.out } : {}) });
    });
  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .option('--out <file>', 'write it to a file')
    .action(async (opts: { out?: string }) => {
      code = await runSchema(opts.out);
    });
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
