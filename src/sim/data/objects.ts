
/**
 * Sets `key` on a fresh result object. `__proto__` is defined as an ordinary key (never the prototype), so
 * user data cannot reach `Object.prototype`.
 */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/**
 * Copies `source`'s own enumerable keys, in order, onto `into` (a fresh object unless given) through setKey: what
 * `{ ...into, ...source }` gives for JSON data. Not a spread: in V8 (Node 20, Chromium alike) an object spread and
 * then given a key gets a hidden class of its own, so a 10,000-item foreach made 10,000 of them for its iterations'
 * inputs: 2 MB of maps for the collector to copy, and every read of those inputs megamorphic.
 */
export function copyKeys(source: Readonly<Record<string, unknown>>, into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const key of Object.keys(source)) setKey(into, key, source[key])
  return into
}

/**
 * Merges `over` onto `base` into a new object (REFERENCE §3.2 R2, R5): keys of `over` win. `shallow` replaces
 * top-level keys (the reference's reading); `deep` merges nested plain objects key by key.
 */
export function mergeObjects(base: unknown, over: unknown, depth: 'shallow' | 'deep' = 'shallow'): Record<string, unknown> {
  const b = isPlain(base) ? base : {}
  const o = isPlain(over) ? over : {}
  if (depth === 'shallow') return copyKeys(o, copyKeys(b))
  const out = copyKeys(b)
  for (const [k, v] of Object.entries(o)) {
    const cur = out[k]
    const value = isPlain(cur) && isPlain(v) ? mergeObjects(cur, v, 'deep') : v
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/** A JSON object: not null, not an array. */
export function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
