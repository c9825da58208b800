/**
 * Vitest 5 declares Node 22 and uses `Map.groupBy` (Node 21+) when it reports failures; on
 * Node 20 a failing test would crash the reporter instead of being reported. Loaded by the
 * root Vitest config, which runs in the main process.
 */
type GroupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => Map<K, V[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  const groupBy: GroupBy = (items, key) => {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const list = groups.get(k);
      if (list) list.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
  Object.defineProperty(Map, 'groupBy', { value: groupBy, configurable: true, writable: true });
}

if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    value: <V>(items: Iterable<V>, key: (item: V, index: number) => PropertyKey) => {
      const groups: Record<PropertyKey, V[]> = Object.create(null);
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const list = groups[k];
        if (list) list.push(item);
        else groups[k] = [item];
      }
      return groups;
    },
    configurable: true,
    writable: true,
  });
}
