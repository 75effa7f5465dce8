import { EvaluationError } from '../data/evaluatePath.ts'
import { evaluateMappings } from '../data/evaluateMappings.ts'
import { cancel, enqueue, schedule } from './clock.ts'
import { contextFor } from './steps.ts'
import { pushEvent } from './history.ts'
import { cancelRun, flowOf } from './sequences.ts'
import { quietWorkers } from '../mns/worker.ts'
import type { ExecutionState, ExecutionStatus, SeqRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'

/**
 * Starts an execution of the flow `flowKey` names ('' for the root) now: ExecutionStarted, the flow input (R6), its timeout, and the first step
 * queued. Returns the execution id. A child flow passes `parent` (the task run and attempt that started it).
 */
export function startExecution(
  ctx: SimContext,
  flowKey: string,
  flowName: string,
  name: string,
  input: unknown,
  parent: ExecutionState['parent'],
): number {
  const s = ctx.state
  const flow = flowOf(ctx, flowKey)
  const exec: ExecutionState = {
    id: s.executions.length,
    name,
    flowName,
    flowKey,
    parent,
    input,
    flowInput: input,
    status: 'Running',
    output: null,
    error: null,
    cause: null,
    startTime: s.now,
    endTime: null,
    rootSeq: 0,
    events: [],
    eventTimes: [],
    containerLocals: {},
    fanTotals: {},
    timeoutTimer: 0,
    calls: Object.create(null) as Record<string, number>,
  }
  s.executions.push(exec)
  s.settledAt = null
  pushEvent(ctx, exec, 'ExecutionStarted', '', 0, { input })
  if (flow.inputMappings) {
    try {
      const context = contextFor(ctx, exec, '', exec.events.length, null, 0)
      exec.flowInput = evaluateMappings(flow.inputMappings, { input, local: {}, context }, ctx.options)
    } catch (e) {
      endExecution(ctx, exec, 'Failed', null, ctx.options.runtimeErrorName, e instanceof EvaluationError ? e.message : String(e))
      return exec.id
    }
  }
  const timeout = flow.timeoutSeconds ?? ctx.options.defaultFlowTimeoutSeconds
  exec.timeoutTimer = schedule(s, s.now + Math.round(timeout * 1000), { kind: 'flowTimeout', execution: exec.id })
  const root: SeqRun = {
    kind: 'seq', id: s.nextRunId++, execution: exec.id, owner: 0, slot: 0, seq: flow.body,
    parentInput: exec.flowInput, local: {}, scopeEvent: 1, lastEvent: 1, child: 0,
  }
  s.runs[root.id] = root
  exec.rootSeq = root.id
  enqueue(s, { kind: 'advance', seqRun: root.id, index: 0 })
  return exec.id
}

/**
 * Ends an execution with its final event, stops everything still running in it (timers, waiting tokens) and,
 * for a child flow, lets the parent task know.
 */
export function endExecution(
  ctx: SimContext,
  exec: ExecutionState,
  status: Exclude<ExecutionStatus, 'Running'>,
  output: unknown,
  error: string | null,
  cause: string | null,
): void {
  if (exec.status !== 'Running') return
  exec.status = status
  exec.output = output
  exec.error = error
  exec.cause = cause
  exec.endTime = ctx.state.now
  if (status === 'Succeeded') pushEvent(ctx, exec, 'ExecutionSucceeded', '', 0, { output })
  else pushEvent(ctx, exec, FINAL_EVENT[status], '', 0, { error, cause })
  cancel(ctx.state, exec.timeoutTimer)
  cancelRun(ctx, exec.rootSeq)
  if (exec.parent) enqueue(ctx.state, { kind: 'childEnded', execution: exec.id })
  if (ctx.state.executions.every((e) => e.status !== 'Running')) {
    ctx.state.settledAt = ctx.state.now
    quietWorkers(ctx)
  }
}

const FINAL_EVENT = { Failed: 'ExecutionFailed', TimedOut: 'ExecutionTimedOut', Stopped: 'ExecutionStopped' } as const
