import type { Span } from '../doc/span.js';
import type { Cell } from './lines.js';

// A bullet may open each item: "- Căn cứ Luật …;", "– Căn cứ Nghị định …;" (dashes are unified by normalize).
const TRIGGER = /^(?:[-+•·*]\s*)?(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Thi\s+hành|Xét|Tiếp\s+theo|Trên\s+cơ\s+sở|Nhằm|Để\s+triển\s+khai|Để\s+thực\s+hiện|Được\s+sự)/u;
const SENTENCE_TRIGGER = /[.!?]\s+(?<t>Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Thi\s+hành)\s/u;
/** Where the body starts: a section, an article, or the operative "QUYẾT ĐỊNH:". */
export const SECTION_START = /^(?:[IVXLC]{1,5}\s*[.:-]\s|\d{1,2}\s*[.)]\s|[A-Z]\.\s|Điều\s+1[.:\s]|(?:QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT)\s*:|Phần\s+(?:I|thứ|1)|PHẦN\s+|Chương\s+I|CHƯƠNG\s+I)/u;

/**
 * The preamble: consecutive paragraphs that open with Căn cứ / Thực hiện / Triển khai / Theo …,
 * from `from` up to the first section. Citations there are what the document carries out.
 */
export function readPreamble(all: readonly Cell[], from: number): { spans: Span[]; bodyStart: number } {
  const spans: Span[] = [];
  let bodyStart = from;
  let lastText = ''; // the preamble's last line so far: does it end a sentence?
  for (const c of all) {
    if (c.start < from) continue;
    if (SECTION_START.test(c.text)) {
      bodyStart = c.start;
      break;
    }
    if (/^Kính\s+gửi/u.test(c.text)) continue;
    if (TRIGGER.test(c.text)) {
      spans.push({ start: c.start, end: c.end });
      bodyStart = c.end;
      lastText = c.text;
      continue;
    }
    // "Thời gian qua, số mắc … gia tăng. Thực hiện Chỉ thị số 07/CT-TTg …, Bộ Y tế đề nghị …": a
    // letter's first paragraph may state the situation first; the sentence that opens with the
    // trigger starts the preamble.
    if (spans.length === 0) {
      const inner = SENTENCE_TRIGGER.exec(c.text);
      if (inner) {
        spans.push({ start: c.start + inner.index + inner[0].length - inner.groups!.t!.length, end: c.end });
        bodyStart = c.end;
        lastText = c.text;
        continue;
      }
    }
    const prev = spans[spans.length - 1];
    if (prev && prev.end <= c.start && !/[.;:!?]["”)]?\s*$/u.test(lastText)) {
      // A wrapped preamble paragraph whose break was kept ("... toàn dân\nBảo vệ an ninh ...;").
      spans[spans.length - 1] = { start: prev.start, end: c.end };
      bodyStart = c.end;
      lastText = c.text;
      continue;
    }
    if (spans.length > 0) {
      // The sentence that closes the preamble ("Sở … ban hành Kế hoạch … như sau:") belongs to it.
      if (/như\s+sau\s*:?\s*$|sau\s+đây\s*:?\s*$/u.test(c.text)) {
        spans.push({ start: c.start, end: c.end });
        bodyStart = c.end;
      }
      break;
    }
  }
  return { spans, bodyStart };
}
