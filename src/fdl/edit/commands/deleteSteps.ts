import { isSeq } from 'yaml'
import type { CommandHandler } from './CommandHandler.ts'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { Plan } from '../EditContext.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { removeEntry } from '../ops/removeEntry.ts'
import { replaceValue } from '../ops/replaceValue.ts'
import { combine } from '../ops/combine.ts'
import { outermostPaths } from '../../model/outermostPaths.ts'
import { sharedFlow } from '../yaml/sharedFlow.ts'
import { flowFallback } from '../ops/flowFallback.ts'
import { plainListAt } from '../ops/plainListAt.ts'

/**
 * `step.delete`: removes steps with the comments they own. Steps inside another deleted step go with it;
 * a sequence whose steps are all deleted is written `steps: []`, so the branch stays where it is. Steps that
 * are all inside one flow collection (a JSON flow) are taken out of it in one rewrite.
 */
export const deleteSteps: CommandHandler<'step.delete'> = {
  check(ctx, c) {
    if (!Array.isArray(c.paths) || c.paths.length === 0) return 'No step to delete.'
    for (const p of c.paths) {
      const bad = checks.step(ctx.doc, p)
      if (bad) return bad
    }
    return null
  },
  plan(ctx, c) {
    const paths = outermostPaths(c.paths)
    const bySeq = new Map<string, { seq: JsonPath; indexes: number[] }>()
    for (const p of paths) {
      const seq = p.slice(0, -1)
      const key = JSON.stringify(seq)
      const group = bySeq.get(key) ?? { seq, indexes: [] }
      group.indexes.push(p[p.length - 1] as number)
      bySeq.set(key, group)
    }
    const groups = [...bySeq.values()]
    const shared = sharedFlow(ctx, groups.map((g) => g.seq))
    if (shared) {
      return flowFallback(ctx, shared.chain, shared.at, (plain, rel) => {
        const lists = groups.map((g) => ({ list: plainListAt(plain, rel(g.seq)), indexes: g.indexes }))
        for (const { list, indexes } of lists) for (const i of [...indexes].sort((a, b) => b - a)) list.splice(i, 1)
        return plain
      })
    }
    const plans: Plan[] = []
    for (const { seq, indexes } of groups) {
      const { chain } = locate(ctx.doc, seq)
      const node = chain[chain.length - 1]!.node
      if (!isSeq(node)) return 'unreachable'
      if (indexes.length >= node.items.length) {
        plans.push(replaceValue(ctx, chain, { value: [] }))
        continue
      }
      for (const i of indexes) plans.push(removeEntry(ctx, [...chain, { node: node.items[i], parent: { kind: 'item', seq: node, index: i }, path: [...seq, i] }]))
    }
    return combine(plans)
  },
}
