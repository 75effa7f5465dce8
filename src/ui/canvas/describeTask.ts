import { parseResourceArn } from '../../fdl/arn/parseResourceArn.ts'
import type { TaskStep } from '../../fdl/model/TaskStep.ts'

/** What a task box shows: its icon kind and one line naming what it calls. */
export function describeTask(step: TaskStep): { readonly glyph: string; readonly detail: string } {
  if (step.action) return { glyph: 'task', detail: `API ${step.action}` }
  if (step.resourceTag) return { glyph: 'task', detail: `${step.resourceTag} ${step.resourceArn ?? ''}`.trim() }
  if (!step.resourceArn) return { glyph: 'task', detail: 'No resource yet' }
  const i = parseResourceArn(step.resourceArn)
  switch (i?.kind) {
    case 'mns-queue':
      return { glyph: 'mns-queue', detail: `Queue ${i.queue}` }
    case 'mns-topic':
      return { glyph: 'mns-topic', detail: `Topic ${i.topic}` }
    case 'fc':
      return { glyph: 'fc', detail: `Function ${i.service}/${i.function}` }
    case 'flow':
      return { glyph: 'child-flow', detail: `Flow ${i.flow}` }
    default:
      return { glyph: 'task', detail: step.resourceArn }
  }
}
