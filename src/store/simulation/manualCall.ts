import type { ReceiveAnswer, ServiceAnswer } from '../../sim/engine/SimContext.ts'
import type { Simulation } from '../../sim/engine/Simulation.ts'
import type { ManualAnswer, ManualCall } from './SimHost.ts'

const asAnswer = (request: ManualCall, a: ServiceAnswer, time: number): ManualAnswer =>
  a.ok ? { request, ok: true, code: 'OK', message: '', requestId: a.requestId, time } : { request, ok: false, code: a.code, message: a.message, requestId: a.requestId, time }

/**
 * The manual worker's calls against the simulation, answered as the service would (errors included, e.g.
 * `TaskAlreadyCompleted` for a second report). ReceiveMessage on an empty queue long-polls: its answer
 * comes later, from {@link manualCall.fromPoll}, once a message arrives or the wait ends.
 */
export const manualCall = {
  perform(sim: Simulation, call: ManualCall, polls: { id: number; queue: string }[]): ManualAnswer | null {
    switch (call.kind) {
      case 'ReceiveMessage': {
        const a = sim.receiveMessage(call.queue)
        if (a.status === 'waiting') {
          polls.push({ id: a.pollId, queue: call.queue })
          return null
        }
        return manualCall.fromPoll(a, sim.now, call.queue)
      }
      case 'ReportTaskSucceeded':
        return asAnswer(call, sim.reportTaskSucceeded(call.token, call.output), sim.now)
      case 'ReportTaskFailed':
        return asAnswer(call, sim.reportTaskFailed(call.token, call.error, call.cause), sim.now)
      case 'DeleteMessage':
        return asAnswer(call, sim.deleteMessage(call.queue, call.receiptHandle), sim.now)
      case 'StopExecution':
        return asAnswer(call, sim.stopExecution(call.execution, call.error, call.cause), sim.now)
    }
  },

  /** The answer of a finished ReceiveMessage long poll. */
  fromPoll(a: Exclude<ReceiveAnswer, { status: 'waiting' }>, time: number, queue = ''): ManualAnswer {
    const request: ManualCall = { kind: 'ReceiveMessage', queue }
    if (a.status === 'empty') return { request, ok: false, code: a.code, message: a.message, requestId: '', time }
    const m = a.message
    return {
      request, ok: true, code: 'OK', message: '', requestId: '', time,
      received: { queue, messageId: m.MessageId, receiptHandle: m.ReceiptHandle, body: m.MessageBody, dequeueCount: m.DequeueCount },
    }
  },
}

/**
 * Whether the run waits for the person playing the worker: a queue message is there to receive, a message the
 * person received is still in flight (to report or delete), or a task whose message went out still waits for
 * its report. At `instant` speed the clock stops here instead of
 * jumping to the next timeout, so the person can act; with a simulated worker nobody is ever needed.
 */
export function needsPerson(sim: Simulation, manual: boolean): boolean {
  if (!manual) return false
  const s = sim.state
  for (const m of s.messages) {
    if (m.topic) continue
    if (m.state === 'active' || m.state === 'inactive') return true
    if (m.token !== null && s.tokens.get(m.token)?.status === 'waiting') return true
  }
  return false
}
