import { msg } from '../../../i18n/Message.ts'
import type { Step, Sequence } from '../../../fdl/model/Step.ts'
import type { LaneInfo } from './Diagram.ts'

/** The lanes a container step shows, with their labels, or [] for a plain step. */
export function laneInfos(step: Step): readonly (LaneInfo & { readonly body: Sequence })[] {
  switch (step.type) {
    case 'choice': {
      const lanes = step.choices.map((c, i) => ({
        body: c as Sequence, sequence: c.path, owner: step.path, role: 'choice' as const, index: i,
        label: c.condition ?? msg('(no condition)'), condition: c.condition, goto: c.goto,
      }))
      const d = step.default
      return d ? [...lanes, { body: d, sequence: d.path, owner: step.path, role: 'default' as const, index: -1, label: msg('Default'), goto: d.goto }] : lanes
    }
    case 'parallel':
      return step.branches.map((b, i) => ({ body: b, sequence: b.path, owner: step.path, role: 'branch' as const, index: i, label: msg('Branch {n}', { n: i + 1 }) }))
    case 'foreach':
      return [{ body: step.body, sequence: step.body.path, owner: step.path, role: 'body' as const, index: -1, label: step.iterationMapping.collection ? msg('For each in {collection}', { collection: step.iterationMapping.collection }) : msg('For each item') }]
    case 'unknown':
      return step.body ? [{ body: step.body, sequence: step.body.path, owner: step.path, role: 'body' as const, index: -1, label: msg('Steps') }] : []
    default:
      return []
  }
}
