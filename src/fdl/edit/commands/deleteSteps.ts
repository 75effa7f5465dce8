import { isSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { UNREACHABLE, type EditContext, type Plan } from '../EditContext.ts'
import { checks } from './CommandHandler.ts'
import { locate, type Located } from '../yaml/nodes.ts'
import { removeEntry } from '../ops/remove.ts'
import { replaceValue } from '../ops/setValue.ts'
import { combine, flowFallback, plainListAt } from '../ops/plainEdit.ts'
import { outermostPaths } from '../../model/jsonPaths.ts'
import { outermostFlow } from '../yaml/flowStyle.ts'

interface Deletion {
  readonly seq: JsonPath
  readonly chain: readonly Located[]
  readonly indexes: number[]
}

/**
 * `step.delete`: removes steps with the comments they own. Steps inside another deleted step go with it;
 * a sequence whose steps are all deleted is written `steps: []`, so the branch stays where it is. Steps
 * inside one flow collection (a JSON flow, a `[ … ]` in YAML) are taken out of it in one rewrite: each
 * rewriting it would give edits of the same text, which cannot all apply.
 */
export const deleteSteps: CommandHandler<'step.delete'> = {
  check(ctx, c) {
    if (!Array.isArray(c.paths) || c.paths.length === 0) return { reason: msg('No step to delete.') }
    for (const p of c.paths) {
      const bad = checks.step(ctx.doc, p)
      if (bad) return bad
    }
    return null
  },
  plan(ctx, c) {
    const block: Deletion[] = []
    const byFlow = new Map<unknown, { chain: readonly Located[]; at: number; deletions: Deletion[] }>()
    for (const d of bySequence(ctx, outermostPaths(c.paths))) {
      const at = outermostFlow(d.chain, d.chain.length - 1)
      if (at < 0) {
        block.push(d)
        continue
      }
      const flow = d.chain[at]!.node
      const group = byFlow.get(flow) ?? { chain: d.chain, at, deletions: [] }
      group.deletions.push(d)
      byFlow.set(flow, group)
    }
    const plans: Plan[] = block.map((d) => removeFromBlock(ctx, d))
    for (const { chain, at, deletions } of byFlow.values()) {
      plans.push(
        flowFallback(ctx, chain, at, (plain, rel) => {
          // Lists first, then splices: every list is found before any index shifts.
          const lists = deletions.map((d) => ({ list: plainListAt(plain, rel(d.seq)), indexes: d.indexes }))
          for (const { list, indexes } of lists) for (const i of [...indexes].sort((a, b) => b - a)) list.splice(i, 1)
          return plain
        }),
      )
    }
    return combine(plans)
  },
}

/** The steps to delete, grouped by the sequence that holds them. */
function bySequence(ctx: EditContext, paths: readonly JsonPath[]): Deletion[] {
  const groups = new Map<string, Deletion>()
  for (const p of paths) {
    const seq = p.slice(0, -1)
    const key = JSON.stringify(seq)
    const group = groups.get(key) ?? { seq, chain: locate(ctx.doc, seq).chain, indexes: [] }
    group.indexes.push(p[p.length - 1] as number)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** Takes steps out of a block list one by one, or writes the list `[]` when all of them go. */
function removeFromBlock(ctx: EditContext, { seq, chain, indexes }: Deletion): Plan {
  const node = chain[chain.length - 1]!.node
  if (!isSeq(node)) return UNREACHABLE
  if (indexes.length >= node.items.length) return replaceValue(ctx, chain, { value: [] })
  return combine(indexes.map((i) => removeEntry(ctx, [...chain, { node: node.items[i], parent: { kind: 'item', seq: node, index: i }, path: [...seq, i] }])))
}
