// Which header and footer Word draws on the first page. A section's properties (w:sectPr) name its
// parts by relationship id: w:headerReference w:type="first" (shown on page 1 when w:titlePg is
// set), "default" (every other page, and page 1 without w:titlePg) and "even" (even pages, only
// with evenAndOddHeaders). The first section's properties are the first w:sectPr in the body: a
// section that is not the last ends with a paragraph carrying them.

export type PagePartKind = 'header' | 'footer';
export type PagePartType = 'first' | 'default' | 'even';

export interface PagePart {
  readonly kind: PagePartKind;
  /** The reference type it was chosen by. */
  readonly type: PagePartType;
  /** The part's name in the package, e.g. word/header1.xml. */
  readonly part: string;
}

const SECT_PR = /<w:sectPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:sectPr>)/u;
const REFERENCE = /<w:(header|footer)Reference\b([^>]*)\/?>/gu;
const TITLE_PG = /<w:titlePg\b(?![^>]*\bw:val="(?:0|false|off)")[^>]*\/?>/u;
const RELATIONSHIP = /<Relationship\b([^>]*)\/?>/gu;

const attr = (attrs: string, name: string): string | null => new RegExp(String.raw`(?:^|\s)${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null;

/** The relationships part of a package part: word/document.xml → word/_rels/document.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationship id → the target part's name, resolved against the folder of `part`; external targets left out. */
export function readRelationships(relsXml: string | undefined, part: string): Map<string, string> {
  const out = new Map<string, string>();
  const base = part.slice(0, part.lastIndexOf('/') + 1);
  for (const m of (relsXml ?? '').matchAll(RELATIONSHIP)) {
    const attrs = m[1] ?? '';
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (id === null || target === null || attr(attrs, 'TargetMode') === 'External') continue;
    out.set(id, resolvePartName(target.startsWith('/') ? target.slice(1) : base + target));
  }
  return out;
}

/** Folds "." and ".." out of a part name (word/../word/header1.xml → word/header1.xml). */
function resolvePartName(path: string): string {
  const out: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.' && piece !== '') out.push(piece);
  }
  return out.join('/');
}

/**
 * The header and footer Word draws on the first page, each null when there is none: the first
 * section's "first" part when w:titlePg is set (none when it has no such part: page 1 is then
 * blank there), else its "default" part. Even-page parts never reach page 1.
 */
export function firstPageParts(documentXml: string, rels: ReadonlyMap<string, string>): { header: PagePart | null; footer: PagePart | null } {
  const sect = SECT_PR.exec(documentXml);
  const body = sect?.[1] ?? '';
  const titlePage = TITLE_PG.test(body);
  const refs = new Map<string, string>();
  for (const m of body.matchAll(REFERENCE)) {
    const type = attr(m[2] ?? '', 'w:type') ?? 'default';
    const id = attr(m[2] ?? '', 'r:id');
    const part = id === null ? undefined : rels.get(id);
    if (part !== undefined) refs.set(`${m[1]}:${type}`, part);
  }
  const pick = (kind: PagePartKind): PagePart | null => {
    const type: PagePartType = titlePage ? 'first' : 'default';
    const part = refs.get(`${kind}:${type}`);
    return part === undefined ? null : { kind, type, part };
  };
  return { header: pick('header'), footer: pick('footer') };
}
