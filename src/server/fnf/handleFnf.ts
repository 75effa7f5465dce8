import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkFnfSignature } from '../auth/signatures.ts'
import type { CallLog, ServerContext } from '../ServerContext.ts'
import { EXECUTION_ACTIONS, STOP_ACTIONS, TASK_ACTIONS } from './executionActions.ts'
import { FLOW_ACTIONS } from './flowActions.ts'
import { FnfError, fnfError, fnfOk } from './fnfWire.ts'
import type { Params } from './fnfWire.ts'

type Action = (ctx: ServerContext, p: Params) => Record<string, unknown> | Promise<Record<string, unknown>>

const ACTIONS: Readonly<Record<string, Action>> = { ...FLOW_ACTIONS, ...EXECUTION_ACTIONS, ...TASK_ACTIONS, ...STOP_ACTIONS }

/**
 * The FnF 2019-03-15 RPC API in the three request styles the SDKs use (PLATFORM §3.2): the action is the
 * `Action` parameter or the `x-acs-action` header; the parameters are the query string merged with the form
 * (or JSON) body.
 */
export async function handleFnf(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, log: CallLog): Promise<void> {
  log.api = 'FnF'
  const host = req.headers.host ?? '127.0.0.1'
  try {
    const params = readParams(req, url, body)
    const action = params.get('Action') ?? String(req.headers['x-acs-action'] ?? '')
    log.action = action
    log.target = params.get('FlowName') ?? params.get('Name') ?? ''
    if (ctx.key) {
      const problem = checkFnfSignature(req, url, params, body, ctx.key)
      if (problem) {
        ctx.note(`fdl serve: refused FnF ${action}: ${problem.detail}`)
        return fnfError(res, log, problem.code, problem.message, host)
      }
    }
    if (action === '') throw new FnfError('MissingRequiredParams', 'The parameter Action is required.')
    const version = params.get('Version') ?? String(req.headers['x-acs-version'] ?? '2019-03-15')
    if (version !== '2019-03-15') throw new FnfError('APIVersionNotSupported', `API version ${version} is not supported; this server speaks 2019-03-15.`)
    const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined
    if (!run) throw new FnfError('ActionNotSupported', `The action ${action} is not supported.`)
    fnfOk(res, log, await run(ctx, params))
  } catch (e) {
    if (e instanceof FnfError) return fnfError(res, log, e.code, e.message, host)
    throw e
  }
}

function readParams(req: IncomingMessage, url: URL, body: Buffer): Params {
  const params = new Map<string, string>()
  for (const [k, v] of url.searchParams) params.set(k, v)
  if (body.length === 0) return params
  const type = String(req.headers['content-type'] ?? '').toLowerCase()
  const text = body.toString('utf8')
  if (type.startsWith('application/json')) {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      throw new FnfError('InvalidArgument', 'The request body is not valid JSON.')
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new FnfError('InvalidArgument', 'The request body must be a JSON object.')
    for (const [k, v] of Object.entries(data)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v))
    return params
  }
  for (const [k, v] of new URLSearchParams(text)) params.set(k, v)
  return params
}
