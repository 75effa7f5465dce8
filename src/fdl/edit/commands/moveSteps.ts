import { msg } from '../../../i18n/Message.ts'
import { samePath, outermostPaths } from '../../model/jsonPaths.ts'
import { isSeq } from 'yaml'
import type { CommandHandler } from './CommandHandler.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { UNREACHABLE, type Plan } from '../EditContext.ts'
import type { NewItem } from '../ops/insertItems.ts'
import { checks } from './CommandHandler.ts'
import { locate, type Located } from '../yaml/nodes.ts'
import { insertItems } from '../ops/insertItems.ts'
import { removeEntry, removeAt } from '../ops/remove.ts'
import { replaceValue } from '../ops/setValue.ts'
import { combine } from '../ops/plainEdit.ts'
import { stepItem } from '../fdl/structure.ts'
import { outermostFlow } from '../yaml/flowStyle.ts'
import { moveInFlow } from '../ops/move.ts'

const isInside = (path: JsonPath, ancestor: JsonPath) => path.length >= ancestor.length && ancestor.every((s, i) => s === path[i])

/**
 * `steps.move`: moves several steps together, each with the comments it owns and its children, to `index` of
 * a sequence (counted before they are taken out), keeping their document order: the steps of a
 * multi-selection dragged as one. One step is exactly `step.move`. A sequence they all leave becomes `[]`.
 */
export const moveSteps: CommandHandler<'steps.move'> = {
  check(ctx, c) {
    if (!Array.isArray(c.paths) || c.paths.length === 0) return { reason: msg('No step to move.') }
    for (const p of c.paths) {
      const bad = checks.step(ctx.doc, p)
      if (bad) return bad
    }
    const bad = checks.sequence(ctx.doc, c.sequence, c.index)
    if (bad) return bad
    return c.paths.some((p) => isInside(c.sequence, p)) ? { reason: msg('A step cannot be moved into itself or one of its own branches.') } : null
  },
  plan(ctx, c) {
    const paths = outermostPaths(c.paths)
    if (paths.length === 1) return moveStep.plan(ctx, { type: 'step.move', from: paths[0]!, sequence: c.sequence, index: c.index })
    const located = paths
      .map((path) => ({ path, chain: locate(ctx.doc, path).chain }))
      .sort((a, b) => start(a.chain) - start(b.chain))
    if (staysInPlace(located.map((l) => l.path), c.sequence, c.index)) return []
    const inFlow = moveInFlow(ctx, located.map((l) => l.path), c.sequence, c.index)
    if (inFlow) return inFlow
    // Taking a step out of a [ … ] list rewrites that whole list; two such rewrites could overlap.
    if (located.some(({ chain }) => outermostFlow(chain, chain.length - 2) >= 0)) {
      return { reason: msg('Steps written in a [ … ] list move one at a time; drag them one by one, or write the list in block style.') }
    }
    const items: NewItem[] = []
    for (const { chain } of located) {
      const item = stepItem(ctx, chain, true)
      if ('reason' in item) return item
      items.push(item)
    }
    return combine([...removals(ctx, located, c.sequence), insertItems(ctx, c.sequence, c.index, items)])
  },
}

/** Where a located node starts in the text (document order). */
function start(chain: readonly Located[]): number {
  return (chain[chain.length - 1]!.node as { range?: [number, number, number] }).range?.[0] ?? 0
}

/** True when the steps already sit together in the target sequence, at the target index. */
function staysInPlace(paths: readonly JsonPath[], sequence: JsonPath, index: number): boolean {
  if (!paths.every((p) => samePath(p.slice(0, -1), sequence))) return false
  const indexes = paths.map((p) => p.at(-1) as number)
  const contiguous = indexes.every((x, i) => i === 0 || x === indexes[i - 1]! + 1)
  return contiguous && index >= indexes[0]! && index <= indexes.at(-1)! + 1
}

/**
 * Takes the steps out, sequence by sequence: one by one where some stay, or the whole list written `[]` when
 * all go (unless the steps come back into it).
 */
function removals(ctx: Parameters<typeof moveStep.plan>[0], located: readonly { path: JsonPath; chain: readonly Located[] }[], target: JsonPath): Plan[] {
  const bySeq = new Map<string, { seq: JsonPath; chains: (readonly Located[])[] }>()
  for (const { path, chain } of located) {
    const seq = path.slice(0, -1)
    const key = JSON.stringify(seq)
    const group = bySeq.get(key) ?? { seq, chains: [] }
    group.chains.push(chain)
    bySeq.set(key, group)
  }
  const plans: Plan[] = []
  for (const { seq, chains } of bySeq.values()) {
    const { chain } = locate(ctx.doc, seq)
    const node = chain[chain.length - 1]!.node
    if (!isSeq(node)) return [UNREACHABLE]
    if (chains.length >= node.items.length && !samePath(seq, target)) plans.push(replaceValue(ctx, chain, { value: [] }))
    else for (const c of chains) plans.push(removeEntry(ctx, c))
  }
  return plans
}

/**
 * `step.move`: moves a step, with the comments it owns and its children, to `index` of a sequence, where
 * `index` counts positions BEFORE the step is taken out (so in [a, b, c], moving a to 2 gives [b, a, c]
 * and to 3 gives [b, c, a]). The text is re-indented to the new place. A sequence left empty becomes `[]`.
 */
export const moveStep: CommandHandler<'step.move'> = {
  check(ctx, c) {
    const bad = checks.step(ctx.doc, c.from) ?? checks.sequence(ctx.doc, c.sequence, c.index)
    if (bad) return bad
    return isInside(c.sequence, c.from) ? { reason: msg('A step cannot be moved into itself or one of its own branches.') } : null
  },
  plan(ctx, c) {
    const from = c.from[c.from.length - 1] as number
    const source = c.from.slice(0, -1)
    if (samePath(source, c.sequence) && (c.index === from || c.index === from + 1)) return []
    const inFlow = moveInFlow(ctx, [c.from], c.sequence, c.index)
    if (inFlow) return inFlow
    const { chain } = locate(ctx.doc, c.from)
    const item = stepItem(ctx, chain, true)
    if ('reason' in item) return item
    const keepSeq = (loc: { path: JsonPath; node: unknown }) => isSeq(loc.node) && samePath(loc.path, source)
    return combine([removeAt(ctx, chain, keepSeq), insertItems(ctx, c.sequence, c.index, [item])])
  },
}
