/**
 * A string → value lookup remembered: the tables are fixed, so a code or a type word asked for
 * again (each symbol's parts are looked up several times, and codes repeat across documents) is
 * answered from the cache instead of being cleaned, upper-cased (ICU, slow) and folded again.
 * Bounded: cleared when full, so a stream of odd strings cannot grow it without end.
 */
export function memoByString<V>(f: (s: string) => V, max = 4096): (s: string) => V {
  const cache = new Map<string, V>();
  return (s: string): V => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as V;
    const v = f(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}
