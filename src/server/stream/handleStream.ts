import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CallLog, ServerContext } from '../ServerContext.ts'
import { send } from '../http/http.ts'
import { createExecutionTracker } from './executionDelta.ts'

/** How often a stream looks for changes, and how often it sends the clock even when nothing changed (real ms). */
const POLL_MS = 100
const HEARTBEAT_MS = 500

/**
 * `GET /fdl/stream?flow=FLOW&execution=NAME`: a Server-Sent Events stream of one execution as the app's
 * simulation view takes it (`data:` lines of TraceDelta JSON, the first one everything so far), for the studio's
 * `Local server` worker mode. 404 JSON when the execution does not exist (e.g. the server restarted).
 */
export function handleStream(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL, log: CallLog): void {
  log.api = 'HTTP'
  log.action = 'Stream'
  const flowName = url.searchParams.get('flow') ?? ''
  const name = url.searchParams.get('execution') ?? ''
  log.target = `${flowName}/${name}`
  const id = ctx.flows.get(flowName)?.executions.get(name)
  if (id === undefined) {
    log.status = 404
    log.code = 'ExecutionNotExists'
    return send(res, 404, 'application/json', JSON.stringify({ Code: 'ExecutionNotExists', Message: `Execution ${name} of flow ${flowName} does not exist on this server.` }))
  }
  log.status = 200
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
  const tracker = createExecutionTracker(id)
  const d = ctx.driver
  let lastBeat = 0
  const push = () => {
    const now = performance.now()
    const beat = now - lastBeat >= HEARTBEAT_MS
    if (beat) {
      lastBeat = now
      d.sync()
      d.settle()
    }
    const delta = tracker.collect(d.world.state, beat)
    if (delta) res.write(`data: ${JSON.stringify(delta)}\n\n`)
  }
  push()
  const timer = setInterval(push, POLL_MS)
  req.socket.setTimeout(0)
  res.on('close', () => clearInterval(timer))
}
