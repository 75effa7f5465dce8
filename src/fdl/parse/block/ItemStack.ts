import type { Pair } from 'yaml'
import { OutsideBlockSubset } from './OutsideBlockSubset.ts'

/** Up to this many keys a linear scan beats building a Set: flows' mappings hold a handful of keys. */
const SCAN_LIMIT = 16

/**
 * Where the fast readers collect a collection's items before handing it an array of exactly that size. An
 * array grown by `push` keeps room for 17 items, and a flow's thousands of two- and three-key mappings would
 * carry that slack for as long as the document lives, which the young-generation collector then copies: on a
 * 1,000-step flow that was a sixth of the parse result. Collections nest, so each collects above its parent's
 * items (from `base`, the stack's size when it began) and takes its own off when it ends.
 *
 * A mapping's keys are checked as they come, to refuse a duplicate (the yaml library reports those): a linear
 * scan while the mapping is small, a Set once it is large, so a hostile mapping of 100,000 keys is not a
 * quadratic hang.
 */
export class ItemStack {
  private readonly items: unknown[] = []
  /** The keys of each open mapping that outgrew a scan, by its base. */
  private readonly large = new Map<number, Set<unknown>>()

  /** Where a collection that begins now collects its items. */
  get base(): number {
    return this.items.length
  }

  push(item: unknown): void {
    this.items.push(item)
  }

  /** Pushes a mapping entry; throws {@link OutsideBlockSubset} when its key (`key`, its value) came before. */
  pushEntry(base: number, entry: Pair, key: unknown): void {
    const items = this.items
    const seen = this.large.get(base)
    if (seen) {
      if (seen.has(key)) throw new OutsideBlockSubset('duplicate key')
      seen.add(key)
    } else {
      for (let i = base; i < items.length; i++) {
        const other = ((items[i] as Pair).key as { value: unknown }).value
        // SameValueZero, as a Set compares: a repeated `.nan` key is a duplicate too.
        if (other === key || (other !== other && key !== key)) throw new OutsideBlockSubset('duplicate key')
      }
      if (items.length - base >= SCAN_LIMIT) {
        const keys = new Set<unknown>([key])
        for (let i = base; i < items.length; i++) keys.add(((items[i] as Pair).key as { value: unknown }).value)
        this.large.set(base, keys)
      }
    }
    items.push(entry)
  }

  /** The items pushed since `base`, in an array of their exact size, and off the stack. */
  take(base: number): unknown[] {
    return this.items.splice(base)
  }

  /** The entries pushed since `base` (with {@link pushEntry}), in an array of their exact size, and off the stack. */
  takeEntries(base: number): Pair[] {
    this.large.delete(base)
    return this.items.splice(base) as Pair[]
  }
}
