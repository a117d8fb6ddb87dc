// The fonts a DOCX's styles give its runs. mammoth reports only a run's own w:rFonts; a TCVN3
// document usually sets .VnTime once, in the Normal style or the document defaults.

export interface StyleFonts {
  /** w:docDefaults' run font. */
  readonly defaultFont: string | null;
  /** The paragraph style a paragraph without w:pStyle takes (w:default="1"). */
  readonly defaultParagraphStyle: string | null;
  /** Font of each style, its basedOn chain followed. */
  readonly byStyle: ReadonlyMap<string, string>;
}

const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu;
const ATTR = (name: string): RegExp => new RegExp(String.raw`\b${name}="([^"]*)"`, 'u');
const STYLE_ID = ATTR('w:styleId');
const BASED_ON = /<w:basedOn\b[^>]*\bw:val="([^"]*)"/u;
const DEFAULTS = /<w:docDefaults\b[\s\S]*?<\/w:docDefaults>/u;

/** The ASCII font of the first w:rFonts in `xml` (w:hAnsi when w:ascii is missing). */
function runFont(xml: string): string | null {
  const fonts = /<w:rFonts\b([^>]*)\/?>/u.exec(xml)?.[1];
  if (fonts === undefined) return null;
  return ATTR('w:ascii').exec(fonts)?.[1] ?? ATTR('w:hAnsi').exec(fonts)?.[1] ?? null;
}

/**
 * A property of each style, read by `own` from the style's XML; a style that does not set it
 * takes its basedOn parent's (the chain followed, at most 20 deep).
 */
export function styleProperty<T>(stylesXml: string | null, own: (body: string) => T | null): Map<string, T> {
  const styles = new Map<string, { value: T | null; basedOn: string | null }>();
  for (const m of (stylesXml ?? '').matchAll(STYLE)) {
    const [, attrs = '', body = ''] = m;
    const id = STYLE_ID.exec(attrs)?.[1];
    if (id !== undefined) styles.set(id, { value: own(body), basedOn: BASED_ON.exec(body)?.[1] ?? null });
  }
  const out = new Map<string, T>();
  for (const id of styles.keys()) {
    let at: string | null = id;
    for (let depth = 0; at !== null && depth < 20; depth++) {
      const style = styles.get(at);
      if (style === undefined) break;
      if (style.value !== null) {
        out.set(id, style.value);
        break;
      }
      at = style.basedOn;
    }
  }
  return out;
}

export function readStyleFonts(stylesXml: string | null): StyleFonts {
  if (stylesXml === null) return { defaultFont: null, defaultParagraphStyle: null, byStyle: new Map() };
  let defaultParagraphStyle: string | null = null;
  for (const [, attrs = ''] of stylesXml.matchAll(STYLE)) {
    if (/\bw:type="paragraph"/u.test(attrs) && /\bw:default="(?:1|true)"/u.test(attrs)) defaultParagraphStyle = STYLE_ID.exec(attrs)?.[1] ?? null;
  }
  // A style's own run properties; w:pPr holds no fonts, so the first rFonts is the style's.
  const byStyle = styleProperty(stylesXml, runFont);
  const defaults = DEFAULTS.exec(stylesXml)?.[0];
  return { defaultFont: defaults === undefined ? null : runFont(defaults), defaultParagraphStyle, byStyle };
}
