import { OutsideBlockSubset } from './OutsideBlockSubset.ts'

/** Up to this many keys a linear scan beats building a Set: flows' mappings hold a handful of keys. */
const SCAN_LIMIT = 16

/**
 * The keys seen so far in one mapping, to refuse a duplicate (the yaml library reports those). Linear while
 * small, a Set once large, so a hostile mapping of 100,000 keys is not a quadratic hang.
 */
export class KeySet {
  private readonly few: unknown[] = []
  private many: Set<unknown> | null = null

  /** Records `key`; throws {@link OutsideBlockSubset} when it was seen already. */
  add(key: unknown): void {
    if (this.many ? this.many.has(key) : this.few.includes(key)) throw new OutsideBlockSubset('duplicate key')
    if (this.many) this.many.add(key)
    else if (this.few.push(key) > SCAN_LIMIT) this.many = new Set(this.few)
  }
}
