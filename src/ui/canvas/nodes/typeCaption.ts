import { msg, type Message } from '../../../i18n/Message.ts'
import type { CanvasText } from '../canvasText.ts'

/** The palette's names of the step types (translated; the FDL keyword itself is what the node's name says). */
const TYPES: ReadonlyMap<string, Message> = new Map([
  ['task', msg('Task')], ['pass', msg('Pass')], ['wait', msg('Wait')], ['choice', msg('Choice')], ['parallel', msg('Parallel')],
  ['foreach', msg('Foreach')], ['succeed', msg('Succeed')], ['fail', msg('Fail')],
])

const INTEGRATIONS: ReadonlyMap<string, Message> = new Map([
  ['mns-queue', msg('MNS queue')], ['mns-topic', msg('MNS topic')], ['fc', msg('Function Compute')], ['child-flow', msg('Child flow')],
])

/**
 * The small caption above a step's name: its type, and for tasks what kind of integration. A type the app
 * does not know is the document's word, shown as written (capitalised).
 */
export function typeCaption(type: string, glyph: string): CanvasText {
  const sub = type === 'task' ? INTEGRATIONS.get(glyph) : undefined
  if (sub) return msg('Task · {integration}', { integration: sub })
  return TYPES.get(type) ?? type.charAt(0).toUpperCase() + type.slice(1)
}
