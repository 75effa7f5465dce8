import type { Flow } from '../model/Flow.ts'
import type { Sequence, Step } from '../model/Step.ts'
import type { JsonPath } from '../model/jsonPaths.ts'

/** One `steps` list of a flow: where the canvas can drop a step (indexes 0..length). */
export interface SequenceInfo {
  /** Path of the `steps` list: the `sequence` of `step.insert` / `step.move` / `step.paste`. */
  readonly path: JsonPath
  readonly kind: 'flow' | 'choice' | 'default' | 'parallel' | 'foreach' | 'other'
  /** The step holding it; null for the flow's top level. */
  readonly owner: JsonPath | null
  /** The branch index for choice and parallel branches. */
  readonly branch?: number
  readonly length: number
  /** False for the `default` of a choice that has none yet: inserting there creates it. */
  readonly exists: boolean
}

function nested(step: Step): SequenceInfo[] {
  const own = step.path
  const info = (s: Sequence, kind: SequenceInfo['kind'], branch?: number): SequenceInfo => ({ path: s.path, kind, owner: own, branch, length: s.steps.length, exists: true })
  switch (step.type) {
    case 'choice': {
      const out = step.choices.map((c, i) => info(c, 'choice', i))
      out.push(step.default ? info(step.default, 'default') : { path: [...own, 'default', 'steps'], kind: 'default', owner: own, length: 0, exists: false })
      return out
    }
    case 'parallel':
      return step.branches.map((b, i) => info(b, 'parallel', i))
    case 'foreach':
      return [info(step.body, 'foreach')]
    case 'unknown':
      return step.body ? [info(step.body, 'other')] : []
    default:
      return []
  }
}

/**
 * Every sequence of the flow in document order (a parent before its children): the top level, each
 * choice branch and default, each parallel branch, each foreach body. The canvas draws an insertion
 * point at each index 0..length of each.
 */
export function listSequences(flow: Flow): SequenceInfo[] {
  const out: SequenceInfo[] = [{ path: flow.body.path, kind: 'flow', owner: null, length: flow.body.steps.length, exists: true }]
  const stack: Step[] = [...flow.body.steps].reverse()
  while (stack.length > 0) {
    const step = stack.pop()!
    const subs = nested(step)
    out.push(...subs)
    const children = subs.flatMap((s) => (s.exists ? childrenOf(step, s.path) : []))
    stack.push(...children.reverse())
  }
  return out
}

/** The steps of the sequence at `path` inside `step`. */
function childrenOf(step: Step, path: JsonPath): readonly Step[] {
  const key = JSON.stringify(path)
  const all: readonly Sequence[] =
    step.type === 'choice' ? [...step.choices, ...(step.default ? [step.default] : [])]
    : step.type === 'parallel' ? step.branches
    : step.type === 'foreach' ? [step.body]
    : step.type === 'unknown' && step.body ? [step.body]
    : []
  return all.find((s) => JSON.stringify(s.path) === key)?.steps ?? []
}
