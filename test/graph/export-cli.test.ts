import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerExportCommands } from '../../src/cli/export-commands.js';

// The commands as main.ts will wire them: usage errors come from commander, run errors as exit codes.

let stderr: string[] = [];
beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr.push(String(chunk)); return true; });
});
afterEach(() => { vi.restoreAllMocks(); });

async function run(...argv: string[]): Promise<{ code: number | null; usage: string | null }> {
  let code: number | null = null;
  const program = new Command().exitOverride().configureOutput({ writeErr: (s) => stderr.push(s) });
  registerExportCommands(program, (c) => { code = c; });
  program.commands.forEach((c) => c.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { code, usage: null };
  } catch (err) {
    if (err instanceof CommanderError) return { code, usage: err.code };
    throw err;
  }
}

describe('vanban export / calendar arguments', () => {
  it('--format must be one of the five', async () => {
    expect((await run('export', '--format', 'xlsx')).usage).toBe('commander.invalidArgument');
    expect(stderr.join('')).toContain('json, ndjson, csv, cypher, graphml');
  });

  it('--format is required', async () => {
    expect((await run('export')).usage).toBe('commander.missingMandatoryOptionValue');
  });

  it('csv needs a directory', async () => {
    expect(await run('export', '--format', 'csv', '--store', 'nowhere.db')).toEqual({ code: 1, usage: null });
    expect(stderr.join('')).toContain('give a directory with --out DIR');
  });

  it('--alarm-days takes a whole number of days', async () => {
    expect((await run('calendar', '--alarm-days', 'ba')).usage).toBe('commander.invalidArgument');
    expect((await run('calendar', '--alarm-days', '-2')).usage).not.toBeNull();
  });

  it('a store that does not exist: exit 1 with one sentence', async () => {
    expect(await run('calendar', '--store', '/nonexistent/graph.db')).toEqual({ code: 1, usage: null });
    expect(stderr.join('')).toBe('vanban: there is no graph at /nonexistent/graph.db: run "vanban ingest" first, or pass --store\n');
  });
});
