// mammoth's HTML → the plain text vanban reads. mammoth writes a small, regular HTML (p, h1-6,
// table/tr/td, ol/ul/li, a, strong/em/sup/sub, br, img), so a small tree walk is enough.

interface Node {
  readonly tag: string;
  readonly attrs: string;
  readonly children: (Node | string)[];
}

const VOID = new Set(['br', 'img', 'hr', 'col', 'wbr']);
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'pre', 'dt', 'dd']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/gu;
const NOTE_ITEM = /\bid="(?:footnote|endnote)-(\d+)"/u;
const BACK_LINK = /\bhref="#(?:footnote|endnote)-ref-/u;

function parse(html: string): Node {
  const root: Node = { tag: '#root', attrs: '', children: [] };
  const stack: Node[] = [root];
  for (const m of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    if (m[4] !== undefined) {
      top.children.push(decodeEntities(m[4]));
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (m[1] === '/') {
      // Close up to the matching element; a stray closing tag is ignored.
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const node: Node = { tag, attrs: m[3] ?? '', children: [] };
    top.children.push(node);
    if (!VOID.has(tag) && !(m[3] ?? '').trimEnd().endsWith('/')) stack.push(node);
  }
  return root;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|([a-zA-Z]+));/gu, (all, dec?: string, hex?: string, name?: string) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : null;
    if (code !== null) return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    return NAMED[name!] ?? all;
  });
}

/** Inline content of a block: text, with <br> as a line break; nested blocks are rendered apart. */
function blockLines(node: Node, out: string[]): void {
  let line = '';
  const nested: string[] = [];
  const inline = (n: Node | string): void => {
    if (typeof n === 'string') {
      line += n;
      return;
    }
    if (n.tag === 'br') {
      line += '\n';
      return;
    }
    if (n.tag === 'a' && BACK_LINK.test(n.attrs)) return; // the "↑" back to the note's reference
    if (BLOCK.has(n.tag) || n.tag === 'ul' || n.tag === 'ol' || n.tag === 'table') {
      render(n, nested);
      return;
    }
    n.children.forEach(inline);
  };
  node.children.forEach(inline);
  out.push(...line.split('\n').map((l) => l.trimEnd()), ...nested);
}

/** Cells' lines side by side, line by line, joined by TAB (no trailing TABs): how a header row reads. */
export function zipColumns(columns: readonly (readonly string[])[]): string[] {
  const height = Math.max(0, ...columns.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < height; i++) out.push(columns.map((c) => (c[i] ?? '').trim()).join('\t').replace(/\t+$/u, ''));
  return out;
}

/** A table row: each cell's lines side by side, joined by TAB, so a two-column header stays readable. */
function rowLines(row: Node, out: string[]): void {
  const cells = row.children.filter((c): c is Node => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
  const columns = cells.map((cell) => {
    const lines: string[] = [];
    render(cell, lines);
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    return lines.map((l) => l.trim());
  });
  for (const line of zipColumns(columns)) if (line.trim() !== '') out.push(line);
}

function render(node: Node, out: string[]): void {
  if (node.tag === 'tr') return rowLines(node, out);
  if (BLOCK.has(node.tag)) return blockLines(node, out);
  let loose = '';
  const flush = (): void => {
    if (loose.trim() !== '') out.push(...loose.split('\n').map((l) => l.trimEnd()));
    loose = '';
  };
  for (const child of node.children) {
    if (typeof child === 'string') loose += child;
    else if (child.tag === 'br') loose += '\n';
    else if (BLOCK.has(child.tag) || ['table', 'thead', 'tbody', 'tr', 'ul', 'ol', 'td', 'th'].includes(child.tag)) {
      flush();
      render(child, out);
    } else {
      const inner: string[] = [];
      render(child, inner);
      loose += inner.join('\n');
    }
  }
  flush();
}

/** Splits mammoth's trailing footnote/endnote lists from the body. */
function isNoteList(n: Node | string): n is Node {
  return typeof n !== 'string' && n.tag === 'ol' && n.children.some((c) => typeof c !== 'string' && NOTE_ITEM.test(c.attrs));
}

/** The body's lines and the footnotes' ("[n] text"), apart: the reader puts page headers and footers between. */
export interface HtmlParts {
  readonly body: readonly string[];
  readonly notes: readonly string[];
}

/** Paragraphs become lines, table rows tab-joined lines, list items lines; empty body lines are dropped. */
export function htmlToParts(html: string): HtmlParts {
  const root = parse(html);
  const body: string[] = [];
  const notes: string[] = [];
  for (const child of root.children) {
    if (isNoteList(child)) {
      for (const item of child.children) {
        if (typeof item === 'string') continue;
        const n = NOTE_ITEM.exec(item.attrs)?.[1];
        const lines: string[] = [];
        render({ tag: 'div', attrs: '', children: item.children }, lines);
        const text = lines.map((l) => l.trim()).filter(Boolean).join(' ');
        if (text !== '') notes.push(n === undefined ? text : `[${n}] ${text}`);
      }
    } else if (typeof child === 'string') {
      if (child.trim() !== '') body.push(child.trim());
    } else render(child, body);
  }
  return { body: body.filter((l) => l.trim() !== ''), notes };
}

/** mammoth's HTML as text: the body, then its footnotes after a line "Chú thích:", each as "[n] text". */
export function htmlToText(html: string): string {
  const { body, notes } = htmlToParts(html);
  return (notes.length > 0 ? [...body, 'Chú thích:', ...notes] : body).join('\n');
}
