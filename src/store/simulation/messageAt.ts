import type { MessageState } from '../../sim/trace/Trace.ts'
import type { TraceMessage } from './SimTrace.ts'

/** A message as the queue held it at one moment. */
export interface QueueEntry {
  readonly message: TraceMessage
  readonly state: MessageState
  readonly dequeueCount: number
  readonly receiptHandle: string | null
  /** When it entered that state. */
  readonly since: number
}

/** The state of one message at virtual time `t` (null before it was sent). */
export function messageAt(message: TraceMessage, t: number): QueueEntry | null {
  if (message.enqueueTime > t) return null
  let last = message.transitions[0]
  for (const tr of message.transitions) {
    if (tr.time > t) break
    last = tr
  }
  if (!last) return null
  return { message, state: last.state, dequeueCount: last.dequeueCount, receiptHandle: last.receiptHandle, since: last.time }
}
