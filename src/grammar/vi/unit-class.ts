/**
 * `re.test(ch)` for one UTF-16 unit, remembered per unit: loops that test a class on every
 * character of a window (blanks, word characters, what a pattern's tail is made of) then pay a
 * table read instead of a regex call. Each unit is tested with the pattern once, on first use.
 */
export type UnitTest = (unit: number) => boolean;

const byRegex = new WeakMap<RegExp, UnitTest>();
// The tables by pattern: a caller passing a regex literal (a new object on every call) shares one.
const bySource = new Map<string, Uint8Array>();
const MAX_TABLES = 64;

export function unitTest(re: RegExp): UnitTest {
  let t = byRegex.get(re);
  if (t) return t;
  if (re.global || re.sticky) {
    t = (unit) => re.test(String.fromCharCode(unit)); // as the caller's own test: lastIndex counts
  } else {
    const key = `${re.flags}/${re.source}`;
    let known = bySource.get(key); // 0: not tested yet, 1: no, 2: yes
    if (!known) {
      known = new Uint8Array(0x10000);
      if (bySource.size < MAX_TABLES) bySource.set(key, known);
    }
    const table = known;
    t = (unit) => {
      const k = table[unit]!;
      if (k !== 0) return k === 2;
      const yes = re.test(String.fromCharCode(unit));
      table[unit] = yes ? 2 : 1;
      return yes;
    };
  }
  byRegex.set(re, t);
  return t;
}
