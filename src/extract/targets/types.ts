import type { Span } from '../../doc/span.js';

export interface TargetContext {
  /** Citation spans, dates, the header: no target is read inside them. */
  readonly exclude: readonly Span[];
  /** The document's year (or that of what it carries out): a sentence about an earlier year reports, it sets nothing. */
  readonly refYear?: number | null;
}

export type Comparator = '=' | '>=' | '<=';

export interface TargetFound {
  readonly value: number;
  /** "%" for percentages; a count's noun head ("trường", "mô hình") or null. */
  readonly unit: string | null;
  readonly comparator: Comparator;
  /** What is measured: "cơ quan, cơ sở giáo dục được công nhận ...". */
  readonly measure: string | null;
  /** From the number (or "ít nhất"/the comparator word) to the end of its clause. */
  readonly span: Span;
  readonly rule: string;
}
