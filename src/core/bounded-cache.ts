/**
 * Keeps at most `limit` entries, forgetting the oldest first: results are recomputed on demand.
 *
 * @example
 * const square = boundedCache(2, (n: number) => n * n);
 * square(3); // 9, computed once and then remembered until two newer keys push it out
 */
export function boundedCache<K, V>(limit: number, compute: (key: K) => V, cache = new Map<K, V>()): (key: K) => V {
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.delete(cache.keys().next().value as K);
      cache.set(key, value);
    }
    return value;
  };
}
