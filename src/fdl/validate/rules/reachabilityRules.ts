import { msg } from '../../../i18n/Message.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { Sequence, Step } from '../../model/Step.ts'
import { stepGotos } from '../stepFacts.ts'

/**
 * Steps run in order until a `succeed`, `fail` or `end: true`; a `goto` can jump to any sibling (REFERENCE §2.2).
 * A step no path reaches never runs; a catch target that the step before it also falls into runs on success too.
 */
export const reachabilityRules: Rule = {
  name: 'reachability',
  codes: ['unreachable-step', 'fall-through-into-handler'],
  check(ctx) {
    for (const sequence of ctx.sequences) {
      const reached = reachable(sequence)
      sequence.steps.forEach((step, i) => {
        if (!reached[i]) {
          ctx.report('unreachable-step', msg('Step `{step}` can never run: the step before it ends the sequence (succeed, fail or end: true) and no goto names it. Remove it, or jump to it with goto.', { step: step.name }), step.path, 'head')
        }
      })
      checkHandlers(ctx, sequence, reached)
    }
  },
}

/** Whether control passes to the next sibling after a step completes normally. */
function fallsThrough(step: Step): boolean {
  switch (step.type) {
    case 'succeed':
    case 'fail':
      return false
    case 'choice':
      if (step.end === true) return false
      // Every branch jumps away only when each choice and the default have a goto.
      return !(step.default?.goto !== undefined && step.choices.length > 0 && step.choices.every((c) => c.goto !== undefined))
    case 'unknown':
      return true
    default:
      return step.end !== true
  }
}

/** Which steps of a sequence some path from its first step reaches (fall-through and sibling gotos). */
function reachable(sequence: Sequence): boolean[] {
  const { steps } = sequence
  const index = new Map<string, number>()
  steps.forEach((s, i) => index.set(s.name, i))
  const reached = steps.map(() => false)
  const pending = steps.length > 0 ? [0] : []
  while (pending.length > 0) {
    const i = pending.pop()!
    if (reached[i]) continue
    reached[i] = true
    const step = steps[i]!
    if (fallsThrough(step) && i + 1 < steps.length) pending.push(i + 1)
    for (const g of stepGotos(step)) {
      const target = index.get(g.target)
      if (target !== undefined) pending.push(target)
    }
  }
  return reached
}

function checkHandlers(ctx: ValidationContext, sequence: Sequence, reached: readonly boolean[]): void {
  const { steps } = sequence
  const catchersOf = new Map<string, Step[]>()
  for (const s of steps) {
    for (const g of stepGotos(s)) if (g.kind === 'catch') catchersOf.set(g.target, [...(catchersOf.get(g.target) ?? []), s])
  }
  if (catchersOf.size === 0) return
  steps.forEach((step, t) => {
    const before = steps[t - 1]
    if (before === undefined || !reached[t - 1] || !fallsThrough(before)) return
    const catchers = catchersOf.get(step.name) ?? []
    // A catcher right before its own handler means "run it either way" (e.g. a foreach body's `ignore`).
    if (catchers.length === 0 || catchers.includes(before)) return
    ctx.report('fall-through-into-handler', msg('Step `{step}` handles errors caught by `{catcher}`, but `{before}` before it also runs into it when all goes well. If it should run only after an error, add `end: true` to `{before}` (or put a succeed step before it).', { step: step.name, catcher: catchers[0]!.name, before: before.name }), step.path, 'head')
  })
}
