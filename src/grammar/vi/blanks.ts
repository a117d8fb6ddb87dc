import { unitTest } from './unit-class.js';

const isBlank = unitTest(/\s/u);

/**
 * s.replace(/\s+/gu, ' '): every run of blanks made one space. Most strings have only single
 * spaces already, found by a scan of their units; the global replace (a runtime call and a copy)
 * runs only when a run or another blank is there.
 */
export function collapseBlanks(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? i + 1 < s.length && isBlank(s.charCodeAt(i + 1)) : isBlank(c)) return s.replace(/\s+/gu, ' ');
  }
  return s;
}
