import type { ServerContext } from '../ServerContext.ts'
import { executionJson, executionNamed } from './executionActions.ts'
import { FnfError } from './fnfReply.ts'
import type { Params } from './params.ts'

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
