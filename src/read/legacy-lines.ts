import { LEGACY_ENCODING_NAMES, repairMojibakeLines, type LegacyEncoding } from './encodings/index.js';
import type { PageProvenance, ReadResult } from './types.js';

/**
 * Paragraphs typed in .VnTime or VNI inside an otherwise Unicode document survive every
 * conversion that loses the font name (PDF text layers, RTF and text exports, pasted text) as
 * cp1252 glyphs: "nh©n d©n". Such lines are decoded page by page, OCR'd pages excepted, and the
 * page offsets moved to match. The rest of the text is left as it is.
 */
export function repairLegacyLines(result: ReadResult): ReadResult {
  const { text, provenance } = result;
  // A whole document in a legacy encoding was decoded by its reader already.
  if (provenance.encoding === 'tcvn3' || provenance.encoding === 'vni') return result;
  let out = '';
  let from = 0;
  let encoding: LegacyEncoding | null = null;
  const pages: PageProvenance[] = [];
  for (const page of provenance.pages) {
    out += text.slice(from, page.start);
    const own = text.slice(page.start, page.end);
    const repaired = page.ocr ? null : repairMojibakeLines(own);
    if (repaired !== null) encoding ??= repaired.encoding;
    const start = out.length;
    out += repaired?.text ?? own;
    pages.push({ ...page, start, end: out.length });
    from = page.end;
  }
  if (encoding === null) return result;
  out += text.slice(from);
  return {
    text: out,
    provenance: {
      ...provenance,
      encoding: provenance.encoding ?? encoding,
      pages,
      warnings: [...provenance.warnings, `some lines were typed in a ${LEGACY_ENCODING_NAMES[encoding]} font and were decoded`],
    },
  };
}
