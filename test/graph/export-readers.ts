// Readers the export tests check the output with: strict XML (saxes) and RFC 4180 CSV.
import { SaxesParser } from 'saxes';

/** RFC 4180 rows: null for an empty unquoted field, "" for a quoted one (as neo4j-admin reads them). */
export function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: (string | null)[] = [];
    for (;;) {
      if (text[i] === '"') {
        let value = '';
        i += 1;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new Error('unterminated quote');
          value += text.slice(i, q);
          if (text[q + 1] === '"') { value += '"'; i = q + 2; } else { i = q + 1; break; }
        }
        row.push(value);
      } else {
        const m = /[,\n]/u.exec(text.slice(i));
        const end = m ? i + m.index : text.length;
        const raw = text.slice(i, end);
        if (raw.includes('"')) throw new Error(`bare quote in ${raw}`);
        row.push(raw === '' ? null : raw);
        i = end;
      }
      if (text[i] === ',') { i += 1; continue; }
      if (text[i] === '\n' || i >= text.length) { i += 1; break; }
      throw new Error(`unexpected ${text[i]} at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

export interface XmlElement { readonly name: string; readonly attributes: Record<string, string>; text: string; readonly parent: XmlElement | null }

/** Strict XML parse (saxes throws on anything not well-formed); every element with its text. */
export function parseXml(xml: string): XmlElement[] {
  const parser = new SaxesParser();
  const all: XmlElement[] = [];
  const stack: XmlElement[] = [];
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (t) => {
    const el: XmlElement = { name: t.name, attributes: t.attributes as Record<string, string>, text: '', parent: stack.at(-1) ?? null };
    all.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => { const top = stack.at(-1); if (top) top.text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return all;
}

