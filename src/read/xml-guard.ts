import { ReadError } from './errors.js';

/** Decodes an XML part as its byte-order mark says; Office writes UTF-8 or UTF-16. */
export function decodeXmlPart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM itself
}

// A DTD is where entities are declared: external ones read files or URLs (XXE), nested internal
// ones multiply (billion laughs). Word never writes one.
const DECLARATION = /<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)/iu;

const NAME = String.raw`[\p{L}_:][\p{L}\p{N}_:.\-]*`;
const START_TAG = new RegExp(String.raw`<(${NAME})(?:\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>`, 'uy');
const END_TAG = new RegExp(String.raw`</(${NAME})\s*>`, 'uy');
// Without a DTD only the five predefined entities and character references exist.
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/u;

/**
 * Refuses an XML part that declares entities (XXE, billion laughs) or is not well-formed, before
 * mammoth's parser sees it. `part` is the part's name inside the container, for the message.
 */
export function checkXmlPart(xml: string, part: string, file: string): void {
  if (DECLARATION.test(xml)) {
    throw new ReadError('corrupt', file, `its part ${part} holds XML entity declarations, which vanban never resolves`);
  }
  const problem = wellFormedProblem(xml);
  if (problem !== null) throw new ReadError('corrupt', file, `its part ${part} is damaged: the XML is not well-formed (${problem})`);
}

/** A small well-formedness check: balanced tags, one root, quoted attributes, known entities. */
export function wellFormedProblem(xml: string): string | null {
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt === -1 ? xml.length : lt);
    if (text.trim() !== '' && open.length === 0) return 'text outside the root element';
    if (BAD_REFERENCE.test(text)) return 'an unknown entity reference';
    if (lt === -1) break;
    const skip = skipSpecial(xml, lt);
    if (skip === -1) return 'a comment, CDATA section or processing instruction is not closed';
    if (skip !== null) {
      at = skip;
      continue;
    }
    END_TAG.lastIndex = lt;
    const end = END_TAG.exec(xml);
    if (end) {
      const expected = open.pop();
      if (expected !== end[1]) return expected === undefined ? `</${end[1]}> closes nothing` : `</${end[1]}> closes <${expected}>`;
      at = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = lt;
    const start = START_TAG.exec(xml);
    if (!start) return `a malformed tag at character ${lt}`;
    if (BAD_REFERENCE.test(start[0])) return 'an unknown entity reference';
    if (open.length === 0 && ++roots > 1) return 'more than one root element';
    if (start[2] !== '/') open.push(start[1]!);
    at = START_TAG.lastIndex;
  }
  if (open.length > 0) return `it ends inside <${open[open.length - 1]}>`;
  return roots === 0 ? 'no root element' : null;
}

/** Past a comment, CDATA or processing instruction at `lt`; null when none starts there, -1 when unclosed. */
function skipSpecial(xml: string, lt: number): number | null {
  const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : xml.startsWith('<?', lt) ? '?>' : null;
  if (close === null) return null;
  const end = xml.indexOf(close, lt + 2);
  return end === -1 ? -1 : end + close.length;
}
