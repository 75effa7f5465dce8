/**
 * Sets `key` on a fresh result object. `__proto__` is defined as an ordinary key (never the prototype), so
 * user data cannot reach `Object.prototype`.
 */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}
