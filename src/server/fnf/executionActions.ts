import { randomUUID } from 'node:crypto'
import type { ExecutionState } from '../../sim/engine/SimState.ts'
import type { ServerContext } from '../ServerContext.ts'
import { revisionKey } from './FlowStore.ts'
import { flowNamed } from './flowActions.ts'
import { FnfError, checkName, intParam, isoTime, jsonObject, page, type Params, required } from './fnfWire.ts'
import type { ServiceAnswer } from '../../sim/engine/SimContext.ts'

/** DescribeExecution / ListExecutions / StartExecution fields of an execution. */
export function executionJson(ctx: ServerContext, e: ExecutionState): Record<string, unknown> {
  return {
    Name: e.name, FlowName: e.flowName, FlowDefinition: ctx.flows.definitions.get(e.id) ?? '',
    Input: JSON.stringify(e.input) ?? '', Output: e.status === 'Succeeded' ? (JSON.stringify(e.output) ?? '') : '',
    Status: e.status, StartedTime: isoTime(e.startTime), StoppedTime: isoTime(e.endTime),
  }
}

/** The execution named by FlowName + ExecutionName, or the service's not-found error. */
export function executionNamed(ctx: ServerContext, p: Params): ExecutionState {
  const flow = flowNamed(ctx, required(p, 'FlowName'))
  const name = required(p, 'ExecutionName')
  const id = flow.executions.get(name)
  const e = id === undefined ? undefined : ctx.driver.world.execution(id)
  if (!e) throw new FnfError('ExecutionNotExists', `Execution ${name} does not exist in flow ${flow.name}.`)
  return e
}

type Action = (ctx: ServerContext, p: Params) => Record<string, unknown> | Promise<Record<string, unknown>>

/** StartExecution, DescribeExecution (long poll), ListExecutions, GetExecutionHistory. */
export const EXECUTION_ACTIONS: Readonly<Record<string, Action>> = {
  StartExecution(ctx, p) {
    const flow = flowNamed(ctx, required(p, 'FlowName'))
    // A generated name is a UUID, as the service makes them (it may start with a digit, which a given name may not).
    const given = p.get('ExecutionName')
    const name = given ? checkName('ExecutionName', given) : randomUUID()
    const inputText = p.get('Input')
    const input = inputText === undefined || inputText === '' ? {} : jsonObject('Input', inputText)
    const d = ctx.driver
    d.sync()
    const existing = flow.executions.get(name)
    if (existing !== undefined) {
      const e = d.world.execution(existing)!
      if (e.status !== 'Running') throw new FnfError('ExecutionAlreadyExists', `Execution ${name} already exists in flow ${flow.name}.`)
      return executionJson(ctx, e)
    }
    const id = d.world.startExecution(revisionKey(flow.name, flow.revision), flow.name, name, input)
    flow.executions.set(name, id)
    ctx.flows.definitions.set(id, flow.definition)
    d.settle()
    return executionJson(ctx, d.world.execution(id)!)
  },
  DescribeExecution(ctx, p) {
    const wait = intParam(p, 'WaitTimeSeconds', 0, 60, 0)
    const d = ctx.driver
    d.sync()
    const e = executionNamed(ctx, p)
    if (wait === 0 || e.status !== 'Running') return executionJson(ctx, e)
    return new Promise((resolve) => {
      let release: () => void = () => {}
      const timer = setTimeout(() => {
        release()
        d.sync()
        resolve(executionJson(ctx, e))
      }, Math.ceil((wait * 1000) / d.speed))
      release = d.holdWait({
        execution: e.id,
        answer: () => {
          clearTimeout(timer)
          resolve(executionJson(ctx, e))
        },
      })
    })
  },
  ListExecutions(ctx, p) {
    const flow = flowNamed(ctx, required(p, 'FlowName'))
    const status = p.get('Status') ?? ''
    ctx.driver.sync()
    const all = [...flow.executions.values()].map((id) => ctx.driver.world.execution(id)!).filter((e) => status === '' || e.status === status)
    const { items, next } = page(all, p, 60)
    return { Executions: items.map((e) => executionJson(ctx, e)), ...(next ? { NextToken: next } : {}) }
  },
  GetExecutionHistory(ctx, p) {
    ctx.driver.sync()
    const e = executionNamed(ctx, p)
    const { items, next } = page(e.events, p, 60)
    const Events = items.map((ev) => ({
      EventId: ev.eventId, Type: ev.type, StepName: ev.stepName, Time: ev.time, ScheduleEventId: ev.scheduleEventId, EventDetail: JSON.stringify(ev.eventDetail),
    }))
    return { Events, ...(next ? { NextToken: next } : {}) }
  },
}

function answer(ctx: ServerContext, a: ServiceAnswer): Record<string, unknown> {
  ctx.driver.settle()
  if (!a.ok) throw new FnfError(a.code, a.message)
  return { EventId: a.eventId ?? 0 }
}

/** ReportTaskSucceeded / ReportTaskFailed: the worker's answer for the task waiting on `TaskToken`. */
export const TASK_ACTIONS: Readonly<Record<string, (ctx: ServerContext, p: Params) => Record<string, unknown>>> = {
  ReportTaskSucceeded(ctx, p) {
    const token = required(p, 'TaskToken')
    const output = required(p, 'Output')
    ctx.driver.sync()
    return answer(ctx, ctx.driver.world.reportTaskSucceeded(token, output))
  },
  ReportTaskFailed(ctx, p) {
    const token = required(p, 'TaskToken')
    const error = required(p, 'Error')
    ctx.driver.sync()
    return answer(ctx, ctx.driver.world.reportTaskFailed(token, error, p.get('Cause') ?? ''))
  },
}

/** StopExecution: the execution ends with ExecutionStopped {error, cause} and status Stopped (the engine's stop). */
export const STOP_ACTIONS: Readonly<Record<string, (ctx: ServerContext, p: Params) => Record<string, unknown>>> = {
  StopExecution(ctx, p) {
    ctx.driver.sync()
    const e = executionNamed(ctx, p)
    const r = ctx.driver.world.stopExecution(e.id, p.get('Error') ?? '', p.get('Cause') ?? '')
    ctx.driver.settle()
    if (!r.ok) throw new FnfError(r.code, r.message)
    return executionJson(ctx, e)
  },
}
