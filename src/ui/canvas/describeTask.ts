import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../fdl/model/Step.ts'
import { msg } from '../../i18n/Message.ts'
import type { CanvasText } from './canvasText.ts'

/**
 * What a task box shows: its icon kind and one line naming what it calls. API names, resource tags and ARNs
 * are the document's and stay as written; only the words around them are translated.
 */
export function describeTask(step: TaskStep): { readonly glyph: string; readonly detail: CanvasText } {
  if (step.action) return { glyph: 'task', detail: `API ${step.action}` }
  if (step.resourceTag) return { glyph: 'task', detail: `${step.resourceTag} ${step.resourceArn ?? ''}`.trim() }
  if (!step.resourceArn) return { glyph: 'task', detail: msg('No resource yet') }
  const i = parseResourceArn(step.resourceArn)
  switch (i?.kind) {
    case 'mns-queue':
      return { glyph: 'mns-queue', detail: msg('Queue {queue}', { queue: i.queue }) }
    case 'mns-topic':
      return { glyph: 'mns-topic', detail: msg('Topic {topic}', { topic: i.topic }) }
    case 'fc':
      return { glyph: 'fc', detail: msg('Function {service}/{function}', { service: i.service, function: i.function }) }
    case 'flow':
      return { glyph: 'child-flow', detail: msg('Flow {flow}', { flow: i.flow }) }
    default:
      return { glyph: 'task', detail: step.resourceArn }
  }
}
