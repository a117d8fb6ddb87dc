import type { OffsetMap } from '../doc/offset-map.js';
import type { Span } from '../doc/span.js';

/** Replace `input.slice(start, end)` by `insert`. Offsets are in the step's input. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** What every normalize step returns: its output and the edits that made it from its input. */
export interface StepResult {
  readonly text: string;
  /** Sorted by start, non-overlapping. Empty when the step changed nothing. */
  readonly edits: readonly Edit[];
}

export type Step = (input: string) => StepResult;

const unchanged = (text: string): StepResult => ({ text, edits: [] });

/** Applies sorted, non-overlapping edits in one pass (O(n)). */
export function applyEdits(input: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return input;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start > at) parts.push(input.slice(at, e.start));
    if (e.insert) parts.push(e.insert);
    at = e.end;
  }
  if (at < input.length) parts.push(input.slice(at));
  return parts.join('');
}

/** Builds a step result from edits (dropping no-op edits, which would only blur the map). */
export function fromEdits(input: string, edits: readonly Edit[]): StepResult {
  const real = edits.filter((e) => e.end > e.start || e.insert.length > 0);
  if (real.length === 0) return unchanged(input);
  return { text: applyEdits(input, real), edits: real };
}

/**
 * Replaces each match of a global regex by `replace(match)`; `null` keeps the match.
 * `quick` is tested first so a step with nothing to do costs one scan and no allocation.
 */
export function replaceMatches(
  input: string,
  re: RegExp,
  replace: (m: RegExpExecArray) => string | null,
  quick: RegExp = re,
): StepResult {
  quick.lastIndex = 0;
  if (!quick.test(input)) return unchanged(input);
  quick.lastIndex = 0;
  const edits: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const insert = replace(m);
    if (insert !== null && insert !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, insert });
  }
  return fromEdits(input, edits);
}

/** Largest index k with arr[k] <= x (arr non-decreasing), or -1. */
function lastAtMost(arr: Int32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] ?? 0) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The map of one step: output offsets back to input offsets, by binary search over its edits.
 * `start` leans right (past deleted text, onto the first input unit a character came from);
 * `end` leans left (stopping before deleted text), so a span never swallows a removed "**".
 */
export class StepMap {
  readonly #n: number;
  readonly #inStart: Int32Array;
  readonly #inEnd: Int32Array;
  readonly #outStart: Int32Array;
  readonly #outEnd: Int32Array;

  constructor(edits: readonly Edit[]) {
    const n = edits.length;
    this.#n = n;
    this.#inStart = new Int32Array(n);
    this.#inEnd = new Int32Array(n);
    this.#outStart = new Int32Array(n);
    this.#outEnd = new Int32Array(n);
    let delta = 0;
    edits.forEach((e, k) => {
      this.#inStart[k] = e.start;
      this.#inEnd[k] = e.end;
      this.#outStart[k] = e.start + delta;
      delta += e.insert.length - (e.end - e.start);
      this.#outEnd[k] = e.end + delta;
    });
  }

  start(o: number): number {
    const k = lastAtMost(this.#outEnd, this.#n, o);
    const next = k + 1;
    if (next < this.#n && (this.#outStart[next] ?? 0) <= o) return this.#inStart[next] ?? 0;
    if (k < 0) return o;
    return o - (this.#outEnd[k] ?? 0) + (this.#inEnd[k] ?? 0);
  }

  end(o: number): number {
    const k = lastAtMost(this.#outStart, this.#n, o - 1);
    if (k < 0) return o;
    const outEnd = this.#outEnd[k] ?? 0;
    if (outEnd >= o) return this.#inEnd[k] ?? 0;
    return o - outEnd + (this.#inEnd[k] ?? 0);
  }
}

/** Composes the maps of several steps (first step first) into one map back to the raw input. */
export function composeMaps(length: number, rawLength: number, steps: readonly StepMap[]): OffsetMap {
  const clamp = (i: number): number => Math.max(0, Math.min(length, Math.trunc(i)));
  const toStart = (i: number): number => {
    let o = clamp(i);
    for (let k = steps.length - 1; k >= 0; k--) o = steps[k]?.start(o) ?? o;
    return Math.min(o, rawLength);
  };
  const toEnd = (i: number): number => {
    let o = clamp(i);
    for (let k = steps.length - 1; k >= 0; k--) o = steps[k]?.end(o) ?? o;
    return Math.min(o, rawLength);
  };
  return {
    length,
    toRawOffset: toStart,
    toRaw: (s: Span): Span => {
      const a = clamp(s.start);
      const b = clamp(s.end);
      if (b <= a) {
        const p = toStart(a);
        return { start: p, end: p };
      }
      return { start: toStart(a), end: Math.max(toStart(a), toEnd(b)) };
    },
  };
}
