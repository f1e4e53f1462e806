// @ts-check
// Preloaded (node --import) into the unit-test runner. vitest 5 targets Node >= 22.12 and calls
// Map.groupBy (Node 21+) when it reports failed tests; on Node 20 that crash hid which test failed.
// Only what the tools need, only when missing.
/** @type {MapConstructor & { groupBy?: unknown }} */
const MapWithGroupBy = Map;
if (typeof MapWithGroupBy.groupBy !== 'function') {
  /**
   * @template K, V
   * @param {Iterable<V>} items
   * @param {(item: V, index: number) => K} keyOf
   */
  const groupBy = (items, keyOf) => {
    /** @type {Map<K, V[]>} */
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
  Object.defineProperty(Map, 'groupBy', { value: groupBy, writable: true, configurable: true });
}
