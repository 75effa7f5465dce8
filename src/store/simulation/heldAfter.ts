import type { ManualAnswer } from './SimHost.ts'
import type { HeldMessage } from './SimulationState.ts'

/** The messages the manual worker holds after an answer: a received one is added, a deleted one dropped. */
export function heldAfter(held: readonly HeldMessage[], answer: ManualAnswer): readonly HeldMessage[] {
  const r = answer.request
  if (answer.received) return [...held, { ...answer.received, time: answer.time }]
  if (r.kind === 'DeleteMessage' && answer.ok) return held.filter((h) => h.receiptHandle !== r.receiptHandle)
  return held
}
