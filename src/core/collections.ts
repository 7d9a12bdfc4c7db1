// Small collection helpers shared by the rules.

/** The items by key, each list in the items' order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Values read once per item of an owner and kept with that owner — the figures of one index, by figure id — in an array
 * the size `size` gives: a WeakMap keyed by every item of every check costs more per entry, and the collector more.
 */
export function perOwner<O extends object, V>(size: (owner: O) => number): (owner: O) => (V | undefined)[] {
  const byOwner = new WeakMap<O, (V | undefined)[]>();
  return (owner) => {
    let values = byOwner.get(owner);
    if (!values) byOwner.set(owner, (values = new Array<V | undefined>(size(owner))));
    return values;
  };
}

/**
 * `compute` remembered per key, for up to `capacity` keys (then all forgotten at once, so memory stays bounded): for pure
 * functions of words that the rules ask again for every figure and every list a figure may belong to.
 */
export function memoized<K, V>(compute: (key: K) => V, capacity = 4096): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= capacity) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * The index of the last item that passes `test` (-1 if none), found once per list and kept with it: asked for every
 * item of a long list ("is there one after me?"), a scan each time would be quadratic.
 */
export function lastIndexOnce<T>(test: (item: T) => boolean): (items: readonly T[]) => number {
  const byList = new WeakMap<readonly T[], number>();
  return (items) => {
    let last = byList.get(items);
    if (last === undefined) {
      last = items.length - 1;
      while (last >= 0 && !test(items[last])) last--;
      byList.set(items, last);
    }
    return last;
  };
}

/** The index of the first item whose key is at least `at`, the items in the order of their keys (a binary search). */
export function firstIndexFrom<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
