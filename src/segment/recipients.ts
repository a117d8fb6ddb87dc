import type { Span } from '../doc/span.js';
import type { Cell } from './lines.js';

export interface Recipients {
  readonly kinhGui: Span | null;
  readonly noiNhan: Span | null;
  readonly entries: readonly Span[];
}

const KINH_GUI = /^Kính\s+gửi\s*:?\s*/u;
const NOI_NHAN = /^Nơi\s+nhận\s*:?\s*/u;

/** "Kính gửi: …" (one line or a list) and the "Nơi nhận:" list. */
export function readRecipients(all: readonly Cell[]): Recipients {
  const entries: Span[] = [];
  let kinhGui: Span | null = null;
  let noiNhan: Span | null = null;
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    const k = kinhGui ? null : KINH_GUI.exec(c.text);
    const n = noiNhan ? null : NOI_NHAN.exec(c.text);
    const m = k ?? n;
    if (!m) continue;
    let end = c.end;
    const rest = c.text.slice(m[0].length).trim();
    if (rest) entries.push(entrySpan(c, m[0].length));
    for (let j = i + 1; j < all.length; j++) {
      const d = all[j]!;
      if (!/^[-+•·]\s*/u.test(d.text) || d.column !== c.column) break;
      entries.push(entrySpan(d, /^[-+•·]\s*/u.exec(d.text)![0].length));
      end = d.end;
    }
    if (k) kinhGui = { start: c.start, end };
    else noiNhan = { start: c.start, end };
  }
  return { kinhGui, noiNhan, entries };
}

function entrySpan(c: Cell, skip: number): Span {
  const text = c.text.slice(skip).replace(/[;.,\s]+$/u, '');
  return { start: c.start + skip, end: c.start + skip + text.length };
}
