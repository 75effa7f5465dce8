import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { HostCommand, HostEvent, SimHost } from './SimHost.ts'
import type { TraceDelta } from './SimTrace.ts'

/** Where the studio finds `fdl serve`, and what the flow being designed is called there. */
export interface ServerTarget {
  /** `http://HOST:PORT`, already checked by `readServerAddress`. */
  readonly address: string
  readonly flowName: string
}

/**
 * The answer of an FnF call: the JSON fields, or the service's error (`fnf: false`: the answer was not FnF JSON;
 * then `text` says so in the person's language, where `message` is the service's own words otherwise).
 */
type FnfAnswer =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly fnf: boolean; readonly text?: Message }

/** One FnF RPC call to `address` as a form POST (the v1 style; fdl serve checks no signature unless told to). */
async function fnfCall(address: string, action: string, params: Record<string, string>, http: typeof fetch): Promise<FnfAnswer> {
  const body = new URLSearchParams({ Action: action, Version: '2019-03-15', Format: 'JSON', ...params })
  const r = await http(`${address}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
  let json: Record<string, unknown>
  try {
    json = JSON.parse(await r.text()) as Record<string, unknown>
  } catch {
    const text = msg('The server at {address} answered {action} with something other than FnF JSON; is it fdl serve?', { address, action })
    return { ok: false, fnf: false, code: `HTTP ${r.status}`, message: formatMessage(text), text }
  }
  if (r.ok) return { ok: true, body: json }
  return { ok: false, fnf: true, code: String(json.Code ?? `HTTP ${r.status}`), message: String(json.Message ?? '') }
}

/** The server ended the stream of an execution still followed: a reason to reconnect, named in the person's language. */
class StreamClosed extends Error {}

/** Waits between reconnection attempts (real ms): quick at first, then every few seconds. */
const RETRY_MS = [250, 500, 1000, 2000, 4000]

/**
 * The engine host of the `Local server` worker mode: the run happens in `fdl serve` (src/server), against the
 * user's own worker. `start` pushes the flow and the loaded child flows (UpdateFlow, or CreateFlow the first
 * time), starts an execution with the panel's input, and then follows the server's `GET /fdl/stream`, whose
 * events are the very `TraceDelta`s the in-browser engine sends, so every view shows the real run unchanged.
 * A dropped stream is retried; the server's fresh stream sends everything again, which `applyDelta` takes as
 * a no-op, so what was shown is kept. `StopExecution` from the panel becomes the API call; virtual-time
 * commands mean nothing here (the server's clock is the wall clock). Only `target.address` is ever fetched.
 */
export function createServerHost(target: ServerTarget, http: typeof fetch = fetch): SimHost {
  let listener: (event: HostEvent) => void = () => undefined
  let disposed = false
  let session = -1
  let execution = ''
  let seq = 0
  const streams = new Set<AbortController>()
  const emit = (e: HostEvent) => {
    if (!disposed) listener(e)
  }
  const notice = (state: 'live' | 'retrying' | 'gone', message: Message) => emit({ kind: 'connection', session, state, message })

  const call = (action: string, params: Record<string, string>) => fnfCall(target.address, action, params, http)

  /** Whether the server has a flow `name` (ListFlows, not DescribeFlow: a 404 would be a console error in the browser). */
  const has = async (name: string): Promise<FnfAnswer & { found?: boolean }> => {
    for (let next = ''; ; ) {
      const page = await call('ListFlows', { Limit: '1000', ...(next ? { NextToken: next } : {}) })
      if (!page.ok) return page
      if ((page.body.Flows as { Name?: string }[] | undefined)?.some((f) => f.Name === name)) return { ...page, found: true }
      next = String(page.body.NextToken ?? '')
      if (!next) return { ...page, found: false }
    }
  }

  /** UpdateFlow, or CreateFlow when the server does not have it yet. */
  const push = async (name: string, definition: string): Promise<FnfAnswer> => {
    const known = await has(name)
    if (!known.ok) return known
    if (known.found) return call('UpdateFlow', { Name: name, Definition: definition })
    return call('CreateFlow', { Name: name, Definition: definition, Type: 'FDL', Description: 'Pushed by FDL Studio' })
  }

  const start = async (command: Extract<HostCommand, { kind: 'start' }>) => {
    const refuse = (problem: Message) => emit({ kind: 'refused', session: command.session, problems: [problem] })
    try {
      for (const [name, text] of Object.entries(command.flows)) {
        const pushed = await push(name, text)
        if (!pushed.ok) return refuse(msg('fdl serve refused the child flow {name}: {code}: {message}', { name, code: pushed.code, message: said(pushed) }))
      }
      const pushed = await push(target.flowName, command.text)
      if (!pushed.ok) return refuse(msg('fdl serve refused this flow ({flow}): {code}: {message}', { flow: target.flowName, code: pushed.code, message: said(pushed) }))
      const started = await call('StartExecution', { FlowName: target.flowName, Input: JSON.stringify(command.scenario.input ?? {}) })
      if (!started.ok) return refuse(msg('fdl serve did not start an execution: {code}: {message}', { code: started.code, message: said(started) }))
      execution = String(started.body.Name)
      if (disposed) return
      emit({ kind: 'started', session: command.session, startTime: Date.parse(String(started.body.StartedTime)), warnings: notSent(command) })
      void follow()
    } catch (e) {
      refuse(unreachable(target.address, e))
    }
  }

  /** Reads the execution's stream until the host is disposed, reconnecting when it drops. */
  const follow = async () => {
    const url = `${target.address}/fdl/stream?flow=${encodeURIComponent(target.flowName)}&execution=${encodeURIComponent(execution)}`
    let failures = 0
    while (!disposed) {
      const controller = new AbortController()
      streams.add(controller)
      try {
        const r = await http(url, { headers: { accept: 'text/event-stream' }, signal: controller.signal })
        if (r.status === 404) {
          return notice('gone', msg('fdl serve at {address} no longer has execution {execution} (the server restarted?). What was shown is kept; press Run to start a new execution.', { address: target.address, execution }))
        }
        if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`)
        notice('live', failures > 0 ? msg('Reconnected to fdl serve at {address}.', { address: target.address }) : msg('Following execution {execution} on fdl serve at {address}.', { execution, address: target.address }))
        failures = 0
        for await (const delta of readEvents(r.body)) emit({ kind: 'delta', session, seq: ++seq, delta })
        throw new StreamClosed('the server closed the stream')
      } catch (e) {
        if (disposed) return
        notice('retrying', msg('Lost the connection to fdl serve at {address} ({reason}); reconnecting. What was shown is kept.', { address: target.address, reason: e instanceof StreamClosed ? msg('the server closed the stream') : reason(e) }))
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]))
      } finally {
        streams.delete(controller)
      }
    }
  }

  const stop = async (cause: string, error: string) => {
    const r = await call('StopExecution', { FlowName: target.flowName, ExecutionName: execution, Cause: cause, ...(error ? { Error: error } : {}) }).catch((e: unknown): FnfAnswer => ({ ok: false, fnf: false, code: 'Unreachable', message: reason(e) }))
    emit({
      kind: 'answer',
      session,
      answer: { request: { kind: 'StopExecution', execution: 0, error, cause }, ok: r.ok, code: r.ok ? '' : r.code, message: r.ok ? '' : r.message, requestId: r.ok ? String(r.body.RequestId ?? '') : '', time: Date.now() },
    })
  }

  return {
    send(command) {
      if (disposed) return
      if (command.kind === 'start') {
        session = command.session
        void start(command)
      } else if (command.kind === 'stop') {
        for (const c of streams) c.abort()
        disposed = true
      } else if (command.kind === 'manual' && command.call.kind === 'StopExecution' && execution) {
        void stop(command.call.cause, command.call.error)
      }
    },
    listen(l) {
      listener = l
    },
    dispose() {
      disposed = true
      for (const c of streams) c.abort()
    },
  }
}

/** The Server-Sent Events of a response body, as TraceDeltas (`data:` lines; comments and other fields skipped). */
async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<TraceDelta> {
  const decoder = new TextDecoder()
  const reader = body.getReader()
  let buffer = ''
  try {
    for (;;) {
      const chunk = await reader.read()
      if (chunk.done) return
      buffer += decoder.decode(chunk.value, { stream: true })
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const event = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(l.startsWith('data: ') ? 6 : 5)).join('\n')
        if (data) yield JSON.parse(data) as TraceDelta
      }
    }
  } finally {
    reader.releaseLock()
  }
}

/** What the panel sets up that the server does not take: it runs with its own `--scenario`. */
function notSent(command: Extract<HostCommand, { kind: 'start' }>): Message[] {
  const { input: _input, flows: _flows, worker, ...rest } = command.scenario
  const { manual: _manual, ...workerSettings } = worker ?? {}
  const set = (v: unknown) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0)
  const named = [...Object.keys(rest).filter((k) => set(rest[k])), ...(set(workerSettings) ? ['worker'] : [])]
  if (named.length === 0) return []
  return [msg("fdl serve runs with its own scenario (fdl serve --scenario FILE): this panel's {settings} settings are not sent to it.", { settings: named.join(', ') })]
}

/** What `Connect` found: whether the server answered, in English (`message`) and as a message to show (`text`). */
export interface ServerProbe {
  readonly ok: boolean
  readonly message: string
  readonly text: Message
}

const probed = (ok: boolean, text: Message): ServerProbe => ({ ok, message: formatMessage(text), text })

/**
 * Asks the server at `address` for its flows (ListFlows): what the `Connect` button shows, so a wrong address or
 * a server not started is found before a run.
 */
export async function probeServer(address: string, http: typeof fetch = fetch): Promise<ServerProbe> {
  try {
    const r = await fnfCall(address, 'ListFlows', { Limit: '100' }, http)
    if (!r.ok) return probed(false, r.fnf ? msg('fdl serve at {address} refused the studio: {code}: {message}', { address, code: r.code, message: r.message }) : msg('The server at {address} does not answer as fdl serve ({code}).', { address, code: r.code }))
    const names = ((r.body.Flows ?? []) as { Name?: string }[]).map((f) => f.Name ?? '')
    if (names.length === 0) return probed(true, msg('Connected to fdl serve at {address}: no flows yet.', { address }))
    const list = `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`
    return probed(true, names.length === 1 ? msg('Connected to fdl serve at {address}: 1 flow ({names}).', { address, names: list }) : msg('Connected to fdl serve at {address}: {n} flows ({names}).', { address, n: names.length, names: list }))
  } catch (e) {
    return probed(false, unreachable(address, e))
  }
}

/**
 * The server address as typed, checked: an http(s) origin (`http://127.0.0.1:8787`), since the studio may
 * reach that one place and nothing else; a path or query is refused rather than silently dropped.
 */
export function readServerAddress(text: string): { readonly ok: true; readonly address: string } | { readonly ok: false; readonly error: string; readonly text: Message } {
  const trimmed = text.trim().replace(/\/+$/, '')
  const refused = (problem: Message) => ({ ok: false as const, error: formatMessage(problem), text: problem })
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return refused(msg('Server address: {address} is not an address; write it as http://127.0.0.1:8787.', { address: JSON.stringify(text) }))
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refused(msg('Server address: use http:// or https://, not {protocol}', { protocol: url.protocol }))
  if (url.pathname !== '/' || url.search || url.hash || url.username) return refused(msg('Server address: give the origin only (http://HOST:PORT), without a path, query or user.'))
  return { ok: true, address: url.origin }
}

/** The name the flow has on the server: the document's name as FnF allows names (letters, digits, _ and -). */
export function serverFlowName(documentName: string): string {
  const name = documentName.replace(/\.(fdl\.)?(ya?ml|json)$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128)
  if (name === '') return 'studio-flow'
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`.slice(0, 128)
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function unreachable(address: string, e: unknown): Message {
  return msg('No fdl serve answers at {address} ({reason}). Start it with `npx fdl serve` in your project, or check the address.', { address, reason: reason(e) })
}

/** What a refused call said: the studio's own words when the answer was not FnF's, else the service's message. */
function said(r: Extract<FnfAnswer, { ok: false }>): Message | string {
  return r.text ?? r.message
}
