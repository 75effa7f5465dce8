import { isMap, isSeq } from 'yaml'
import type { Located } from '../yaml/locate.ts'

/** True for the containers a removal never takes away when it empties them: the root, steps and `steps` lists. */
export function isStructural(loc: Located): boolean {
  const p = loc.path
  if (p.length === 0) return true
  if (isSeq(loc.node) && p[p.length - 1] === 'steps') return true
  return isMap(loc.node) && typeof p[p.length - 1] === 'number' && p[p.length - 2] === 'steps'
}
