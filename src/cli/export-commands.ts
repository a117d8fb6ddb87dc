import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { deadlinesFromStore, planCalendar, renderCalendar, DEFAULT_ALARM_DAYS, type CalendarPlan } from '../../graph/calendar/index.js';
import { DEFAULT_STORE_FILE, openEmbedded } from '../../graph/embedded/store.js';
import {
  collectGraph, EXPORT_FORMATS, toCypherScript, toGraphml, toJson, toNdjson, toNeo4jCsv, type ExportFormat, type GraphData,
} from '../../graph/export/index.js';
import type { GraphStore } from '../../graph/store.js';

// `vanban export` and `vanban calendar`: read the embedded store, write a file (or stdout).
// Exit codes: 0 written, 1 the store could not be opened, 2 usage (commander).

export interface ExportCliOptions {
  readonly format: ExportFormat;
  readonly store?: string;
  /** a file; a directory for csv (required there). */
  readonly out?: string;
}

export interface CalendarCliOptions {
  readonly store?: string;
  readonly out?: string;
  readonly agency?: string;
  readonly alarmDays?: number;
}

const fail = (message: string): number => {
  process.stderr.write(`vanban: ${message}\n`);
  return 1;
};

/** Opens an existing store; opening a missing file would create an empty graph and export nothing. */
function openStore(file: string): GraphStore | string {
  if (file !== ':memory:' && !existsSync(file)) return `there is no graph at ${file}: run "vanban ingest" first, or pass --store`;
  try {
    return openEmbedded(file);
  } catch (err) {
    return `the graph at ${file} could not be opened: ${err instanceof Error ? err.message : String(err)}`;
  }
}

async function withStore(file: string, use: (store: GraphStore) => Promise<number>): Promise<number> {
  const store = openStore(file);
  if (typeof store === 'string') return fail(store);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

const render: Record<Exclude<ExportFormat, 'csv'>, (g: GraphData) => string> = {
  json: toJson, ndjson: toNdjson, cypher: (g) => toCypherScript(g), graphml: toGraphml,
};

export async function runExport(opts: ExportCliOptions): Promise<number> {
  if (opts.format === 'csv' && !opts.out) return fail('--format csv writes one file per label and type: give a directory with --out DIR');
  return withStore(opts.store ?? DEFAULT_STORE_FILE, async (store) => {
    const graph = await collectGraph(store.snapshot());
    const counts = `${graph.nodes.length} nodes, ${graph.relationships.length} relationships`;
    if (opts.format === 'csv') {
      const dir = opts.out ?? '';
      await mkdir(dir, { recursive: true });
      const files = toNeo4jCsv(graph);
      for (const f of files) await writeFile(join(dir, f.name), f.content, f.name.endsWith('.sh') ? { mode: 0o755 } : {});
      process.stderr.write(`export: ${counts} → ${files.length} files in ${dir} (load with ${join(dir, 'import.sh')})\n`);
      return 0;
    }
    const text = render[opts.format](graph);
    if (opts.out) {
      await writeFile(opts.out, text);
      process.stderr.write(`export: ${counts} → ${opts.out}\n`);
    } else process.stdout.write(text);
    return 0;
  });
}

const SKIP_WORDS: Readonly<Record<keyof CalendarPlan['skipped'], string>> = {
  'no-date': 'without a date or a rule',
  'bad-date': 'with an impossible date',
  'bad-rule': 'with a rule that is not RFC 5545',
  'no-start': 'recurring with no date to start from',
  'other-agency': 'for other agencies',
  duplicate: 'repeated in another file of the same document',
};

/** One line for stderr: what went in, and what was left out and why. */
export function calendarSummary(plan: CalendarPlan): string {
  const recurring = plan.events.filter((e) => e.rrule !== null).length;
  const skipped = Object.entries(plan.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${SKIP_WORDS[k as keyof CalendarPlan['skipped']]}`);
  const inferred = plan.events.filter((e) => e.inferredStart).length;
  const notes = inferred > 0 ? `, ${inferred} starting at their document's earliest due day (the document is undated)` : '';
  return `calendar: ${plan.events.length} events (${recurring} recurring${notes})${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}`;
}

export async function runCalendar(opts: CalendarCliOptions): Promise<number> {
  return withStore(opts.store ?? DEFAULT_STORE_FILE, async (store) => {
    const calOpts = { ...(opts.agency ? { agency: opts.agency } : {}), ...(opts.alarmDays !== undefined ? { alarmDays: opts.alarmDays } : {}) };
    const plan = planCalendar(await deadlinesFromStore(store), calOpts);
    const ics = renderCalendar(plan, calOpts);
    if (opts.out) await writeFile(opts.out, ics);
    else process.stdout.write(ics);
    process.stderr.write(`${calendarSummary(plan)}${opts.out ? ` → ${opts.out}` : ''}\n`);
    return 0;
  });
}

function parseDays(value: string): number {
  if (!/^\d{1,3}$/u.test(value)) throw new InvalidArgumentError('expected a whole number of days (0 for no reminder)');
  return Number(value);
}

/**
 * Adds `export` and `calendar` to the program. Their exit code goes to `setExitCode`
 * (main's own code variable), else to process.exitCode.
 */
export function registerExportCommands(program: Command, setExitCode: (code: number) => void = (c) => { process.exitCode = c; }): void {
  program
    .command('export')
    .description('write the whole graph: JSON, NDJSON, CSV for neo4j-admin import, a Cypher script, or GraphML')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--store <file>', 'the embedded graph file', DEFAULT_STORE_FILE)
    .option('--out <path>', 'write to this file (a directory for csv) instead of stdout')
    .action(async (opts: { format: ExportFormat; store: string; out?: string }) => {
      setExitCode(await runExport({ format: opts.format, store: opts.store, ...(opts.out ? { out: opts.out } : {}) }));
    });
  program
    .command('calendar')
    .description('write the deadlines as an iCalendar file (RFC 5545) for Outlook or Google Calendar')
    .option('--agency <name>', 'only deadlines whose actor, recipient or issuer names this agency')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--alarm-days <n>', 'days before the due day to remind (0: no reminder)', parseDays, DEFAULT_ALARM_DAYS)
    .option('--store <file>', 'the embedded graph file', DEFAULT_STORE_FILE)
    .action(async (opts: { agency?: string; out?: string; alarmDays: number; store: string }) => {
      setExitCode(await runCalendar({ store: opts.store, alarmDays: opts.alarmDays, ...(opts.agency ? { agency: opts.agency } : {}), ...(opts.out ? { out: opts.out } : {}) }));
    });
}
