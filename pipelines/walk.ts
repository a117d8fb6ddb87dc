import { lstat, opendir, stat } from 'node:fs/promises';

/** One input the walk found: a regular file to read, or an entry skipped with its reason. */
export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

const kindOf = (s: { isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string =>
  s.isSymbolicLink() ? 'a symbolic link (links are not followed)'
    : s.isFIFO() ? 'a named pipe (FIFO)'
    : s.isSocket() ? 'a socket'
    : s.isCharacterDevice() || s.isBlockDevice() ? 'a device'
    : 'not a regular file';

/** Joins without normalising, so a path is reported exactly as the user gave its folder. */
const under = (dir: string, name: string): string => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

/**
 * Expands the command line: files as given, folders walked recursively in name order. Inside a
 * folder only regular files are taken; links, FIFOs, sockets and devices are skipped with a
 * reason. A path given by the user is followed even when it is a link: they named it.
 */
export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<WalkEntry> {
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (s?.isDirectory()) yield* walkDir(input);
    else yield { kind: 'file', path: input }; // missing or special: the reader says why
  }
}

async function* walkDir(dir: string): AsyncGenerator<WalkEntry> {
  let names: { name: string; isDir: boolean; isFile: boolean; other: string | null }[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const d of handle) {
      names.push({ name: d.name, isDir: d.isDirectory(), isFile: d.isFile(), other: d.isDirectory() || d.isFile() ? null : kindOf(d) });
    }
  } catch (cause) {
    yield { kind: 'skipped', path: dir, reason: `cannot list the folder (${(cause as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const path = under(dir, n.name);
    if (n.isDir) yield* walkDir(path);
    else if (n.isFile) yield { kind: 'file', path };
    else {
      // Some file systems report DT_UNKNOWN: ask lstat before skipping.
      const l = await lstat(path).catch(() => null);
      if (l?.isFile()) yield { kind: 'file', path };
      else if (l?.isDirectory()) yield* walkDir(path);
      else yield { kind: 'skipped', path, reason: l ? kindOf(l) : (n.other ?? 'not a regular file') };
    }
  }
}
