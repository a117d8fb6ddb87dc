/**
 * The graph commands: ingest, lineage, missing, show, deadlines, stats. The integrator wires
 * them into main.ts with registerGraphCommands(program, ctx). Exit codes: 0 done, 1 some file
 * failed or the key is not in the graph, 2 usage (commander).
 */
import cliProgress from 'cli-progress';
import { type Command, Option } from 'commander';
import { deadlinesText, lineageText, missingText, showText, statsText } from '../../graph/format-text.js';
import { PICTURE_FORMATS, renderLineage, type PictureFormat } from '../../graph/render/index.js';
import { openStore, type StoreChoice } from '../../graph/open.js';
import { sortedKeys, withDueDates } from '../../graph/query-rules.js';
import type { GraphStore } from '../../graph/store.js';
import { type IngestOutcome, ingestPaths } from '../../pipelines/ingest.js';

export interface GraphCommandContext {
  setExitCode(code: number): void;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** draw a progress bar; default: stderr is a TTY. */
  readonly isTTY?: boolean;
}

type Format = 'text' | 'json';
type StoreOpts = StoreChoice & { format?: string };
const LINEAGE_FORMATS = ['text', 'json', ...PICTURE_FORMATS] as const;

const storeOptions = (cmd: Command): Command =>
  cmd
    .addOption(new Option('--store <file>', 'the embedded graph file').default('.vanban/graph.db').conflicts('neo4j'))
    .addOption(new Option('--neo4j <uri>', 'a Neo4j server instead (NEO4J_USER, NEO4J_PASSWORD from the environment)'));
const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

const json = (value: unknown): string => `${JSON.stringify(sortedKeys(value), null, 2)}\n`;

export function registerGraphCommands(program: Command, ctx: GraphCommandContext): void {
  const out = (s: string) => ctx.stdout.write(s);
  const err = (s: string) => ctx.stderr.write(s);
  const withStore = async (opts: StoreChoice, run: (store: GraphStore) => Promise<number>) => {
    let store: GraphStore | null = null;
    try {
      store = await openStore({ ...(opts.neo4j ? { neo4j: opts.neo4j } : { store: opts.store ?? '.vanban/graph.db' }) });
      ctx.setExitCode(await run(store));
    } catch (e) {
      err(`vanban: the graph store cannot be used: ${e instanceof Error ? e.message : String(e)}\n`);
      ctx.setExitCode(1);
    } finally {
      await store?.close().catch(() => undefined);
    }
  };
  /** One document for what the user typed; several or none is explained and gives null. */
  const pick = async (store: GraphStore, typed: string) => {
    const found = await store.findDocuments(typed);
    if (found.length === 1) return found[0] ?? null;
    if (found.length === 0) err(`vanban: no document "${typed}" in the graph.\n`);
    else err(`vanban: "${typed}" names ${found.length} documents; give one of these keys:\n${found.map((d) => `  ${d.key}  (${d.label})`).join('\n')}\n`);
    return null;
  };

  storeOptions(program.command('ingest'))
    .description('read, extract and write documents into the graph (folders are walked; unchanged files are skipped)')
    .argument('<path...>', 'files or folders')
    .option('--concurrency <n>', 'files extracted at once', (v) => Number.parseInt(v, 10), 2)
    .addOption(formatOption())
    .action(async (paths: string[], opts: StoreOpts & { concurrency: number }) => {
      await withStore(opts, async (store) => {
        const tty = ctx.isTTY ?? Boolean((ctx.stderr as NodeJS.WriteStream).isTTY);
        const bars = tty ? new cliProgress.MultiBar({ stream: ctx.stderr, clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
        let bar: cliProgress.SingleBar | null = null;
        const line = (o: IngestOutcome) =>
          o.status === 'failed' ? `failed     ${o.file}: ${o.code}: ${o.message}`
            : o.status === 'skipped' ? `skipped    ${o.file}: ${o.reason}`
            : `${o.status.padEnd(10)} ${o.file}`;
        const { counts, outcomes } = await ingestPaths(paths, store, {
          concurrency: Math.max(1, opts.concurrency || 1),
          onStart: (total) => { bar = bars?.create(total, 0) ?? null; },
          onOutcome: (o) => {
            if (bars) bars.log(`${line(o)}\n`);
            else err(`${line(o)}\n`);
            if (o.status !== 'skipped') bar?.increment();
          },
        });
        bars?.stop();
        if (opts.format === 'json') out(json({ counts, outcomes: [...outcomes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) }));
        else out(`${counts.files} files: ${counts.ingested} ingested, ${counts.unchanged} unchanged, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`);
        return counts.failed > 0 ? 1 : 0;
      });
    });

  storeOptions(program.command('lineage'))
    .description('the chain of IMPLEMENTS above (--up) or below (--down) a document')
    .argument('<key>', 'a symbol as written (124/2021/TT-BCA) or a full key')
    .addOption(new Option('--up', 'what it implements (default)').conflicts('down'))
    .addOption(new Option('--down', 'what implements it'))
    .option('--depth <n>', 'hops to follow (1-50)', (v) => Number.parseInt(v, 10), 10)
    .addOption(new Option('--format <format>', 'output format').choices([...LINEAGE_FORMATS]).default('text'))
    .action(async (key: string, opts: StoreOpts & { up?: boolean; down?: boolean; depth: number }) => {
      await withStore(opts, async (store) => {
        const doc = await pick(store, key);
        if (!doc) return 1;
        // Text and JSON quote each edge's evidence; the pictures show none.
        const evidence = !opts.format || opts.format === 'text' || opts.format === 'json';
        const result = await store.lineage(doc.key, { direction: opts.down ? 'down' : 'up', depth: opts.depth, evidence });
        if (!result) return 1;
        if (opts.format === 'json') out(json(result));
        else if (opts.format === 'text' || !opts.format) out(lineageText(result));
        else {
          const picture = await renderLineage(result, opts.format as PictureFormat);
          out(picture.endsWith('\n') ? picture : `${picture}\n`);
        }
        return 0;
      });
    });

  storeOptions(program.command('missing'))
    .description('directives cited but not on file, the most cited first')
    .addOption(formatOption())
    .action(async (opts: StoreOpts) => {
      await withStore(opts, async (store) => {
        const rows = await store.missing();
        out((opts.format as Format) === 'json' ? json(rows) : missingText(rows));
        return 0;
      });
    });

  storeOptions(program.command('show'))
    .description('a document, its facts and their evidence')
    .argument('<key>', 'a symbol as written or a full key')
    .addOption(formatOption())
    .action(async (key: string, opts: StoreOpts) => {
      await withStore(opts, async (store) => {
        const doc = await pick(store, key);
        const view = doc ? await store.document(doc.key) : null;
        if (!view) return 1;
        out(opts.format === 'json' ? json(view) : showText(view));
        return 0;
      });
    });

  storeOptions(program.command('deadlines'))
    .description('deadlines in a period, for an agency')
    .option('--from <date>', 'YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--to <date>', 'YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--agency <name>', 'who must act, who receives, or who issued (abbreviations understood)')
    .addOption(formatOption())
    .action(async (opts: StoreOpts & { from?: string; to?: string; agency?: string }) => {
      for (const d of [opts.from, opts.to]) {
        if (d !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(d)) {
          err(`vanban: "${d}" is not a date; write it as YYYY-MM-DD.\n`);
          ctx.setExitCode(2);
          return;
        }
      }
      await withStore(opts, async (store) => {
        const q = { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}), ...(opts.agency ? { agency: opts.agency } : {}) };
        const rows = withDueDates(await store.deadlines(q), q);
        out(opts.format === 'json' ? json(rows) : deadlinesText(rows));
        return 0;
      });
    });

  storeOptions(program.command('stats'))
    .description('how many documents, stubs, relationships by type, deadlines, targets')
    .option('--json', 'JSON (same as --format json)')
    .addOption(formatOption())
    .action(async (opts: StoreOpts & { json?: boolean }) => {
      await withStore(opts, async (store) => {
        const stats = await store.stats();
        out(opts.json || opts.format === 'json' ? json(stats) : statsText(stats));
        return 0;
      });
    });
}
