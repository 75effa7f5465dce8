import type { ServerContext } from '../ServerContext.ts'
import type { Params } from './params.ts'

/** StopExecution: waits for the engine's stop (merged from the `fidelity` branch). */
export const STOP_ACTIONS: Readonly<Record<string, (ctx: ServerContext, p: Params) => Record<string, unknown>>> = {}
