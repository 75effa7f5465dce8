import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { World } from '../sim/engine/World.ts'
import type { Scenario } from '../sim/scenario/Scenario.ts'
import { type CallLog, formatCall } from './ServerContext.ts'
import { Driver } from './Driver.ts'
import { createFlow } from './fnf/flowActions.ts'
import { FlowStore } from './fnf/FlowStore.ts'
import { fnfError } from './fnf/fnfWire.ts'
import { handleFnf } from './fnf/handleFnf.ts'
import { BodyProblem, readBody, send } from './http/http.ts'
import { handleMns, mnsError } from './mns/handleMns.ts'
import { QueueRegistry } from './mns/QueueRegistry.ts'
import { handleStream } from './stream/handleStream.ts'
import type { AccessKey, ServerContext } from './ServerContext.ts'

/** How to run the emulator (the `fdl serve` flags, already checked). */
export interface ServeOptions {
  readonly host: string
  readonly port: number
  /** Virtual time runs this many times faster than the wall clock. */
  readonly speed: number
  readonly scenario?: Scenario
  readonly key: AccessKey | null
  /** Flows that exist from the start (already validated). */
  readonly flows: readonly { readonly name: string; readonly definition: string }[]
  /** One line per API call; null to stay quiet. */
  readonly log: ((line: string) => void) | null
  /** Server notes (refused signatures, internal errors). */
  readonly note: (line: string) => void
  /** Time allowed to send a request body (default 10 s). */
  readonly bodyTimeoutMs?: number
}

/** A running emulator. `close()` answers every held long poll, stops listening and resolves when done. */
export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly context: ServerContext
  close(): Promise<void>
}

/** Largest request body accepted at all (MNS messages are further limited to their queue's 64 KB). */
export const MAX_BODY = 1024 * 1024

/** Starts the FnF + MNS emulator on one port; rejects when the port cannot be had (e.g. EADDRINUSE). */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const wallStart = Date.now()
  const world = new World({ scenario: o.scenario, startTime: wallStart, seed: wallStart })
  const driver = new Driver(world, o.speed, performance.now())
  const context: ServerContext = {
    driver, queues: new QueueRegistry(o.scenario?.worker.visibilityTimeout ?? 30), flows: new FlowStore(), key: o.key, note: o.note,
  }
  for (const f of o.flows) createFlow(context, f.name, f.definition, '', 'FDL', '')
  driver.onChange = () => context.flows.registerChildren(world.state.executions)
  const server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 20_000, requestTimeout: 0, connectionsCheckingInterval: 2_000 })
  server.on('request', (req, res) => {
    const t0 = performance.now()
    const log: CallLog = { api: 'HTTP', action: '', target: '', status: 0, code: '' }
    if (o.log) res.on('close', () => o.log!(formatCall({ ...log, status: log.status || res.statusCode }, Math.round(performance.now() - t0))))
    handle(context, req, res, log, o.bodyTimeoutMs ?? 10_000).catch((e: unknown) => {
      o.note(`fdl serve: internal error on ${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
      log.status = 500
      send(res, 500, 'text/plain', 'internal error\n')
    })
  })
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n')
    else socket.destroy()
  })
  await listen(server, o.port, o.host)
  const port = (server.address() as AddressInfo).port
  const hostText = o.host.includes(':') ? `[${o.host}]` : o.host
  return {
    url: `http://${hostText}:${port}`,
    port,
    context,
    close: () => close(server, driver),
  }
}

async function handle(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, log: CallLog, bodyTimeoutMs: number): Promise<void> {
  let url: URL
  try {
    url = new URL(req.url ?? '/', 'http://localhost')
  } catch {
    log.status = 400
    return send(res, 400, 'text/plain', 'bad request target\n', { connection: 'close' })
  }
  const mns = url.pathname === '/queues' || url.pathname.startsWith('/queues/')
  const host = req.headers.host ?? '127.0.0.1'
  const origin = req.headers.origin
  if (origin !== undefined) {
    // Browsers: only the studio, which runs on this machine, may drive the server (a web page elsewhere may not,
    // not even with a "simple" form POST whose answer it could not read).
    if (!isLoopbackOrigin(origin)) {
      log.status = 403
      log.code = 'OriginNotAllowed'
      return send(res, 403, 'text/plain', `fdl serve answers pages served from this machine only, not ${origin}\n`)
    }
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('vary', 'origin')
    res.setHeader('access-control-expose-headers', 'x-acs-request-id, x-mns-request-id')
    if (req.method === 'OPTIONS') {
      log.status = 204
      log.action = 'Preflight'
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE')
      res.setHeader('access-control-allow-headers', String(req.headers['access-control-request-headers'] ?? 'content-type'))
      res.setHeader('access-control-max-age', '600')
      return send(res, 204, 'text/plain', '')
    }
  }
  if (url.pathname === '/fdl/stream' && req.method === 'GET') return handleStream(ctx, req, res, url, log)
  let body: Buffer
  try {
    body = await readBody(req, MAX_BODY, bodyTimeoutMs)
  } catch (e) {
    if (!(e instanceof BodyProblem)) throw e
    res.setHeader('connection', 'close')
    const code = e.kind === 'tooLarge' ? (mns ? 'MessageTooLarge' : 'EntityTooLarge') : 'RequestTimeout'
    log.api = mns ? 'MNS' : 'FnF'
    if (mns) mnsError(res, log, code, e.message, host)
    else fnfError(res, log, code, e.message, host)
    res.on('finish', () => req.destroy())
    return
  }
  if (mns) return handleMns(ctx, req, res, url, body.toString('utf8'), log)
  if (url.pathname !== '/') {
    log.action = `${req.method} ${url.pathname}`
    return fnfError(res, log, 'ActionNotSupported', `Nothing is served at ${url.pathname}: MNS is under /queues, FnF at /.`, host)
  }
  return handleFnf(ctx, req, res, url, body, log)
}

/** `http(s)://localhost`, `127.x.x.x` or `[::1]`, any port: where the studio runs (vite dev or preview, or a build served locally). */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const u = new URL(origin)
    return (u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === 'localhost' || u.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(u.hostname))
  } catch {
    return false
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function close(server: Server, driver: Driver): Promise<void> {
  driver.stop()
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), 500).unref()
  })
}
