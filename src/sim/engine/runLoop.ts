import { onPollExpired } from '../mns/receiveMessage.ts'
import { onVisible } from '../mns/queues.ts'
import { onWorkerDone } from '../mns/worker.ts'
import { onAnswer, onChildEnded } from './answers.ts'
import { peekTimer, popTimer, takeReady } from './clock.ts'
import { endExecution } from './executions.ts'
import { ExecutionEnded } from './ExecutionEnded.ts'
import { advance } from './sequences.ts'
import type { Work } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { onWaitDone } from './steps.ts'
import { onRetry, onTaskTimeout } from './tasks.ts'
import { chargeRunBudget } from './runBudget.ts'

/**
 * Runs one piece of work: what is due now first (in the order it was queued), else the next timer, moving the
 * clock to it. Returns false when nothing is left. Same state in, same state out: this is the whole engine loop.
 */
export function processNext(ctx: SimContext): boolean {
  const s = ctx.state
  let work = takeReady(s)
  if (!work) {
    const timer = liveTimer(ctx)
    if (!timer) return false
    popTimer(s)
    s.now = timer.time
    work = timer.work
  }
  const progress = ctx.progress
  try {
    perform(ctx, work)
  } catch (e) {
    if (!(e instanceof ExecutionEnded)) throw e
  }
  chargeRunBudget(ctx, ctx.progress - progress)
  return true
}

/** Time of the next thing that will happen: now if work is due, else the next timer, else null. */
export function nextTime(ctx: SimContext): number | null {
  const s = ctx.state
  if (s.readyHead < s.ready.length) return s.now
  return liveTimer(ctx)?.time ?? null
}

/** The next timer that may still fire: once every execution ended, only those within `drainSeconds`. */
function liveTimer(ctx: SimContext) {
  const timer = peekTimer(ctx.state)
  const settled = ctx.state.settledAt
  if (timer && settled !== null && timer.time > settled + ctx.options.drainSeconds * 1000) return null
  return timer
}

function perform(ctx: SimContext, w: Work): void {
  switch (w.kind) {
    case 'advance':
      return advance(ctx, w.seqRun, w.index)
    case 'answer':
      return onAnswer(ctx, w.run, w.attempt, w.outcome, w.via)
    case 'taskTimeout':
      return onTaskTimeout(ctx, w.run, w.attempt)
    case 'retry':
      return onRetry(ctx, w.run)
    case 'waitDone':
      return onWaitDone(ctx, w.run)
    case 'flowTimeout': {
      const exec = ctx.state.executions[w.execution]
      if (exec) endExecution(ctx, exec, 'TimedOut', null, ctx.options.executionTimeoutError, `The execution did not finish within its timeout.`)
      return
    }
    case 'visible':
      return onVisible(ctx, w.message)
    case 'workerDone':
      return onWorkerDone(ctx, w)
    case 'pollExpired':
      return onPollExpired(ctx, w.poller)
    case 'childEnded':
      return onChildEnded(ctx, w.execution)
  }
}
