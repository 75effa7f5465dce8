import { isCollection } from 'yaml'
import type { Located } from './locate.ts'

/** Index in `chain` (up to `upTo`) of the outermost flow collection, or -1 when all are block style. */
export function outermostFlow(chain: readonly Located[], upTo: number): number {
  for (let i = 0; i <= upTo && i < chain.length; i++) {
    const n = chain[i]!.node
    if (isCollection(n) && n.flow) return i
  }
  return -1
}
