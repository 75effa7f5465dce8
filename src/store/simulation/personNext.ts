import { msg, type Message } from '../../i18n/Message.ts'
import type { HeldMessage } from './SimulationState.ts'
import type { SimTrace } from './SimTrace.ts'

/**
 * What the person playing the worker is expected to do next, in words, while the clock waits for them (a manual
 * run at `instant` speed stops where a person must act, see `needsPerson`): report a received message's task,
 * delete a reported one, or receive one waiting in the queue. Null when nothing waits for them.
 */
export function personNext(trace: SimTrace | null, held: readonly HeldMessage[]): Message | null {
  if (!trace || trace.done) return null
  const messageOf = (h: HeldMessage) => trace.messages.find((m) => m?.messageId === h.messageId)
  for (const h of held) {
    const m = messageOf(h)
    const token = m?.token ? trace.tokens.get(m.token) : undefined
    if (token?.status === 'waiting') return msg('Report success or failure for {step} (message {id}…): its task waits for the report.', { step: token.stepName, id: h.messageId.slice(0, 8) })
  }
  for (const h of held) {
    return msg('Delete message {id}…: it stays in flight until you delete it or its visibility timeout brings it back.', { id: h.messageId.slice(0, 8) })
  }
  const visible = trace.messages.filter((m) => m && !m.topic && m.transitions.at(-1)?.state === 'active')
  if (visible.length > 0) {
    const queues = [...new Set(visible.map((m) => m.queue))]
    const where = queues.join(', ')
    return visible.length === 1 ? msg('Receive message: 1 message waiting in {queues}.', { queues: where }) : msg('Receive message: {n} messages waiting in {queues}.', { n: visible.length, queues: where })
  }
  if ([...trace.tokens.values()].some((k) => k.status === 'waiting')) return msg('A task waits for its report: its message comes back to the queue when its visibility timeout ends.')
  return null
}
