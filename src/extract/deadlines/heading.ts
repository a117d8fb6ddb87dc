import { OBLIGATION } from './fragments.js';

// "2. Các đơn vị, trường học" heading items "a) ...", "b) ...": the heading names who must act.
const HEADING = /^\s*(?:\d{1,2}|[IVX]{1,4})\.\s+(?<who>(?:Sở|Phòng|Bộ|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|Văn\s+phòng|Cục|Thanh\s+tra|Công\s+an|Trung\s+tâm|Trường|Các|Hiệu\s+trưởng|Thủ\s+trưởng|Chủ\s+tịch|Giám\s+đốc)[^\n:;]{0,100}?)\s*:?\s*$/u;
const ITEM = /^\s*(?:[a-zđ][).]|[-+·•*])\s/u;
const VERB = new RegExp(OBLIGATION, 'iu');
const MAX_LINES = 15;
/** How far into its line a clause may start and still belong to a list item. */
const MAX_ITEM_OFFSET = 4000;

/** The actor named by the heading above a list item, or null (not a list item, no such heading). */
export function headingActor(text: string, offset: number): string | null {
  // A list item sits on a line of its own: look back a bounded stretch, not the whole of a huge line.
  let nl = offset - 1;
  while (nl >= 0 && offset - nl <= MAX_ITEM_OFFSET && text.charCodeAt(nl) !== 10) nl--;
  if (offset - nl > MAX_ITEM_OFFSET) return null;
  let lineStart = nl + 1;
  const first = text.slice(lineStart, Math.min(text.length, lineStart + 12));
  if (!ITEM.test(first)) return null;
  for (let i = 0; i < MAX_LINES && lineStart > 0; i++) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end);
    if (line.length > 160 || line.trim() === '' || ITEM.test(line)) continue;
    const who = HEADING.exec(line)?.groups?.who;
    if (who && !VERB.test(who)) return who.trim();
    return null; // another heading or a paragraph: the item has no named actor above it
  }
  return null;
}
