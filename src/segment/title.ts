import type { Span } from '../doc/span.js';
import { isTypeHeading } from './header.js';
import { isAllCaps, type Cell } from './lines.js';

export interface Title {
  /** The type heading: "KẾ HOẠCH", "QUYẾT ĐỊNH". */
  readonly type: Cell;
  /** The trích yếu under it, possibly over several lines. */
  readonly subject: Span | null;
  readonly end: number;
}

const PREAMBLE_START = /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Thi\s+hành|Xét|Tiếp\s+theo|Trên\s+cơ\s+sở|Kính\s+gửi|I\.|1\.|Điều\s+1|Phần\s+|PHẦN\s+|Chương\s+|CHƯƠNG\s+)/u;

const HARD_START = /^(?:Căn\s+cứ|Kính\s+gửi|I\.|1\.|Điều\s+1)/u;
const CONTINUES = /^[\p{Ll}(]/u;

/** Finds the type heading among the first cells and the subject lines below it. */
export function readTitle(all: readonly Cell[], from: number): Title | null {
  const idx = all.findIndex((c) => c.start >= from && c.column === 0 && isTypeHeading(c.text));
  const type = all[idx];
  if (!type || idx > 60) return null;
  let subject: Span | null = null;
  let end = type.end;
  for (let i = idx + 1; i < all.length && i <= idx + 6; i++) {
    const c = all[i]!;
    // The line right under the heading is the subject even when it opens with "Triển khai …".
    const opensPreamble = subject ? PREAMBLE_START.test(c.text) : HARD_START.test(c.text);
    if (opensPreamble || /^[-_*=]{3,}$/u.test(c.text)) break;
    // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under a decision's title is its authority, not its subject.
    if (subject && isAllCaps(c.text)) break;
    if (!subject && isAllCaps(c.text) && /^(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|GIÁM\s+ĐỐC|THỦ\s+TƯỚNG|ỦY\s+BAN|BAN\s+THƯỜNG\s+VỤ|HỘI\s+ĐỒNG)/u.test(c.text)) break;
    // A title goes on over a line only when the line continues it ("… năm 2023 / của ngành …").
    if (subject && !CONTINUES.test(c.text) && !/(?:,|-|và|của|về|cho|tại)\s*$/u.test(all[i - 1]!.text)) break;
    subject = subject ? { start: subject.start, end: c.end } : { start: c.start, end: c.end };
    end = c.end;
  }
  return { type, subject, end };
}
