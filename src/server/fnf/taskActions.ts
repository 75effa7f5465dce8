import type { ServiceAnswer } from '../../sim/engine/ServiceAnswer.ts'
import type { ServerContext } from '../ServerContext.ts'
import { FnfError } from './fnfReply.ts'
import { type Params, required } from './params.ts'

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
