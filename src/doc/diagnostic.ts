import type { Span } from './span.js';

export type Stage = 'read' | 'normalize' | 'segment' | 'extract' | 'resolve' | 'cli';
export type Severity = 'error' | 'warning' | 'info';

/** A problem or remark about one file; content problems are diagnostics, not exceptions. */
export interface Diagnostic {
  readonly code: `${Stage}/${string}`;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
}
