import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../fdl/model/Step.ts'
import { resolveServiceParams } from '../data/evaluateMappings.ts'
import { sendMessage } from '../mns/queues.ts'
import type { TaskOutcome } from '../scenario/Scenario.ts'
import { base64Text, md5 } from '../util/bytes.ts'
import { schedule, randomUuid } from './clock.ts'
import { startExecution } from './executions.ts'
import { errorText } from './sequences.ts'
import type { ExecutionState, TaskRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { taskEvent } from './history.ts'
import { taskFailed, taskSucceeded } from './tasks.ts'

/** What a task talks to, as far as the simulator cares. Unresolvable ARNs (`!Ref …`) behave like functions. */
export type TaskTarget =
  | { readonly kind: 'mns-queue' | 'mns-topic' | 'flow'; readonly name: string }
  | { readonly kind: 'function' }

/** The target of a task step (REFERENCE §6.2). */
export function targetOf(step: TaskStep): TaskTarget {
  const i = step.resourceArn ? parseResourceArn(step.resourceArn) : null
  if (i?.kind === 'mns-queue') return { kind: 'mns-queue', name: i.queue }
  if (i?.kind === 'mns-topic') return { kind: 'mns-topic', name: i.topic }
  if (i?.kind === 'flow') return { kind: 'flow', name: i.flow }
  return { kind: 'function' }
}

/**
 * Makes the call of one attempt (REFERENCE §6.1): MNS queues and topics get a message (requestResponse then
 * succeeds at once; waitForCallback waits for the token); child flows named in the scenario run as nested
 * executions; functions, cloud APIs and unnamed child flows answer after the scenario's `after` seconds.
 */
export function invoke(ctx: SimContext, exec: ExecutionState, run: TaskRun, outcome: TaskOutcome): void {
  const step = run.step
  const pattern = step.pattern ?? 'requestResponse'
  const target = targetOf(step)
  let params: Record<string, unknown>
  try {
    params = resolveServiceParams(step.serviceParams, run.input)
  } catch (e) {
    return taskFailed(ctx, exec, run, ctx.options.runtimeErrorName, errorText(e), false)
  }
  if (target.kind === 'mns-queue' || target.kind === 'mns-topic') return sendToMns(ctx, exec, run, target.kind === 'mns-topic', target.name, params, pattern, outcome)
  if (target.kind === 'flow' && Object.prototype.hasOwnProperty.call(ctx.childFlows, target.name)) return startChild(ctx, exec, run, target.name, params, pattern)
  const afterMs = Math.round((outcome.after ?? ctx.options.defaultTaskDurationSeconds) * 1000)
  if (pattern === 'waitForCallback') {
    taskEvent(ctx, exec, run, 'TaskSubmitted', { taskToken: run.token })
    const reachable = !ctx.options.callbackNeedsToken || (run.token !== null && (JSON.stringify(run.input) ?? '').includes(run.token))
    if (outcome.kind !== 'timeout' && reachable) run.answerTimer = schedule(ctx.state, ctx.state.now + afterMs, { kind: 'answer', run: run.id, attempt: run.attempt, outcome, via: 'callback' })
    return
  }
  if (pattern === 'sync') taskEvent(ctx, exec, run, 'TaskSubmitted', {})
  if (outcome.kind !== 'timeout') run.answerTimer = schedule(ctx.state, ctx.state.now + afterMs, { kind: 'answer', run: run.id, attempt: run.attempt, outcome, via: 'return' })
}

function sendToMns(ctx: SimContext, exec: ExecutionState, run: TaskRun, topic: boolean, name: string, params: Record<string, unknown>, pattern: string, outcome: TaskOutcome): void {
  const invalid = (cause: string) => taskFailed(ctx, exec, run, 'MNS.InvalidArgument', cause, false)
  const body = params.MessageBody
  if (body === undefined || body === null) return invalid('serviceParams.MessageBody is required.')
  const priority = numberParam(params.Priority, 8)
  if (!Number.isInteger(priority) || priority < 1 || priority > 16) return invalid('Priority must be an integer from 1 to 16.')
  const delay = numberParam(params.DelaySeconds, 0)
  if (!Number.isInteger(delay) || delay < 0 || delay > 604_800) return invalid('DelaySeconds must be an integer from 0 to 604800.')
  // A scenario `fail` on a plain send or publish is the send itself failing (a queue that does not exist, a
  // throttled API): no message, TaskSubmitFailed with the scenario's error, so retry and catch on `MNS.*` can be
  // tried. On a waitForCallback task `fail` stays the worker's ReportTaskFailed.
  if (pattern !== 'waitForCallback' && outcome.kind === 'fail') return taskFailed(ctx, exec, run, outcome.error, outcome.cause, false, true)
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const sent = ctx.options.base64MessageBody ? base64Text(text) : text
  const msg = sendMessage(ctx, {
    queue: name, topic, body: sent, priority, delaySeconds: delay, token: run.token, tokenInBody: run.token !== null && text.includes(run.token),
    execution: exec.id, stepName: run.step.name, taskEvent: run.scheduledEvent, outcome,
  })
  if (pattern !== 'waitForCallback') {
    const local = ctx.options.queueSendLocal === 'empty' ? {} : { MessageId: msg.messageId, MessageBodyMD5: md5(sent), RequestId: randomUuid(ctx.state).toUpperCase() }
    return taskSucceeded(ctx, exec, run, local)
  }
  taskEvent(ctx, exec, run, 'TaskSubmitted', { messageId: msg.messageId, taskToken: run.token })
  if (topic && outcome.kind !== 'timeout' && (msg.tokenInBody || !ctx.options.callbackNeedsToken)) {
    const afterMs = Math.round((outcome.after ?? ctx.options.defaultTaskDurationSeconds) * 1000)
    run.answerTimer = schedule(ctx.state, ctx.state.now + afterMs, { kind: 'answer', run: run.id, attempt: run.attempt, outcome, via: 'callback' })
  }
}

/** A child flow the scenario provides: StartExecution with `serviceParams.Input` (or the mapped input). */
function startChild(ctx: SimContext, exec: ExecutionState, run: TaskRun, flow: string, params: Record<string, unknown>, pattern: string): void {
  if (ctx.state.executions.length >= ctx.options.maxExecutions) {
    return taskFailed(ctx, exec, run, 'FnF.ExecutionLimitExceeded', `The simulation already started ${ctx.options.maxExecutions} executions (maxExecutions).`, false)
  }
  const input = params.Input !== undefined ? params.Input : run.input
  const name = typeof params.ExecutionName === 'string' && params.ExecutionName !== '' ? params.ExecutionName : randomUuid(ctx.state)
  run.childExecution = startExecution(ctx, flow, flow, name, input, { execution: exec.id, run: run.id, attempt: run.attempt, pattern })
  if (pattern === 'requestResponse') return taskSucceeded(ctx, exec, run, { FlowName: flow, ExecutionName: name })
  taskEvent(ctx, exec, run, 'TaskSubmitted', pattern === 'waitForCallback' ? { executionName: name, taskToken: run.token } : { executionName: name })
}

function numberParam(v: unknown, fallback: number): number {
  if (v === undefined || v === null) return fallback
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '') return Number(v)
  return Number.NaN
}
