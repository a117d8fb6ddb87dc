/**
 * `re.test(ch)` for one UTF-16 unit, remembered per unit: loops that test a class on every
 * character of a window (blanks, word characters, what a pattern's tail is made of) then pay a
 * table read instead of a regex call. Only for a pattern without the g or y flag (test must not
 * depend on lastIndex); each unit is tested with the pattern once, on first use.
 */
export type UnitTest = (unit: number) => boolean;

const tests = new WeakMap<RegExp, UnitTest>();

export function unitTest(re: RegExp): UnitTest {
  let t = tests.get(re);
  if (t) return t;
  if (re.global || re.sticky) {
    t = (unit) => re.test(String.fromCharCode(unit)); // as the caller's own test: lastIndex counts
  } else {
    const known = new Uint8Array(0x10000); // 0: not tested yet, 1: no, 2: yes
    t = (unit) => {
      const k = known[unit]!;
      if (k !== 0) return k === 2;
      const yes = re.test(String.fromCharCode(unit));
      known[unit] = yes ? 2 : 1;
      return yes;
    };
  }
  tests.set(re, t);
  return t;
}
